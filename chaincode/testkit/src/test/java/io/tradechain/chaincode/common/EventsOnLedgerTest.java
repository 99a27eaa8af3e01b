package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.ChaincodeEventRecord;
import io.tradechain.ledger.TxResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    @Test
    void anEventIsNamedDomainDotTypeAndCarriesSortedIdsAndTheTxId() {
        TxResult created = f.submit(f.clerk, "Create", "INV-9", "B7", "1");
        ChaincodeEventRecord event = created.event().orElseThrow();
        assertThat(event.eventName()).isEqualTo("test.InvoiceCreated");
        assertThat(new String(event.payload(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"audience\":[],\"domain\":\"test\",\"ids\":{\"buyer\":\"B7\",\"id\":\"INV-9\"},\"txId\":\""
                                + created.txId()
                                + "\",\"type\":\"InvoiceCreated\"}");
        ChaincodeEventPayload payload = ChaincodeEventPayload.parse(event.payload());
        assertThat(payload.ids())
                .containsExactly(Map.entry("buyer", "B7"), Map.entry("id", "INV-9"));
        assertThat(payload.txId()).isEqualTo(created.txId());
    }

    @Test
    void aSecondEventInOneTransactionIsAProgrammingError() {
        TxResult twice = f.submit(f.clerk, "CreateTwoEvents");
        assertThat(twice.isEndorsed()).isFalse();
        // Not a ChaincodeException: the shim answers 500 with a generic message (see EventsTest for
        // the text).
        assertThat(twice.status()).isEqualTo(500);
        assertThat(f.ledger.events()).isEmpty();
    }

    @Test
    void refusedTransactionsEmitNothing() {
        f.submit(f.clerk, "Create", "INV-9", "B7", "1");
        f.submit(f.clerk, "Create", "INV-9", "B7", "1");
        assertThat(f.ledger.events()).hasSize(1);
    }
}
