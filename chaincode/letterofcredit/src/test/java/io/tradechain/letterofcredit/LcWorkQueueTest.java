package io.tradechain.letterofcredit;

import static io.tradechain.letterofcredit.LcNetwork.A;
import static io.tradechain.letterofcredit.LcNetwork.CORE;
import static io.tradechain.letterofcredit.LcNetwork.OUTSIDER;
import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.assertRefused;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ListAwaitingActions: each participant sees the L/Cs that await one of its roles and what they
 * await, derived from the state machine; the regulator anyone's; nobody another participant's.
 * Hostile bookmarks are refused.
 */
class LcWorkQueueTest {
    private static final LcNetwork NET = new LcNetwork();
    private static final String APPLIED;
    private static final String ISSUED;
    private static final String AMENDED;
    private static final String PRESENTED;
    private static final String DISCREPANT;

    static {
        APPLIED = NET.applied(30);
        ISSUED = NET.issued(30);
        AMENDED = NET.advised(30);
        assertOk(
                NET.propose(
                        AMENDED,
                        Map.of("amount", Map.of("currency", "CNY", "minorUnits", 90_000_000L))));
        PRESENTED = NET.advised(0);
        NET.presented(PRESENTED, 10_000_000);
        DISCREPANT = NET.advised(30);
        int n = NET.presented(DISCREPANT, 10_000_000);
        assertOk(NET.submit(NET.bank1, "ReceiveDocuments", DISCREPANT, n));
        assertOk(NET.examine(DISCREPANT, n, "invoice amount differs from the bill of lading"));
    }

    /**
     * lcId -> "ROLE ACTION #n" of every item in the participant's queue, following the bookmarks.
     */
    static Map<String, List<String>> queue(Identity who, String participant) {
        return queue(NET, who, participant);
    }

