package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.B;
import static io.tradechain.receivables.ReceivablesNetwork.BANK1;
import static io.tradechain.receivables.ReceivablesNetwork.CORE;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.assertRefused;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static io.tradechain.receivables.ReceivablesNetwork.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The receivables work queues: a bank's pending financing requests, its lines, the certificates on
 * its lines, a debtor's certificates. Who may read which queue, that the queues follow state
 * changes, and hostile bookmarks.
 */
class WorkQueuesTest {
    private static final ReceivablesNetwork NET = new ReceivablesNetwork();
    private static final List<String> ROOTS = new ArrayList<>();
    private static final List<String> REQUESTS = new ArrayList<>();
    private static final String LINE2 = "Bank2MSP:" + CORE;

    static {
        NET.grantLine(100_000_000);
        assertOk(NET.submit(NET.bank2, "GrantCreditLine", CORE, money(50_000_000), "2027-01-01"));
        for (int i = 0; i < 5; i++) {
            ROOTS.add(NET.liveRoot(100_000 + i));
        }
        // a sixth certificate stays PENDING (not accepted): the debtor's and funder's queues still
        // list it
        ROOTS.add(json(assertOk(NET.issue(A, 7_000, "2026-09-01"))).get("rootId").asText());
        for (int i = 0; i < 4; i++) {
            REQUESTS.add(
                    json(assertOk(
                                    NET.submit(
                                            NET.a,
                                            "RequestFinancing",
                                            ROOTS.get(i),
                                            money(50_000))))
                            .get("requestId")
                            .asText());
        }
    }

    private static JsonNode page(Identity who, String function, String subject, String pageSize) {
        return json(assertOk(NET.evaluate(who, function, subject, pageSize, "")));
    }

