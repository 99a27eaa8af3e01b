package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static io.tradechain.verification.VerificationNetwork.declaration;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static io.tradechain.verification.VerificationNetwork.invoiceId;
import static io.tradechain.verification.VerificationNetwork.json;
import static io.tradechain.verification.VerificationNetwork.money;
import static io.tradechain.verification.VerificationNetwork.typed;
import static io.tradechain.verification.VerificationNetwork.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifyTest {
    private final VerificationNetwork net = new VerificationNetwork();
    private final Map<String, Object> invoice = invoice("03271601");

    VerifyTest() {
        net.registered(invoice);
    }

    @Test
    void theRegisteredFieldsAreAuthenticWithFaceValueAndBalance() {
        JsonNode result = net.verifyInvoice(invoice);
        assertThat(result.get("result").asText()).isEqualTo("AUTHENTIC");
        assertThat(result.get("documentId").asText()).isEqualTo(invoiceId(invoice));
        assertThat(result.get("balance").get("minorUnits").asLong()).isEqualTo(11_300_000);
        assertThat(result.has("mismatchedFields")).isFalse();
    }

    static Stream<Arguments> oneChangedField() {
        return Stream.of(
                Arguments.of("amount", money("CNY", 10_000_001), "AMOUNTS"),
                Arguments.of("tax", money("CNY", 1_299_999), "AMOUNTS"),
                Arguments.of("sellerCode", VerificationNetwork.OTHER_CORP, "PARTIES"),
                Arguments.of("buyerCode", VerificationNetwork.EXPORTER, "PARTIES"),
                Arguments.of("issueDate", "2026-03-08", "DATES"),
                Arguments.of("checkCode", "10293847561029384757", "CHECK_CODE"));
    }

    @ParameterizedTest(name = "{0} changed: {2} differs")
    @MethodSource("oneChangedField")
    void oneChangedFieldIsAMismatchNamingItsClassOnly(
            String field, Object value, String fieldClass) {
        JsonNode result = net.verifyInvoice(with(invoice, field, value));
        assertThat(result.get("result").asText()).isEqualTo("MISMATCH");
        assertThat(result.get("mismatchedFields"))
                .extracting(JsonNode::asText)
                .containsExactly(fieldClass);
        assertThat(result.has("balance")).isFalse();
        assertThat(result.toString()).doesNotContain("10000000", "1300000", "2026-03-09");
    }

    @Test
    void severalChangedClassesAreAllNamedInClassOrder() {
        Map<String, Object> changed =
                with(with(invoice, "issueDate", "2026-01-01"), "amount", money("CNY", 5));
        JsonNode result = net.verifyInvoice(changed);
        assertThat(result.get("mismatchedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("AMOUNTS", "DATES");
    }

    @Test
    void otherIdentifiersAreUnknown() {
        JsonNode result = net.verifyInvoice(with(invoice, "invoiceNumber", "03271699"));
        assertThat(result.get("result").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void aVoidedDocumentWithMatchingFieldsIsVoided() {
        assertOk(
                net.ledger.submit(
                        Invocation.of(
                                net.taxOfficer,
                                "verification",
                                "VoidDocument",
                                invoiceId(invoice),
                                "cancelled sale")));
        assertThat(net.verifyInvoice(invoice).get("result").asText()).isEqualTo("VOIDED");
        assertThat(
                        net.verifyInvoice(with(invoice, "amount", money("CNY", 1)))
                                .get("result")
                                .asText())
                .isEqualTo("MISMATCH");
    }

    @Test
    void aMixedBatchAnswersInInputOrderWithCounts() {
        Map<String, Object> declaration = declaration("223320260000654321");
        assertOk(net.registerDeclaration(net.taxOfficer, declaration));
        List<Map<String, Object>> batch =
                List.of(
                        typed("INVOICE", invoice),
                        typed(
                                "CUSTOMS_DECLARATION",
                                with(declaration, "amount", money("USD", 25_000_001))),
                        typed("CUSTOMS_DECLARATION", declaration("223320260000000001")),
                        typed("CUSTOMS_DECLARATION", declaration));
        JsonNode answer = json(assertOk(net.verify(net.bank2, batch)));
        assertThat(answer.get("count").asInt()).isEqualTo(4);
        assertThat(answer.get("authentic").asInt()).isEqualTo(2);
        assertThat(answer.get("mismatch").asInt()).isEqualTo(1);
        assertThat(answer.get("unknown").asInt()).isEqualTo(1);
        assertThat(answer.get("voided").asInt()).isZero();
        assertThat(answer.get("results"))
                .extracting(r -> r.get("result").asText())
                .containsExactly("AUTHENTIC", "MISMATCH", "UNKNOWN", "AUTHENTIC");
        assertThat(answer.get("results"))
                .extracting(r -> r.get("index").asInt())
                .containsExactly(0, 1, 2, 3);
        assertThat(answer.get("results").get(1).get("mismatchedFields").get(0).asText())
                .isEqualTo("AMOUNTS");
    }

    @Test
    void fiveHundredDocumentsAreOneBatchFiveHundredAndOneAreRefused() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(
                    typed(
                            "INVOICE",
                            i % 2 == 0
                                    ? invoice
                                    : with(
                                            invoice,
                                            "invoiceNumber",
                                            String.format("%08d", 50_000_000 + i))));
        }
        JsonNode answer = json(assertOk(net.verify(net.bank1, batch)));
        assertThat(answer.get("authentic").asInt()).isEqualTo(250);
        assertThat(answer.get("unknown").asInt()).isEqualTo(250);
        batch.add(typed("INVOICE", invoice));
        assertRefused(net.verify(net.bank1, batch), "BATCH_TOO_LARGE");
        assertRefused(net.verify(net.bank1, List.of()), "INVALID_ARGUMENT");
    }

    @Test
    void aMalformedItemNamesItsPlaceInTheBatch() {
        TxResult refused =
                net.verify(
                        net.bank1,
                        List.of(
                                typed("INVOICE", invoice),
                                typed("INVOICE", with(invoice, "invoiceCode", "12"))));
        assertThat(assertRefused(refused, "INVALID_ARGUMENT").details())
                .containsEntry("field", "documents[1].invoiceCode");
        assertRefused(net.verify(net.bank1, List.of(invoice)), "INVALID_ARGUMENT");
    }

    @Test
    void banksTheAuthorityAndTheRegulatorVerifyAnyDocumentAnEnterpriseNone() {
        List<Map<String, Object>> one = List.of(typed("INVOICE", invoice));
        assertOk(net.verify(net.regulator, one));
        assertOk(net.verify(net.taxOfficer, one));
        assertOk(net.verify(net.bank2, one));
        // not even one naming it: the answer carries the balance, what others financed on the
        // document
        for (var clerk :
                List.of(net.sellerClerk, net.otherClerk, net.unboundClerk, net.exporterClerk)) {
            assertRefused(net.verify(clerk, one), "WRONG_ORGANISATION");
        }
    }

    @Test
    void verificationWritesNothingAndKeepsTheFieldsOutOfTheArguments() {
        Invocation verify =
                Invocation.builder(net.bank1, "verification", "Verify")
                        .transientData(
                                Inputs.DOCUMENTS,
                                VerificationNetwork.json(List.of(typed("INVOICE", invoice))))
                        .build();
        assertThat(net.endorse(verify).writeCount()).isZero();
        assertThat(verify.args()).isEmpty();
    }
}
