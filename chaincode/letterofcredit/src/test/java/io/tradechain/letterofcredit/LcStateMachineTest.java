package io.tradechain.letterofcredit;

import static io.tradechain.letterofcredit.LcNetwork.AMOUNT;
import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.assertRefused;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.ledger.TxResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The state machine as a table: every action attempted from every state by its rightful actor, with
 * every other precondition met. The expected outcome of each cell is written out below,
 * independently of the chaincode's own table; a cell outside the action's states must be refused
 * with the state-conflict code and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LcStateMachineTest {
    private static final String OK = "OK";
    private static final String LC_CONFLICT = "LC_STATE_CONFLICT";
    private static final String P_CONFLICT = "PRESENTATION_STATE_CONFLICT";
    private static final String AFTER_EXPIRY = "2026-07-01";
    private static final String AFTER_MATURITY = "2026-06-01";

    /** L/C states down, L/C actions across: the outcome of each cell. */
    private static final Map<LcStatus, Map<LcAction, String>> LC_TABLE =
            new EnumMap<>(LcStatus.class);

    /** Presentation states down (usance L/C), presentation actions across. */
    private static final Map<PresentationStatus, Map<PresentationAction, String>> USANCE_TABLE =
            new EnumMap<>(PresentationStatus.class);

    static {
        //             DECLINE ISSUE ADVISE PROPOSE ACCEPT_AM REJECT_AM PRESENT EXPIRE
        // CONSENT_CANCEL CLOSE
        lcRow(
                LcStatus.APPLIED,
                OK,
                OK,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT);
        lcRow(
                LcStatus.DECLINED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                OK);
        lcRow(
                LcStatus.ISSUED,
                LC_CONFLICT,
                LC_CONFLICT,
                OK,
                OK,
                OK,
                OK,
                LC_CONFLICT,
                OK,
                OK,
                LC_CONFLICT);
        lcRow(
                LcStatus.ADVISED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                OK,
                OK,
                OK,
                OK,
                OK,
                OK,
                LC_CONFLICT);
        lcRow(
                LcStatus.USED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                OK);
        lcRow(
                LcStatus.EXPIRED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                OK);
        lcRow(
                LcStatus.CANCELLED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                OK);
        lcRow(
                LcStatus.CLOSED,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT,
                LC_CONFLICT);

        //         RECEIVE EXAMINE WAIVE REFUSE ACCEPT NEGOTIATE PAY CONSENT_TRANSFER
        // ACKNOWLEDGE_TRANSFER
        pRow(
                PresentationStatus.PRESENTED,
                OK,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT);
        pRow(
                PresentationStatus.RECEIVED,
                P_CONFLICT,
                OK,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT);
        // a usance presentation is accepted before it is paid
        pRow(
                PresentationStatus.COMPLIANT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                OK,
                OK,
                "NOT_MATURED",
                P_CONFLICT,
                P_CONFLICT);
        pRow(
                PresentationStatus.DISCREPANT,
                P_CONFLICT,
                P_CONFLICT,
                OK,
                OK,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT);
        pRow(
                PresentationStatus.REFUSED,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT);
        pRow(
                PresentationStatus.ACCEPTED,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                OK,
                OK,
                OK,
                OK);
        pRow(
                PresentationStatus.PAID,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT,
                P_CONFLICT);
    }

    private LcNetwork net;

    @BeforeAll
    void network() {
        net = new LcNetwork();
    }

    static Stream<Arguments> lcCells() {
        List<Arguments> cells = new ArrayList<>();
        LC_TABLE.forEach(
                (state, row) ->
                        row.forEach(
                                (action, outcome) ->
                                        cells.add(Arguments.of(state, action, outcome))));
        return cells.stream();
    }

    static Stream<Arguments> presentationCells() {
        List<Arguments> cells = new ArrayList<>();
        USANCE_TABLE.forEach(
                (state, row) ->
                        row.forEach(
                                (action, outcome) ->
                                        cells.add(Arguments.of(state, action, outcome))));
        return cells.stream();
    }

    @Test
    void theTablesCoverEveryStateAndAction() {
        assertThat(LC_TABLE).hasSize(LcStatus.values().length);
        LC_TABLE.values()
                .forEach(
                        row ->
                                assertThat(row)
                                        .hasSize(LcAction.values().length - 1)); // APPLY creates
        assertThat(USANCE_TABLE).hasSize(PresentationStatus.values().length);
        USANCE_TABLE
                .values()
                .forEach(row -> assertThat(row).hasSize(PresentationAction.values().length));
    }

    @ParameterizedTest(name = "L/C {0} + {1} -> {2}")
    @MethodSource("lcCells")
    void lcAction(LcStatus state, LcAction action, String outcome) {
        String lcId = reach(state);
        assertThat(net.lc(lcId).get("status").asText()).isEqualTo(state.name());
        prepare(lcId, state, action);
        int stepsBefore = net.lc(lcId).get("steps").asInt();
        TxResult result = attempt(lcId, action);
        net.advanceTo("2026-03-02");
        if (OK.equals(outcome)) {
            assertOk(result);
            assertThat(net.lc(lcId).get("steps").asInt()).isEqualTo(stepsBefore + 1);
        } else {
            assertRefused(result, outcome);
            assertThat(net.lc(lcId).get("status").asText()).isEqualTo(state.name());
            assertThat(net.lc(lcId).get("steps").asInt()).isEqualTo(stepsBefore);
        }
    }

    @ParameterizedTest(name = "presentation {0} + {1} -> {2}")
    @MethodSource("presentationCells")
    void presentationAction(PresentationStatus state, PresentationAction action, String outcome) {
        String lcId = net.advised(90);
        int n = reach(lcId, state);
        assertThat(net.presentation(lcId, n).get("status").asText()).isEqualTo(state.name());
        prepare(lcId, n, state, action);
        TxResult result = attempt(lcId, n, action);
        net.advanceTo("2026-03-02");
        if (OK.equals(outcome)) {
            assertOk(result);
        } else {
            assertRefused(result, outcome);
            assertThat(net.presentation(lcId, n).get("status").asText()).isEqualTo(state.name());
        }
    }

    @Test
    void aSightPresentationIsPaidWhenCompliantAndNeverAccepted() {
        String lcId = net.advised(0);
        int n = reach(lcId, PresentationStatus.COMPLIANT);
        assertRefused(net.submit(net.bank1, "AcceptPresentation", lcId, n), "NOT_USANCE");
        assertOk(net.submit(net.bank1, "Pay", lcId, n));
        assertThat(net.presentation(lcId, n).get("status").asText()).isEqualTo("PAID");
    }

    // ---- reaching a state
    // -------------------------------------------------------------------------------------

    private String reach(LcStatus state) {
        switch (state) {
            case APPLIED:
                return net.applied(90);
            case DECLINED:
                {
                    String lcId = net.applied(90);
                    assertOk(
                            net.submit(
                                    net.bank1,
                                    "Decline",
                                    lcId,
                                    "applicant's collateral insufficient"));
                    return lcId;
                }
            case ISSUED:
                return net.issued(90);
            case ADVISED:
                return net.advised(90);
            case USED:
                {
                    String lcId = net.advised(0);
                    int n = net.presented(lcId, AMOUNT);
                    assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
                    assertOk(net.examine(lcId, n));
                    assertOk(net.submit(net.bank1, "Pay", lcId, n));
                    return lcId;
                }
            case EXPIRED:
                {
                    String lcId = net.advised(90);
                    net.advanceTo(AFTER_EXPIRY);
                    assertOk(net.submit(net.a, "Expire", lcId));
                    net.advanceTo("2026-03-02");
                    return lcId;
                }
            case CANCELLED:
                {
                    String lcId = net.issued(90);
                    assertOk(net.submit(net.core, "ConsentToCancel", lcId));
                    assertOk(net.submit(net.a, "ConsentToCancel", lcId));
                    assertOk(net.submit(net.bank1, "ConsentToCancel", lcId));
                    return lcId;
                }
            case CLOSED:
                {
                    String lcId = reach(LcStatus.USED);
                    assertOk(net.submit(net.bank1, "Close", lcId));
                    return lcId;
                }
            default:
                throw new AssertionError(state);
        }
    }

    private int reach(String lcId, PresentationStatus state) {
        int n = net.presented(lcId, 40_000_000L);
        if (state == PresentationStatus.PRESENTED) {
            return n;
        }
        assertOk(net.submit(net.bank1, "ReceiveDocuments", lcId, n));
        switch (state) {
            case RECEIVED:
                return n;
            case DISCREPANT:
                assertOk(
                        net.examine(
                                lcId, n, "bill of lading dated after the latest shipment date"));
                return n;
            case REFUSED:
                assertOk(net.examine(lcId, n, "inspection certificate missing"));
                assertOk(net.submit(net.core, "RefuseDocuments", lcId, n));
                return n;
            default:
                break;
        }
        assertOk(net.examine(lcId, n));
        if (state == PresentationStatus.COMPLIANT) {
            return n;
        }
        if (json(net.evaluate(net.bank1, "GetTerms", lcId)).get("usanceDays").asInt() > 0) {
            assertOk(net.submit(net.bank1, "AcceptPresentation", lcId, n));
        }
        if (state == PresentationStatus.ACCEPTED) {
            return n;
        }
        net.advanceTo(AFTER_MATURITY);
        assertOk(net.submit(net.bank1, "Pay", lcId, n));
        net.advanceTo("2026-03-02");
        return n;
    }

    // ---- attempting an action
    // ---------------------------------------------------------------------------------

    /** Everything but the state: a pending amendment to decide, a date past expiry. */
    private void prepare(String lcId, LcStatus state, LcAction action) {
        boolean open = state == LcStatus.ISSUED || state == LcStatus.ADVISED;
        if ((action == LcAction.ACCEPT_AMENDMENT || action == LcAction.REJECT_AMENDMENT) && open) {
            assertOk(net.propose(lcId, Map.of("expiryDate", "2026-07-31")));
        }
        if (action == LcAction.EXPIRE) {
            net.advanceTo(AFTER_EXPIRY);
        }
    }

    private TxResult attempt(String lcId, LcAction action) {
        switch (action) {
            case DECLINE:
                return net.submit(net.bank1, "Decline", lcId, "not within the applicant's limits");
            case ISSUE:
                return net.submit(net.bank1, "Issue", lcId);
            case ADVISE:
                return net.submit(net.bank2, "Advise", lcId);
            case PROPOSE_AMENDMENT:
                return net.propose(lcId, Map.of("expiryDate", "2026-08-31"));
            case ACCEPT_AMENDMENT:
                return net.submit(net.a, "AcceptAmendment", lcId, "1");
            case REJECT_AMENDMENT:
                return net.submit(net.a, "RejectAmendment", lcId, "1");
            case PRESENT:
                return net.present(net.a, lcId, 10_000_000L);
            case EXPIRE:
                return net.submit(net.a, "Expire", lcId);
            case CONSENT_TO_CANCEL:
                return net.submit(net.core, "ConsentToCancel", lcId);
            case CLOSE:
                return net.submit(net.bank1, "Close", lcId);
            default:
                throw new AssertionError(action);
        }
    }

    /**
     * Everything but the state: a bank holding the claim, a transfer to acknowledge, a date past
     * maturity.
     */
    private void prepare(String lcId, int n, PresentationStatus state, PresentationAction action) {
        if ((action == PresentationAction.CONSENT_TO_TRANSFER
                        || action == PresentationAction.ACKNOWLEDGE_TRANSFER)
                && (state == PresentationStatus.COMPLIANT
                        || state == PresentationStatus.ACCEPTED)) {
            assertOk(net.negotiate(lcId, n, 39_000_000L));
        }
        if (action == PresentationAction.ACKNOWLEDGE_TRANSFER
                && state == PresentationStatus.ACCEPTED) {
            assertOk(
                    net.submit(
                            net.bank2,
                            "ConsentToClaimTransfer",
                            lcId,
                            Integer.toString(n),
                            "Bank1MSP",
                            "FF-TEST"));
        }
        if (action == PresentationAction.PAY) {
            net.advanceTo(AFTER_MATURITY);
        }
    }

    private TxResult attempt(String lcId, int n, PresentationAction action) {
        String number = Integer.toString(n);
        switch (action) {
            case RECEIVE:
                return net.submit(net.bank1, "ReceiveDocuments", lcId, n);
            case EXAMINE:
                return net.examine(lcId, n);
            case WAIVE:
                return net.submit(net.core, "WaiveDiscrepancies", lcId, n);
            case REFUSE:
                return net.submit(net.core, "RefuseDocuments", lcId, n);
            case ACCEPT:
                return net.submit(net.bank1, "AcceptPresentation", lcId, n);
            case NEGOTIATE:
                return net.negotiate(lcId, n, 39_000_000L);
            case PAY:
                return net.submit(net.bank1, "Pay", lcId, n);
            case CONSENT_TO_TRANSFER:
                return net.submit(
                        net.bank2, "ConsentToClaimTransfer", lcId, number, "Bank1MSP", "FF-TEST");
            case ACKNOWLEDGE_TRANSFER:
                return net.submit(net.bank1, "AcknowledgeClaimTransfer", lcId, number, "FF-TEST");
            default:
                throw new AssertionError(action);
        }
    }

    private static void lcRow(LcStatus state, String... outcomes) {
        LcAction[] actions = {
            LcAction.DECLINE,
            LcAction.ISSUE,
            LcAction.ADVISE,
            LcAction.PROPOSE_AMENDMENT,
            LcAction.ACCEPT_AMENDMENT,
            LcAction.REJECT_AMENDMENT,
            LcAction.PRESENT,
            LcAction.EXPIRE,
            LcAction.CONSENT_TO_CANCEL,
            LcAction.CLOSE
        };
        Map<LcAction, String> row = new EnumMap<>(LcAction.class);
        for (int i = 0; i < actions.length; i++) {
            row.put(actions[i], outcomes[i]);
        }
        LC_TABLE.put(state, row);
    }

    private static void pRow(PresentationStatus state, String... outcomes) {
        PresentationAction[] actions = PresentationAction.values();
        Map<PresentationAction, String> row = new EnumMap<>(PresentationAction.class);
        for (int i = 0; i < actions.length; i++) {
            row.put(actions[i], outcomes[i]);
        }
        USANCE_TABLE.put(state, row);
    }
}