    private static List<String> ids(JsonNode page, String field) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private static List<String> all(Identity who, String function, String subject, String field) {
        List<String> ids = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page = json(assertOk(NET.evaluate(who, function, subject, "2", bookmark)));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            ids.addAll(ids(page, field));
            bookmark = page.get("bookmark").asText();
            assertThat(++pages).isLessThan(100);
        } while (!bookmark.isEmpty());
        assertThat(ids).doesNotHaveDuplicates();
        return ids;
    }

    @Test
    void aBankSeesTheFinancingRequestsAwaitingItsDecisionUntilItDecides() {
        // a private network per test that changes state, so the shared one stays as the hostile
        // tests expect
        ReceivablesNetwork net = new ReceivablesNetwork();
        net.grantLine(100_000_000);
        String r1 = net.liveRoot(1_000_000);
        String r2 = net.liveRoot(200_000);
        String r3 = net.liveRoot(300_000);
        String q1 =
                json(assertOk(net.submit(net.a, "RequestFinancing", r1, money(1_000_000))))
                        .get("requestId")
                        .asText();
        String q2 =
                json(assertOk(net.submit(net.a, "RequestFinancing", r2, money(50_000))))
                        .get("requestId")
                        .asText();
        String q3 =
                json(assertOk(net.submit(net.a, "RequestFinancing", r3, money(300_000))))
                        .get("requestId")
                        .asText();
        JsonNode queue =
                json(
                        assertOk(
                                net.evaluate(
                                        net.bank1, "ListPendingFinancings", "Bank1MSP", "", "")));
        assertThat(ids(queue, "requestId")).containsExactlyInAnyOrder(q1, q2, q3);
        queue.get("items")
                .forEach(
                        item -> {
                            assertThat(item.get("status").asText()).isEqualTo("REQUESTED");
                            assertThat(item.get("funderMsp").asText()).isEqualTo("Bank1MSP");
                        });
        assertThat(queue.get("bookmark").asText()).isEmpty();
        assertThat(queue.get("fetchedCount").asInt()).isEqualTo(3);

        assertOk(net.approve(net.bank1, q1, ReceivablesNetwork.DEFAULT_INVOICE));
        assertOk(net.submit(net.bank1, "RefuseFinancing", q3, "outside our appetite"));
        queue =
                json(
                        assertOk(
                                net.evaluate(
                                        net.bank1, "ListPendingFinancings", "Bank1MSP", "", "")));
        assertThat(ids(queue, "requestId")).containsExactly(q2);
        // the regulator sees the same, by bank or over every bank
        assertThat(
                        ids(
                                json(
                                        assertOk(
                                                net.evaluate(
                                                        net.regulator,
                                                        "ListPendingFinancings",
                                                        "",
                                                        "",
                                                        ""))),
                                "requestId"))
                .containsExactly(q2);
        // another bank's queue is its own: empty
        assertThat(
                        json(assertOk(
                                        net.evaluate(
                                                net.bank2,
                                                "ListPendingFinancings",
                                                "Bank2MSP",
                                                "",
                                                "")))
                                .get("items"))
                .isEmpty();
    }

    @Test
    void eachQueueListsItsOwnersRecordsOnly() {
        assertThat(all(NET.bank1, "ListPendingFinancings", "Bank1MSP", "requestId"))
                .containsExactlyInAnyOrderElementsOf(REQUESTS);
        assertThat(all(NET.bank1, "ListBankLines", "Bank1MSP", "lineId"))
                .containsExactly(ReceivablesNetwork.LINE);
        assertThat(all(NET.bank2, "ListBankLines", "Bank2MSP", "lineId")).containsExactly(LINE2);
        assertThat(all(NET.regulator, "ListBankLines", "", "lineId"))
                .containsExactlyInAnyOrder(ReceivablesNetwork.LINE, LINE2);
        assertThat(all(NET.bank1, "ListFunderCertificates", "Bank1MSP", "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
        assertThat(all(NET.bank2, "ListFunderCertificates", "Bank2MSP", "rootId")).isEmpty();
        assertThat(all(NET.core, "ListDebtorCertificates", CORE, "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
        assertThat(all(NET.a, "ListDebtorCertificates", A, "rootId")).isEmpty();
        assertThat(all(NET.regulator, "ListDebtorCertificates", "", "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
        assertThat(all(NET.regulator, "ListDebtorCertificates", CORE, "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
        JsonNode pending = page(NET.core, "ListDebtorCertificates", CORE, "200");
        assertThat(pending.get("items"))
                .anySatisfy(root -> assertThat(root.get("status").asText()).isEqualTo("PENDING"));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        "another bank's financing queue",
                        NET.bank2,
                        "ListPendingFinancings",
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "another bank's lines",
                        NET.bank2,
                        "ListBankLines",
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "another bank's certificates",
                        NET.bank2,
                        "ListFunderCertificates",
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a bank's queue, as an enterprise naming none",
                        NET.core,
                        "ListPendingFinancings",
                        "",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a bank's lines, as the authority",
                        NET.taxOfficer,
                        "ListBankLines",
                        "",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a bank's queue, as an enterprise",
                        NET.core,
                        "ListPendingFinancings",
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a bank's certificates, as the debtor",
                        NET.core,
                        "ListFunderCertificates",
                        "Bank1MSP",
                        "ACCESS_DENIED"),
                Arguments.of(
                        "not a bank",
                        NET.regulator,
                        "ListPendingFinancings",
                        "CorpMSP",
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "not a bank, lines",
                        NET.bank1,
                        "ListBankLines",
                        "Bank1MSP ",
                        "INVALID_ARGUMENT"),
                Arguments.of(
                        "another debtor's certificates",
                        NET.a,
                        "ListDebtorCertificates",
                        CORE,
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a debtor's certificates, as its bank",
                        NET.bank1,
                        "ListDebtorCertificates",
                        CORE,
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a debtor's certificates, as the tax bureau",
                        NET.taxOfficer,
                        "ListDebtorCertificates",
                        CORE,
                        "ACCESS_DENIED"),
                Arguments.of(
                        "a malformed credit code",
                        NET.core,
                        "ListDebtorCertificates",
                        "91310115MA1K4HQ270",
                        "INVALID_CREDIT_CODE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void readingSomeoneElsesQueueIsRefused(
            String label, Identity who, String function, String subject, String code) {
        assertRefused(NET.evaluate(who, function, subject, "", ""), code);
    }

    @Test
    void namingNoOwnerReadsTheCallersOwnQueueOrForTheRegulatorEveryOne() {
        assertThat(all(NET.bank1, "ListPendingFinancings", "", "requestId"))
                .containsExactlyInAnyOrderElementsOf(REQUESTS);
        assertThat(all(NET.bank2, "ListBankLines", "", "lineId")).containsExactly(LINE2);
        assertThat(all(NET.bank2, "ListFunderCertificates", "", "rootId")).isEmpty();
        assertThat(all(NET.core, "ListDebtorCertificates", "", "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
        assertThat(all(NET.a, "ListDebtorCertificates", "", "rootId")).isEmpty();
        assertThat(all(NET.regulator, "ListFunderCertificates", "", "rootId"))
                .containsExactlyInAnyOrderElementsOf(ROOTS);
    }

    @Test
    void pageSizeIsChecked() {
        assertRefused(
                NET.evaluate(NET.bank1, "ListPendingFinancings", "Bank1MSP", "0", ""),
                "PAGE_SIZE_OUT_OF_RANGE");
        assertRefused(
                NET.evaluate(NET.bank1, "ListBankLines", "Bank1MSP", "201", ""),
                "PAGE_SIZE_OUT_OF_RANGE");
        assertRefused(
                NET.evaluate(NET.core, "ListDebtorCertificates", CORE, "x", ""),
                "INVALID_ARGUMENT");
    }

    // ---- cursor hostility
    // -------------------------------------------------------------------------------------

    record Listing(String name, ListCall call, Predicate<JsonNode> mine, ListCall otherList) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        ListCall pending =
                bm -> NET.evaluate(NET.bank1, "ListPendingFinancings", "Bank1MSP", "1", bm);
        ListCall funderRoots =
                bm -> NET.evaluate(NET.bank1, "ListFunderCertificates", "Bank1MSP", "1", bm);
        ListCall debtorRoots =
                bm -> NET.evaluate(NET.core, "ListDebtorCertificates", CORE, "1", bm);
        ListCall everyDebtor =
                bm -> NET.evaluate(NET.regulator, "ListDebtorCertificates", "", "1", bm);
        ListCall holdings = bm -> NET.evaluate(NET.a, "ListHoldings", A, "1", bm);
        return Stream.of(
                new Listing(
                        "ListPendingFinancings",
                        pending,
                        row ->
                                row.get("funderMsp").asText().equals("Bank1MSP")
                                        && row.get("status").asText().equals("REQUESTED"),
                        funderRoots),
                new Listing(
                        "ListFunderCertificates",
                        funderRoots,
                        row -> row.get("funderMsp").asText().equals("Bank1MSP"),
                        pending),
                new Listing(
                        "ListDebtorCertificates",
                        debtorRoots,
                        row -> row.get("debtorCode").asText().equals(CORE),
                        holdings),
                new Listing(
                        "ListDebtorCertificates of every debtor",
                        everyDebtor,
                        row -> row.get("debtorCode").asText().equals(CORE),
                        debtorRoots));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes =
                new ArrayList<>(List.of(A, B, CORE, BANK1, "Bank1MSP", "Bank2MSP", LINE2));
        attributes.addAll(ROOTS);
        attributes.addAll(REQUESTS);
        List<String> crafted =
                HostileBookmarks.crafted(
                        List.of(
                                "rfpend", "rlineby", "rdebtor", "rfunder", "rfin", "rroot", "rline",
                                "rhold", "party", "", "r"),
                        attributes);
        return HostileBookmarks.pairs(listings(), crafted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(), listing.call(), bookmark, listing.mine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherListAreRefusedAndChangedCursorsToo(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another list's", listing.call(), listing.otherList());
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 7);
    }

    @Test
    void aBanksCursorDoesNotOpenTheRegulatorsWholeListOrAnotherBanks() {
        String bank1Cursor =
                HostileBookmarks.secondPageBookmark(
                        bm ->
                                NET.evaluate(
                                        NET.bank1, "ListFunderCertificates", "Bank1MSP", "1", bm));
        HostileBookmarks.assertRefused(
                "every bank's certificates with Bank1's cursor",
                bm -> NET.evaluate(NET.regulator, "ListFunderCertificates", "", "1", bm),
                bank1Cursor);
        HostileBookmarks.assertRefused(
                "Bank2's own certificates with Bank1's cursor",
                bm -> NET.evaluate(NET.bank2, "ListFunderCertificates", "", "1", bm),
                bank1Cursor);
        HostileBookmarks.assertRefused(
                "Bank2's certificates with Bank1's cursor",
                bm -> NET.evaluate(NET.bank2, "ListFunderCertificates", "Bank2MSP", "1", bm),
                bank1Cursor);
    }
}