    static Map<String, List<String>> queue(LcNetwork net, Identity who, String participant) {
        Map<String, List<String>> queue = new LinkedHashMap<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page =
                    json(
                            assertOk(
                                    net.evaluate(
                                            who,
                                            "ListAwaitingActions",
                                            participant,
                                            "2",
                                            bookmark)));
            assertThat(page.get("fetchedCount").asInt())
                    .isGreaterThanOrEqualTo(page.get("items").size());
            for (JsonNode item : page.get("items")) {
                List<String> awaited = new ArrayList<>();
                item.get("awaiting")
                        .forEach(
                                a ->
                                        awaited.add(
                                                a.get("role").asText()
                                                        + " "
                                                        + a.get("action").asText()
                                                        + (a.hasNonNull("presentation")
                                                                ? " #"
                                                                        + a.get("presentation")
                                                                                .asInt()
                                                                : "")));
                assertThat(queue.put(item.get("lcId").asText(), awaited))
                        .as("listed twice")
                        .isNull();
            }
            bookmark = page.get("bookmark").asText();
            assertThat(++pages).isLessThan(100);
        } while (!bookmark.isEmpty());
        return queue;
    }

    @Test
    void eachParticipantSeesWhatAwaitsItsOwnRoles() {
        assertThat(queue(NET.bank1, ""))
                .containsOnly(
                        Map.entry(APPLIED, List.of("ISSUING_BANK ISSUE_OR_DECLINE")),
                        Map.entry(PRESENTED, List.of("ISSUING_BANK RECEIVE_DOCUMENTS #1")));
        assertThat(queue(NET.bank2, "Bank2MSP"))
                .containsOnly(Map.entry(ISSUED, List.of("ADVISING_BANK ADVISE")));
        assertThat(queue(NET.a, ""))
                .containsOnly(Map.entry(AMENDED, List.of("BENEFICIARY DECIDE_AMENDMENT")));
        assertThat(queue(NET.core, CORE))
                .containsOnly(Map.entry(DISCREPANT, List.of("APPLICANT WAIVE_OR_REFUSE #1")));
        assertThat(queue(NET.outsider, "")).isEmpty();
    }

    @Test
    void theRegulatorSeesAnyParticipantsQueueAndEverythingAwaited() {
        assertThat(queue(NET.regulator, "Bank1MSP")).isEqualTo(queue(NET.bank1, ""));
        assertThat(queue(NET.regulator, A)).isEqualTo(queue(NET.a, ""));
        assertThat(queue(NET.regulator, CORE)).isEqualTo(queue(NET.core, ""));
        assertThat(queue(NET.regulator, ""))
                .containsOnlyKeys(APPLIED, ISSUED, AMENDED, PRESENTED, DISCREPANT)
                .containsEntry(ISSUED, List.of("ADVISING_BANK ADVISE"))
                .containsEntry(DISCREPANT, List.of("APPLICANT WAIVE_OR_REFUSE #1"));
        JsonNode item =
                json(assertOk(NET.evaluate(NET.regulator, "ListAwaitingActions", "", "200", "")))
                        .get("items")
                        .get(0);
        assertThat(item.has("amount") || item.has("applicantCode") || item.has("beneficiaryCode"))
                .as("no terms in the queue")
                .isFalse();
    }

    @Test
    void datesBringPaymentAndExpiryIntoTheQueues() {
        LcNetwork net = new LcNetwork();
        String usance = net.advised(30);
        int n = net.presented(usance, 10_000_000);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", usance, n));
        assertOk(net.examine(usance, n));
        assertThat(queue(net, net.bank1, ""))
                .containsEntry(usance, List.of("ISSUING_BANK ACCEPT #1"));
        assertOk(net.submit(net.bank1, "AcceptPresentation", usance, n));
        String idle = net.advised(0);
        assertThat(queue(net, net.bank1, "")).doesNotContainKeys(usance, idle);
        net.advanceTo(net.presentation(usance, n).get("maturityDate").asText());
        assertThat(queue(net, net.bank1, ""))
                .containsOnly(Map.entry(usance, List.of("ISSUING_BANK PAY #1")));
        net.advanceTo("2026-07-01"); // after the expiry of both
        assertThat(queue(net, net.bank1, ""))
                .containsOnly(
                        Map.entry(usance, List.of("ISSUING_BANK PAY #1")),
                        Map.entry(idle, List.of("ISSUING_BANK MARK_EXPIRED")));
        assertOk(net.submit(net.bank1, "Expire", idle));
        assertThat(queue(net, net.bank1, "")).containsEntry(idle, List.of("ISSUING_BANK CLOSE"));
        assertOk(net.submit(net.bank1, "Close", idle));
        assertThat(queue(net, net.bank1, "")).doesNotContainKey(idle);
    }

    @Test
    void cancellationConsentsAwaitTheRolesThatHaveNotConsented() {
        LcNetwork net = new LcNetwork();
        String lcId = net.advised(30);
        assertOk(net.submit(net.core, "ConsentToCancel", lcId));
        assertThat(queue(net, net.core, "")).doesNotContainKey(lcId);
        assertThat(queue(net, net.a, ""))
                .containsEntry(lcId, List.of("BENEFICIARY CONSENT_TO_CANCEL"));
        assertThat(queue(net, net.bank1, ""))
                .containsEntry(lcId, List.of("ISSUING_BANK CONSENT_TO_CANCEL"));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("another bank's queue", NET.bank2, "Bank1MSP", "ACCESS_DENIED"),
                Arguments.of("another party's queue", NET.a, CORE, "ACCESS_DENIED"),
                Arguments.of(
                        "a bank's queue, as an enterprise",
                        NET.core,
                        "Bank1MSP",
                        "INVALID_CREDIT_CODE"),
                Arguments.of("a party's queue, as a bank", NET.bank1, A, "INVALID_ARGUMENT"),
                Arguments.of("the authority", NET.taxOfficer, "", "ACCESS_DENIED"),
                Arguments.of(
                        "the regulator, naming nobody valid",
                        NET.regulator,
                        "someone",
                        "INVALID_CREDIT_CODE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void readingSomeoneElsesQueueIsRefused(
            String label, Identity who, String participant, String code) {
        assertRefused(NET.evaluate(who, "ListAwaitingActions", participant, "", ""), code);
    }

    private static final ListCall BANK1 =
            bm -> NET.evaluate(NET.bank1, "ListAwaitingActions", "", "1", bm);
    private static final ListCall BANK2 =
            bm -> NET.evaluate(NET.bank2, "ListAwaitingActions", "", "1", bm);
    private static final ListCall ALL =
            bm -> NET.evaluate(NET.regulator, "ListAwaitingActions", "", "1", bm);

    static Stream<String> hostile() {
        List<String> attributes =
                List.of("Bank1MSP", "Bank2MSP", A, CORE, OUTSIDER, APPLIED, ISSUED, DISCREPANT);
        return HostileBookmarks.crafted(
                List.of("lcby", "lc", "lcpres", "lcstep", "lcterms", "", "l"), attributes)
                .stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(String bookmark) {
        assertThat(
                        HostileBookmarks.assertRefusedOrConfined(
                                "ListAwaitingActions as Bank2",
                                BANK2,
                                bookmark,
                                row ->
                                        row.get("issuingBankMsp").asText().equals("Bank2MSP")
                                                || row.get("advisingBankMsp")
                                                        .asText()
                                                        .equals("Bank2MSP")))
                .isTrue();
    }

    @Test
    void cursorsOfAnotherParticipantOrOfEveryoneAreRefused() {
        HostileBookmarks.assertRefused(
                "Bank1's cursor at Bank2", BANK2, HostileBookmarks.secondPageBookmark(BANK1));
        HostileBookmarks.assertRefused(
                "the regulator's cursor at Bank1", BANK1, HostileBookmarks.secondPageBookmark(ALL));
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                "ListAwaitingActions as Bank1",
                BANK1,
                row -> row.get("issuingBankMsp").asText().equals("Bank1MSP"),
                5);
        assertThat(HostileBookmarks.pageThrough(ALL, 1, row -> row.get("lcId").asText()))
                .hasSize(5);
    }
}
