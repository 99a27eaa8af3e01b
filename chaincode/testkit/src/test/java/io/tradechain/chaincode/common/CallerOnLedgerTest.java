package io.tradechain.chaincode.common;

import static io.tradechain.chaincode.common.LedgerFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.Identity;
import org.junit.jupiter.api.Test;

class CallerOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    private String[] whoCalls(Identity who) {
        return f.evaluate(who, "WhoCalls").payloadAsString().split("\\|");
    }

    @Test
    void readsTheCreatorsRealCertificate() {
        assertThat(whoCalls(f.clerk))
                .containsExactly("Bank1MSP", "clerk", "false", "trade", f.clerk.clientId());
        assertThat(f.clerk.clientId()).startsWith("x509::").contains("CN=clerk");
    }

    @Test
    void theAdminOrganisationalUnitMakesAnAdmin() {
        assertThat(whoCalls(f.bankAdmin))
                .containsExactly("Bank1MSP", "bank1-admin", "true", "-", f.bankAdmin.clientId());
        assertThat(f.submit(f.bankAdmin, "BankAdminOnly").isSuccess()).isTrue();
        ErrorInfo notAdmin = error(f.submit(f.clerk, "BankAdminOnly"));
        assertThat(notAdmin.code()).isEqualTo("NOT_ADMIN");
        assertThat(notAdmin.message())
                .isEqualTo("only an administrator of Bank1MSP may do this; clerk is not one");
    }

    @Test
    void otherOrganisationsAreRefused() {
        ErrorInfo wrongOrg = error(f.submit(f.corpAdmin, "BankAdminOnly"));
        assertThat(wrongOrg.code()).isEqualTo("WRONG_ORGANISATION");
        assertThat(wrongOrg.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(wrongOrg.message())
                .isEqualTo("organisation CorpMSP may not do this; allowed: Bank1MSP, Bank2MSP");
    }

    @Test
    void theRegulatorNeverWrites() {
        ErrorInfo readOnly = error(f.submit(f.regulator, "Create", "INV-R", "B", "1"));
        assertThat(readOnly.code()).isEqualTo("READ_ONLY_ORGANISATION");
        assertThat(readOnly.message())
                .isEqualTo("RegulatorMSP reads and audits the ledger; it cannot change it");
        assertThat(whoCalls(f.regulator)[0]).isEqualTo("RegulatorMSP");
    }
}
