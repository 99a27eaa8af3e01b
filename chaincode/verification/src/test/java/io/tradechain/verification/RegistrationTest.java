package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static io.tradechain.verification.VerificationNetwork.declaration;
import static io.tradechain.verification.VerificationNetwork.declarationId;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static io.tradechain.verification.VerificationNetwork.invoiceId;
import static io.tradechain.verification.VerificationNetwork.json;
import static io.tradechain.verification.VerificationNetwork.money;
import static io.tradechain.verification.VerificationNetwork.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationTest {
    private final VerificationNetwork net = new VerificationNetwork();

    @Test
    void theAuthorityRegistersAnInvoiceWhoseFieldsStayPrivate() {
        Map<String, Object> invoice = invoice("03271509");
        TxResult result = assertOk(net.registerInvoice(net.taxOfficer, invoice));

        JsonNode document = json(result);
        assertThat(document.get("documentId").asText()).isEqualTo(invoiceId(invoice));
        assertThat(document.get("type").asText()).isEqualTo("INVOICE");
        assertThat(document.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(document.get("faceValue").get("minorUnits").asLong()).isEqualTo(11_300_000);
        assertThat(document.get("balance").get("minorUnits").asLong()).isEqualTo(11_300_000);
        assertThat(document.get("financed").get("minorUnits").asLong()).isZero();
        assertThat(document.get("ownerHash").asText())
                .isEqualTo(Hashes.sha256Hex(VerificationNetwork.SELLER));
        String publicRecord =
                new String(
                        net.ledger
                                .committedState(
                                        "verification", stateKey("vdoc", invoiceId(invoice)))
                                .orElseThrow(),
                        StandardCharsets.UTF_8);
        assertThat(publicRecord)
                .doesNotContain(
                        VerificationNetwork.SELLER,
                        VerificationNetwork.BUYER,
                        "03271509",
                        "3200194130",
                        "10293847561029384756",
                        "2026-03-09");
        assertThat(result.event()).isPresent();
        assertThat(result.event().get().eventName()).isEqualTo("verification.DocumentRegistered");
    }

    @Test
    void theAuthorityAndTheRegulatorReadTheAuthoritysCopyNobodyElse() {
        String id = net.registered(invoice("03271510"));
        JsonNode copy =
                json(
                        assertOk(
                                net.ledger.evaluate(
                                        Invocation.of(
                                                net.regulator,
                                                "verification",
                                                "GetDocumentFields",
                                                id))));
        assertThat(copy.get("invoice").get("sellerCode").asText())
                .isEqualTo(VerificationNetwork.SELLER);
        assertThat(copy.get("invoice").get("amount").get("minorUnits").asLong())
                .isEqualTo(10_000_000);
        assertOk(net.evaluate(net.taxOfficer, "GetDocumentFields", id));
        assertRefused(net.evaluate(net.bank1, "GetDocumentFields", id), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.sellerClerk, "GetDocumentFields", id), "ACCESS_DENIED");
    }

    @Test
    void customsRegistersAnExportDeclaration() {
        Map<String, Object> declaration = declaration("223320260000123456");
        JsonNode document = json(assertOk(net.registerDeclaration(net.taxOfficer, declaration)));
        assertThat(document.get("documentId").asText()).isEqualTo(declarationId(declaration));
        assertThat(document.get("type").asText()).isEqualTo("CUSTOMS_DECLARATION");
        assertThat(document.get("faceValue").get("currency").asText()).isEqualTo("USD");
        assertThat(document.get("ownerHash").asText())
                .isEqualTo(Hashes.sha256Hex(VerificationNetwork.EXPORTER));
    }

    @Test
    void aDocumentIsRegisteredOnce() {
        net.registered(invoice("03271511"));
        Map<String, Object> again = with(invoice("03271511"), "amount", money("CNY", 1));
        assertRefused(net.registerInvoice(net.taxOfficer, again), "DOCUMENT_ALREADY_REGISTERED");
    }

    @Test
    void onlyTheAuthorityRegisters() {
        assertRefused(net.registerInvoice(net.bank1, invoice("03271512")), "WRONG_ORGANISATION");
        assertRefused(
                net.registerInvoice(net.sellerClerk, invoice("03271512")), "WRONG_ORGANISATION");
        assertRefused(
                net.registerInvoice(net.regulator, invoice("03271512")), "READ_ONLY_ORGANISATION");
    }

    static Stream<Arguments> badInvoices() {
        Map<String, Object> ok = invoice("03271513");
        return Stream.of(
                Arguments.of(
                        "short invoice code",
                        with(ok, "invoiceCode", "320019413"),
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "letters in number",
                        with(ok, "invoiceNumber", "0327150A"),
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "check code of 19 digits",
                        with(ok, "checkCode", "1029384756102938475"),
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "seller code with bad check character",
                        with(ok, "sellerCode", "91320505MA1W3KT8X0"),
                        "INVALID_CREDIT_CODE"),
                Arguments.of(
                        "buyer is the seller",
                        with(ok, "buyerCode", VerificationNetwork.SELLER),
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "zero amount", with(ok, "amount", money("CNY", 0)), "INVALID_ARGUMENT"),
                Arguments.of("negative tax", with(ok, "tax", money("CNY", -1)), "INVALID_ARGUMENT"),
                Arguments.of(
                        "tax in another currency",
                        with(ok, "tax", money("USD", 100)),
                        "CURRENCY_MISMATCH"),
                Arguments.of(
                        "unknown currency",
                        with(ok, "amount", money("XXX", 100)),
                        "UNSUPPORTED_CURRENCY"),
                Arguments.of("missing tax", with(ok, "tax", null), "INVALID_ARGUMENT"),
                Arguments.of("not a date", with(ok, "issueDate", "2026-02-30"), "INVALID_ARGUMENT"),
                Arguments.of(
                        "issued tomorrow", with(ok, "issueDate", "2026-03-11"), "DATE_IN_FUTURE"),
                Arguments.of(
                        "declaration field",
                        with(ok, "declarationNumber", "223320260000123456"),
                        "INVALID_ARGUMENT"),
                Arguments.of("unknown field", with(ok, "remark", "x"), "INVALID_ARGUMENT"),
                Arguments.of(
                        "wrong type", with(ok, "type", "CUSTOMS_DECLARATION"), "INVALID_ARGUMENT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInvoices")
    void badInvoicesAreRefusedNamingTheField(
            String name, Map<String, Object> invoice, String code) {
        assertRefused(net.registerInvoice(net.taxOfficer, invoice), code);
        assertThat(net.ledger.committedState("verification", stateKey("vdoc", invoiceId(invoice))))
                .isEmpty();
    }

    @Test
    void badDeclarationsAreRefused() {
        Map<String, Object> ok = declaration("223320260000123457");
        assertRefused(
                net.registerDeclaration(
                        net.taxOfficer, with(ok, "declarationNumber", "22332026000012345")),
                "INVALID_ARGUMENT");
        assertRefused(
                net.registerDeclaration(net.taxOfficer, with(ok, "tax", money("USD", 1))),
                "INVALID_ARGUMENT");
        assertRefused(
                net.registerDeclaration(net.taxOfficer, with(ok, "declarationDate", "2027-01-01")),
                "DATE_IN_FUTURE");
        assertRefused(
                net.registerDeclaration(net.taxOfficer, with(ok, "exporterCode", null)),
                "INVALID_CREDIT_CODE");
    }

    @Test
    void aMissingOrMalformedTransientInputIsRefused() {
        assertRefused(
                net.ledger.submit(Invocation.of(net.taxOfficer, "verification", "RegisterInvoice")),
                "MISSING_TRANSIENT");
        assertRefused(
                net.ledger.submit(
                        Invocation.builder(net.taxOfficer, "verification", "RegisterInvoice")
                                .transientData(Inputs.INVOICE, "{\"invoiceCode\":")
                                .build()),
                "INVALID_ARGUMENT");
    }

    @Test
    void theAuthorityVoidsADocumentOnce() {
        String id = net.registered(invoice("03271514"));
        TxResult voided =
                assertOk(
                        net.ledger.submit(
                                Invocation.of(
                                        net.taxOfficer,
                                        "verification",
                                        "VoidDocument",
                                        id,
                                        "red-letter invoice issued")));
        assertThat(json(voided).get("status").asText()).isEqualTo("VOIDED");
        assertThat(json(voided).get("voidReason").asText()).isEqualTo("red-letter invoice issued");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(net.taxOfficer, "verification", "VoidDocument", id, "again")),
                "DOCUMENT_VOIDED");
    }

    @Test
    void onlyTheAuthorityVoidsAndOnlyKnownDocuments() {
        String id = net.registered(invoice("03271515"));
        assertRefused(
                net.ledger.submit(
                        Invocation.of(net.bank1, "verification", "VoidDocument", id, "x")),
                "WRONG_ORGANISATION");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(net.regulator, "verification", "VoidDocument", id, "x")),
                "READ_ONLY_ORGANISATION");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(
                                net.taxOfficer,
                                "verification",
                                "VoidDocument",
                                Hashes.sha256Hex("nothing"),
                                "x")),
                "DOCUMENT_NOT_FOUND");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(net.taxOfficer, "verification", "VoidDocument", "abc", "x")),
                "INVALID_ARGUMENT");
        assertRefused(
                net.ledger.submit(
                        Invocation.of(net.taxOfficer, "verification", "VoidDocument", id, "")),
                "INVALID_ARGUMENT");
    }

    /** The composite key of an entity as the common library writes it. */
    static String stateKey(String objectType, String... parts) {
        StringBuilder key = new StringBuilder("\u0000").append(objectType).append('\u0000');
        for (String part : parts) {
            key.append(part).append('\u0000');
        }
        return key.toString();
    }
}
