package io.tradechain.chaincode.common;

import static io.tradechain.chaincode.common.LedgerFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.fakeparties.FakePartiesContract;
import org.junit.jupiter.api.Test;

class RemotePartyDirectoryOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    @Test
    void theCallersPartyComesFromTheRegistryAsTheSameCreator() {
        String json = f.evaluate(f.clerk, "CallerParty", "parties").payloadAsString();
        assertThat(CanonicalJson.fromBytes(json.getBytes(), PartyRef.class))
                .isEqualTo(
                        new PartyRef(FakePartiesContract.KNOWN, "First Bank", "BANK", "Bank1MSP"));
        assertThat(f.evaluate(f.clerk, "CallerParty", "registry2").payloadAsString())
                .isEqualTo(json);
    }

    @Test
    void theRegistrysRefusalIsRethrownWithItsCode() {
        ErrorInfo unbound = error(f.evaluate(f.corpAdmin, "CallerParty", "parties"));
        assertThat(unbound.code()).isEqualTo("CALLER_NOT_BOUND");
        assertThat(unbound.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(unbound.message())
                .isEqualTo("corp-admin of CorpMSP does not act for a registered party");
    }

    @Test
    void findReturnsThePartyOrNothingOnNotFound() {
        assertThat(f.evaluate(f.clerk, "FindParty", FakePartiesContract.KNOWN).payloadAsString())
                .isEqualTo(
                        "{\"creditCode\":\""
                                + FakePartiesContract.KNOWN
                                + "\",\"kind\":\"BANK\",\"mspId\":\"Bank1MSP\",\"name\":\"First Bank\"}");
        assertThat(f.evaluate(f.clerk, "FindParty", "92330302MA2L0E9R52").payloadAsString())
                .isEqualTo("none");
    }

    @Test
    void otherRefusalsOfFindAreRethrownFromPayloadOrMessage() {
        ErrorInfo hidden = error(f.evaluate(f.clerk, "FindParty", FakePartiesContract.SECRET));
        assertThat(hidden.code()).isEqualTo("PARTY_HIDDEN");
        assertThat(hidden.kind()).isEqualTo(ErrorKind.FORBIDDEN);

        ErrorInfo suspended =
                error(f.evaluate(f.clerk, "FindParty", FakePartiesContract.SUSPENDED));
        assertThat(suspended.code()).isEqualTo("PARTY_SUSPENDED");
        assertThat(suspended.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(suspended.message())
                .isEqualTo("party " + FakePartiesContract.SUSPENDED + " is suspended");
    }

    @Test
    void aTransactionAsksTheRegistryOnceForTheCallerAndEveryAnnouncedParty() {
        String unknown = "92330302MA2L0E9R52";
        assertThat(
                        f.evaluate(
                                        f.clerk,
                                        "CallerAndTwo",
                                        FakePartiesContract.KNOWN,
                                        unknown,
                                        "true")
                                .payloadAsString())
                .isEqualTo(FakePartiesContract.KNOWN + "|First Bank|none");
        // unannounced, the second code needs a second invocation of the registry, which the ledger
        // refuses as the
        // Java shim may lose it on a real peer
        var twice =
                f.evaluate(f.clerk, "CallerAndTwo", FakePartiesContract.KNOWN, unknown, "false");
        assertThat(twice.isSuccess()).isFalse();
        assertThat(twice.status()).isEqualTo(500);
    }
}
