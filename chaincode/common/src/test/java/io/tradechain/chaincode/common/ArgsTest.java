package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class ArgsTest {
    enum Tenor {
        SIGHT,
        USANCE
    }

    /**
     * Asserts the refusal code, that the message starts with the field's name, and the field
     * detail.
     */
    private static void refused(ThrowingCallable check, String code, String messageStart) {
        String field = messageStart.split(" ")[0];
        assertThatThrownBy(check)
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        t -> {
                            BusinessException e = (BusinessException) t;
                            assertThat(e.code()).isEqualTo(code);
                            assertThat(e.text()).startsWith(messageStart);
                            assertThat(e.details()).containsEntry("field", field);
                        });
    }

    private static void invalid(ThrowingCallable check, String messageStart) {
        refused(check, "INVALID_ARGUMENT", messageStart);
    }

    @Test
    void text() {
        assertThat(Args.text("name", "上海华东贸易有限公司", 10)).isEqualTo("上海华东贸易有限公司");
        assertThat(Args.text("name", "𠀀".repeat(3), 3)).hasSize(6);
        invalid(() -> Args.text("name", null, 10), "name is required");
        invalid(() -> Args.text("name", "   ", 10), "name is required");
        invalid(
                () -> Args.text("name", "x".repeat(11), 10),
                "name must be at most 10 characters, got 11");
        invalid(() -> Args.text("name", " Acme", 10), "name must not start or end with spaces");
        invalid(() -> Args.text("name", "Acme\n", 10), "name must not start or end with spaces");
        invalid(
                () -> Args.text("name", "Ac\u0007me", 10),
                "name must not contain control characters");
        invalid(() -> Args.text("name", "Ac\nme", 10), "name must not contain control characters");
    }

    @Test
    void optionalText() {
        assertThat(Args.optionalText("memo", null, 10)).isNull();
        assertThat(Args.optionalText("memo", "", 10)).isNull();
        assertThat(Args.optionalText("memo", "ok", 10)).isEqualTo("ok");
        invalid(() -> Args.optionalText("memo", " ", 10), "memo is required");
        invalid(() -> Args.optionalText("memo", "x".repeat(11), 10), "memo must be at most 10");
    }

    @Test
    void matches() {
        Pattern invoiceNo = Pattern.compile("INV-[0-9]{4}");
        assertThat(Args.matches("invoiceNo", "INV-0001", invoiceNo, "INV- and 4 digits"))
                .isEqualTo("INV-0001");
        invalid(
                () -> Args.matches("invoiceNo", "INV-1", invoiceNo, "INV- and 4 digits"),
                "invoiceNo must be INV- and 4 digits, got 'INV-1'");
        invalid(
                () -> Args.matches("invoiceNo", null, invoiceNo, "INV- and 4 digits"),
                "invoiceNo must be INV- and 4 digits, got nothing");
    }

    @Test
    void numbers() {
        assertThat(Args.positive("amount", 1)).isEqualTo(1);
        invalid(() -> Args.positive("amount", 0), "amount must be more than zero, got 0");
        assertThat(Args.nonNegative("fee", 0)).isZero();
        invalid(() -> Args.nonNegative("fee", -1), "fee must not be negative, got -1");
        assertThat(Args.count("batch", 500, 1, 500)).isEqualTo(500);
        invalid(() -> Args.count("batch", 501, 1, 500), "batch must be from 1 to 500, got 501");
        invalid(() -> Args.count("batch", 0, 1, 500), "batch must be from 1 to 500, got 0");
    }

    @Test
    void isoDate() {
        assertThat(Args.isoDate("maturity", "2028-02-29")).isEqualTo("2028-02-29");
        invalid(
                () -> Args.isoDate("maturity", "2026-02-29"),
                "maturity must be a real calendar date");
        invalid(
                () -> Args.isoDate("maturity", "2026-13-01"),
                "maturity must be a real calendar date");
        invalid(
                () -> Args.isoDate("maturity", "28/02/2026"),
                "maturity must be a date written yyyy-MM-dd");
        invalid(
                () -> Args.isoDate("maturity", "2026-2-28"),
                "maturity must be a date written yyyy-MM-dd");
        invalid(
                () -> Args.isoDate("maturity", "2026-02-28T00:00"),
                "maturity must be a date written yyyy-MM-dd");
        invalid(() -> Args.isoDate("maturity", null), "maturity must be a date written yyyy-MM-dd");
    }

    @Test
    void oneOfListsTheAllowedValues() {
        assertThat(Args.oneOf("tenor", "USANCE", Tenor.class)).isEqualTo(Tenor.USANCE);
        invalid(
                () -> Args.oneOf("tenor", "usance", Tenor.class),
                "tenor must be one of SIGHT, USANCE, got 'usance'");
        invalid(
                () -> Args.oneOf("tenor", null, Tenor.class),
                "tenor must be one of SIGHT, USANCE, got nothing");
    }

    @Test
    void sha256Hex() {
        String hash = Hashes.sha256Hex("contract.pdf");
        assertThat(Args.sha256Hex("documentHash", hash)).isEqualTo(hash);
        invalid(
                () -> Args.sha256Hex("documentHash", hash.toUpperCase()),
                "documentHash must be a SHA-256 hash");
        invalid(
                () -> Args.sha256Hex("documentHash", hash.substring(1)),
                "documentHash must be a SHA-256 hash");
    }

    @Test
    void creditCode() {
        assertThat(Args.creditCode("buyer", "91310115MA1K4HQ27W")).isEqualTo("91310115MA1K4HQ27W");
        refused(
                () -> Args.creditCode("buyer", "91310115MA1K4HQ27A"),
                "INVALID_CREDIT_CODE",
                "buyer '91310115");
    }

    @Test
    void transientValue() {
        ChaincodeStub stub =
                stubWithTransient(
                        Map.of(
                                "rate",
                                "4.35".getBytes(StandardCharsets.UTF_8),
                                "empty",
                                new byte[0]));
        assertThat(new String(Args.transientValue(stub, "rate"), StandardCharsets.UTF_8))
                .isEqualTo("4.35");
        refused(
                () -> Args.transientValue(stub, "terms"),
                "MISSING_TRANSIENT",
                "terms is required in the transient map");
        refused(() -> Args.transientValue(stub, "empty"), "MISSING_TRANSIENT", "empty is required");
        refused(
                () -> Args.transientValue(stubWithTransient(null), "rate"),
                "MISSING_TRANSIENT",
                "rate is required");
    }

    /**
     * A stub that only answers getTransient; the ledger-backed tests use the real in-memory stub.
     */
    private static ChaincodeStub stubWithTransient(Map<String, byte[]> transientMap) {
        return (ChaincodeStub)
                Proxy.newProxyInstance(
                        ChaincodeStub.class.getClassLoader(),
                        new Class<?>[] {ChaincodeStub.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("getTransient")) {
                                return transientMap;
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
    }
}
