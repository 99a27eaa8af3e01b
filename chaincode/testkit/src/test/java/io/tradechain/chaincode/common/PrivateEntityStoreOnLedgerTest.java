package io.tradechain.chaincode.common;

import static io.tradechain.chaincode.common.LedgerFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import org.junit.jupiter.api.Test;

class PrivateEntityStoreOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    private TxResult putTerms(String id, String rate) {
        return f.ledger.submit(
                Invocation.builder(f.clerk, "commontest", "PutTerms")
                        .args(id)
                        .transientData("rate", rate)
                        .build());
    }

    @Test
    void valuesComeFromTheTransientMap() {
        ErrorInfo missing = error(f.submit(f.clerk, "PutTerms", "T1"));
        assertThat(missing.code()).isEqualTo("MISSING_TRANSIENT");
        assertThat(missing.message()).startsWith("rate is required in the transient map");
        TxResult put = putTerms("T1", "4.35");
        assertThat(put.isSuccess()).as(put.message()).isTrue();
        assertThat(f.evaluate(f.clerk, "Terms", "T1").payloadAsString()).isEqualTo("4.35");
    }

    @Test
    void everyPeerSeesTheHashOnlyMembersTheValue() {
        putTerms("T1", "4.35");
        String expected = Hashes.sha256Hex(CanonicalJson.toBytes("4.35"));
        assertThat(f.evaluate(f.otherBankClerk, "TermsHash", "T1").payloadAsString())
                .isEqualTo(expected);
        assertThat(f.evaluate(f.otherBankClerk, "TermsExist", "T1").payloadAsString())
                .isEqualTo("true");
        assertThat(f.evaluate(f.otherBankClerk, "TermsExist", "T2").payloadAsString())
                .isEqualTo("false");
        assertThat(f.evaluate(f.otherBankClerk, "Terms", "T1").isEndorsed()).isFalse();
        assertThat(f.evaluate(f.clerk, "TermsHash", "T2").payloadAsString()).isEqualTo("none");
    }

    @Test
    void insertRefusesAnExistingKeyAndGetNamesTheCollection() {
        putTerms("T1", "4.35");
        ErrorInfo again = error(putTerms("T1", "9"));
        assertThat(again.code()).isEqualTo("ALREADY_EXISTS");
        assertThat(again.message()).isEqualTo("terms T1 already exists in collection terms");
        assertThat(error(f.evaluate(f.clerk, "Terms", "T9")).message())
                .isEqualTo("terms T9 does not exist in collection terms");
    }

    @Test
    void deleteRemovesValueAndHash() {
        putTerms("T1", "4.35");
        assertThat(f.submit(f.clerk, "DeleteTerms", "T1").isSuccess()).isTrue();
        assertThat(f.evaluate(f.clerk, "TermsHash", "T1").payloadAsString()).isEqualTo("none");
        assertThat(putTerms("T1", "5.00").isSuccess()).isTrue();
    }
}
