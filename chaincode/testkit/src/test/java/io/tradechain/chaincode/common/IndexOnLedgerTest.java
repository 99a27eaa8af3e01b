package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.TxResult;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

class IndexOnLedgerTest {
    private final LedgerFixture f = new LedgerFixture();

    IndexOnLedgerTest() {
        for (int i = 0; i < 12; i++) {
            f.submit(
                    f.clerk,
                    "Create",
                    String.format("INV-%02d", i),
                    i % 2 == 0 ? "EVEN" : "ODD",
                    "1");
        }
    }

    @Test
    void entriesAreCompositeKeysWithValueZeroByte() {
        String key = new CompositeKey("invoice~buyer", "EVEN", "INV-00").toString();
        assertThat(f.ledger.committedState("commontest", key))
                .hasValueSatisfying(value -> assertThat(value).containsExactly(0));
    }

    @Test
    void pagesReturnTheLastAttributeUnderTheLeadingOnes() {
        JsonNode first = f.query("ByBuyer", "EVEN", "4", "");
        assertThat(first.get("items"))
                .extracting(JsonNode::asText)
                .containsExactly("INV-00", "INV-02", "INV-04", "INV-06");
        assertThat(first.get("fetchedCount").asInt()).isEqualTo(4);
        assertThat(first.get("bookmark").asText()).isNotEmpty();

        JsonNode rest = f.query("ByBuyer", "EVEN", "4", first.get("bookmark").asText());
        assertThat(rest.get("items"))
                .extracting(JsonNode::asText)
                .containsExactly("INV-08", "INV-10");
        assertThat(rest.get("bookmark").asText()).isEmpty();
    }

    @Test
    void onlyACursorOfTheSameIndexAndLeadingAttributesContinuesAPage() {
        String evenCursor = f.query("ByBuyer", "EVEN", "2", "").get("bookmark").asText();
        String oddCursor = f.query("ByBuyer", "ODD", "2", "").get("bookmark").asText();
        String storeCursor = f.query("List", "2", "").get("bookmark").asText();
        assertThat(evenCursor).startsWith("v1.").doesNotContain("EVEN").doesNotContain("INV");

        assertThat(f.query("ByBuyer", "EVEN", "2", evenCursor).get("items"))
                .extracting(JsonNode::asText)
                .containsExactly("INV-04", "INV-06");
        for (String foreign :
                new String[] {
                    oddCursor,
                    storeCursor,
                    "\u0000",
                    "\u0000invoice~buyer\u0000ODD\u0000",
                    "\u0000invoice~buyer\u0000EVEN\u0000INV-04\u0000",
                    "\u0000invoice\u0000",
                    "v1." + oddCursor
                }) {
            ErrorInfo error =
                    LedgerFixture.error(f.evaluate(f.clerk, "ByBuyer", "EVEN", "2", foreign));
            assertThat(error.code()).isEqualTo("INVALID_CURSOR");
            assertThat(error.kind()).isEqualTo(ErrorKind.VALIDATION);
            assertThat(error.details()).containsEntry("field", "bookmark").hasSize(1);
            assertThat(error.message()).doesNotContain("ODD").doesNotContain("invoice");
        }
        assertThat(LedgerFixture.error(f.evaluate(f.clerk, "List", "2", evenCursor)).code())
                .isEqualTo("INVALID_CURSOR");
    }

    @Test
    void removedEntriesDisappear() {
        f.submit(f.clerk, "Delete", "INV-00");
        assertThat(f.query("ByBuyer", "EVEN", "10", "").get("items"))
                .extracting(JsonNode::asText)
                .doesNotContain("INV-00")
                .hasSize(5);
    }

    @Test
    void firstNWorksInAWritingTransaction() {
        TxResult firstTwo = f.submit(f.clerk, "FirstOfBuyer", "ODD", "2");
        assertThat(firstTwo.isSuccess()).as(firstTwo.message()).isTrue();
        assertThat(firstTwo.payloadAsString()).isEqualTo("INV-01,INV-03");
        assertThat(f.submit(f.clerk, "FirstOfBuyer", "NOBODY", "3").payloadAsString()).isEmpty();
    }
}
