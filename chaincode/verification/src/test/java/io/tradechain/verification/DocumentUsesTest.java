package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product uses of a document (backings, product financings and their moves) change only through
 * the product's own chaincode: a client of any organisation calling the verification chaincode
 * directly, whatever it sends, is refused and nothing is written. Otherwise a bank could give back
 * another product's backing, or finance a drawing it never negotiated. (The products' own paths are
 * exercised by the forfaiting module's DocumentUseInterleavingTest.)
 */
class DocumentUsesTest {
    private static final VerificationNetwork NET = new VerificationNetwork();
    private static final Map<String, Object> INVOICE = VerificationNetwork.invoice("03271799");
    private static final String ID = NET.registered(INVOICE);
    private static final String AMOUNT = "{\"currency\":\"CNY\",\"minorUnits\":100}";

    static Stream<Arguments> directCalls() {
        Stream.Builder<Arguments> calls = Stream.builder();
        for (Identity who : List.of(NET.bank1, NET.bank2, NET.sellerClerk, NET.taxOfficer)) {
            for (String product : List.of("receivables", "letterofcredit")) {
                calls.add(
                        Arguments.of(who, "BackDocument", new String[] {product, "ref-1", AMOUNT}));
                calls.add(
                        Arguments.of(
                                who,
                                "ReleaseBacking",
                                new String[] {ID, product, "ref-1", "cancelled"}));
                calls.add(
                        Arguments.of(
                                who, "LockBacked", new String[] {ID, product, "ref-1", AMOUNT}));
                calls.add(
                        Arguments.of(
                                who,
                                "TransferFinancing",
                                new String[] {ID, product, "ref-1", "Bank2MSP", AMOUNT}));
            }
        }
        return calls.build();
    }

    @ParameterizedTest(name = "{1} {2} directly")
    @MethodSource("directCalls")
    void aProductsUsesChangeOnlyThroughTheProductsOwnChaincode(
            Identity who, String function, String[] args) {
        long height = NET.ledger.height();
        var refused =
                NET.ledger.submit(
                        Invocation.builder(who, "verification", function)
                                .args(args)
                                .transientData(
                                        "documents",
                                        VerificationNetwork.json(
                                                List.of(
                                                        VerificationNetwork.typed(
                                                                "INVOICE", INVOICE))))
                                .build());
        assertThat(refused.isSuccess()).isFalse();
        String code =
                io.tradechain.chaincode.common.ErrorInfo.fromPayload(refused.payload())
                        .or(
                                () ->
                                        io.tradechain.chaincode.common.ErrorInfo.fromMessage(
                                                refused.message()))
                        .orElseThrow()
                        .code();
        boolean bank = who == NET.bank1 || who == NET.bank2;
        boolean bankOnly = function.equals("LockBacked") || function.equals("TransferFinancing");
        if (bank || !bankOnly) {
            assertThat(code).as(refused.message()).isEqualTo("PRODUCT_CALL_REQUIRED");
        } else {
            assertThat(code)
                    .as(refused.message())
                    .isIn("WRONG_ORGANISATION", "PRODUCT_CALL_REQUIRED");
        }
        assertThat(NET.ledger.height()).as("nothing written").isEqualTo(height);
    }

    @ParameterizedTest(name = "product {0}")
    @MethodSource("unknownProducts")
    void anUnknownProductIsRefusedBeforeAnything(String product) {
        assertRefused(
                NET.ledger.submit(
                        Invocation.builder(NET.bank1, "verification", "BackDocument")
                                .args(product, "ref-1", AMOUNT)
                                .build()),
                "INVALID_ARGUMENT");
    }

    static Stream<String> unknownProducts() {
        return Stream.of(
                "",
                "forfaiting",
                "verification",
                "RECEIVABLES",
                "receivables ",
                "letterofcredit\u0000");
    }
}
