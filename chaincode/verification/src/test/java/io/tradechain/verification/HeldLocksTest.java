package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.assertRefused;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static io.tradechain.verification.VerificationNetwork.invoiceId;
import static io.tradechain.verification.VerificationNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The work queue of the locks a bank holds: kept at lock, release and repayment; its owner and the
 * regulator only.
 */
class HeldLocksTest {
    private static final VerificationNetwork NET = new VerificationNetwork();
    private static final List<Map<String, Object>> INVOICES = new ArrayList<>();

    static {
        for (int i = 0; i < 4; i++) {
            Map<String, Object> invoice = invoice("0411000" + i);
            NET.registered(invoice);
            INVOICES.add(invoice);
            assertOk(NET.lock(NET.bank1, invoice, "B1-Q-" + i, 1_000_000));
        }
        assertOk(NET.lock(NET.bank2, INVOICES.get(0), "B2-Q-0", 500_000));
    }

    private static List<String> held(Identity who, String bankMsp) {
        List<String> ids = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page =
                    json(assertOk(NET.evaluate(who, "ListHeldLocks", bankMsp, "2", bookmark)));
            page.get("items")
                    .forEach(
                            lock -> {
                                assertThat(lock.get("status").asText()).isEqualTo("LOCKED");
                                ids.add(
                                        lock.get("bankMsp").asText()
                                                + "/"
                                                + lock.get("financingRef").asText());
                            });
            bookmark = page.get("bookmark").asText();
            assertThat(++pages).isLessThan(100);
        } while (!bookmark.isEmpty());
        return ids;
    }

    @Test
    void aBankSeesTheLocksItHoldsUntilReleasedOrRepaidInFull() {
        VerificationNetwork net = new VerificationNetwork();
        Map<String, Object> a = invoice("05110001");
        Map<String, Object> b = invoice("05110002");
        Map<String, Object> c = invoice("05110003");
        for (Map<String, Object> invoice : List.of(a, b, c)) {
            net.registered(invoice);
            assertOk(net.lock(net.bank1, invoice, "R-" + invoice.get("invoiceNumber"), 2_000_000));
        }
        JsonNode page = json(assertOk(net.evaluate(net.bank1, "ListHeldLocks", "", "", "")));
        assertThat(page.get("items"))
                .extracting(l -> l.get("financingRef").asText())
                .containsExactlyInAnyOrder("R-05110001", "R-05110002", "R-05110003");
        assertThat(page.get("items"))
                .allSatisfy(
                        l ->
                                assertThat(l.get("amount").get("minorUnits").asLong())
                                        .isEqualTo(2_000_000));

        assertOk(net.release(net.bank1, invoiceId(a), "R-05110001"));
        assertOk(net.repay(net.bank1, invoiceId(b), "R-05110002", 2_000_000));
        assertOk(net.repay(net.bank1, invoiceId(c), "R-05110003", 500_000));
        page = json(assertOk(net.evaluate(net.bank1, "ListHeldLocks", "Bank1MSP", "", "")));
        assertThat(page.get("items"))
                .extracting(l -> l.get("financingRef").asText())
                .containsExactly("R-05110003");
        assertThat(page.get("items").get(0).get("repaid").get("minorUnits").asLong())
                .isEqualTo(500_000);
        assertOk(net.repay(net.bank1, invoiceId(c), "R-05110003", 1_500_000));
        assertThat(
                        json(assertOk(net.evaluate(net.regulator, "ListHeldLocks", "", "", "")))
                                .get("items"))
                .isEmpty();
    }

    @Test
    void eachBankSeesItsOwnLocksAndTheRegulatorEveryBanks() {
        assertThat(held(NET.bank1, ""))
                .containsExactlyInAnyOrder(
                        "Bank1MSP/B1-Q-0", "Bank1MSP/B1-Q-1", "Bank1MSP/B1-Q-2", "Bank1MSP/B1-Q-3");
        assertThat(held(NET.bank2, "Bank2MSP")).containsExactly("Bank2MSP/B2-Q-0");
        assertThat(held(NET.regulator, "")).hasSize(5);
        assertThat(held(NET.regulator, "Bank2MSP")).containsExactly("Bank2MSP/B2-Q-0");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("another bank's locks", NET.bank2, "Bank1MSP", "ACCESS_DENIED"),
                Arguments.of("an enterprise", NET.sellerClerk, "", "ACCESS_DENIED"),
                Arguments.of(
                        "an enterprise naming a bank",
                        NET.sellerClerk,
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of("the authority", NET.taxOfficer, "Bank1MSP", "ACCESS_DENIED"),
                Arguments.of("not a bank", NET.regulator, "CorpMSP", "INVALID_ARGUMENT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void otherCallersAreRefused(String label, Identity who, String bankMsp, String code) {
        assertRefused(NET.evaluate(who, "ListHeldLocks", bankMsp, "", ""), code);
    }

    static Stream<String> hostile() {
        List<String> attributes =
                new ArrayList<>(List.of("Bank1MSP", "Bank2MSP", VerificationNetwork.SELLER));
        INVOICES.forEach(i -> attributes.add(invoiceId(i)));
        return HostileBookmarks.crafted(
                List.of("vlock-bank", "vlock", "vdoc", "vdoc-owner", "vauth", "", "v"), attributes)
                .stream();
    }

    private static final ListCall BANK2 =
            bm -> NET.evaluate(NET.bank2, "ListHeldLocks", "", "1", bm);
    private static final ListCall BANK1 =
            bm -> NET.evaluate(NET.bank1, "ListHeldLocks", "", "1", bm);
    private static final ListCall ALL =
            bm -> NET.evaluate(NET.regulator, "ListHeldLocks", "", "1", bm);

    @ParameterizedTest
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(String bookmark) {
        assertThat(
                        HostileBookmarks.assertRefusedOrConfined(
                                "ListHeldLocks as Bank2",
                                BANK2,
                                bookmark,
                                row -> row.get("bankMsp").asText().equals("Bank2MSP")))
                .isTrue();
    }

    @Test
    void cursorsOfAnotherBankOrOfEveryBankAreRefusedAndChangedCursorsToo() {
        HostileBookmarks.assertRefused(
                "Bank1's cursor at Bank2", BANK2, HostileBookmarks.secondPageBookmark(BANK1));
        HostileBookmarks.assertRefused(
                "the regulator's cursor at Bank1", BANK1, HostileBookmarks.secondPageBookmark(ALL));
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                "ListHeldLocks as Bank1",
                BANK1,
                row -> row.get("bankMsp").asText().equals("Bank1MSP"),
                5);
        assertThat(HostileBookmarks.pageThrough(ALL, 1, row -> row.get("financingRef").asText()))
                .hasSize(5);
    }
}
