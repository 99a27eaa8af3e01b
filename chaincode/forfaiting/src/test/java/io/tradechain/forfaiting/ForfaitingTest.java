package io.tradechain.forfaiting;

import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.assertRefused;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.letterofcredit.LcNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forfaiting on the real L/C chaincode: Bank1 issued a 90-day usance L/C for CoreCo in favour of
 * Supplier A; Bank2 advised it, negotiated A's accepted presentation (CNY 500,000.00, maturing
 * 2026-05-31) and holds the claim.
 */
class ForfaitingTest {
    private static final String AGREEMENT = "a".repeat(64);
    private static final String NOTICE = "b".repeat(64);

    private final LcNetwork net = new LcNetwork();
    private String lcId;

    @BeforeEach
    void claimHeldByBank2() {
        net.deployRegistered(ChaincodeNames.FORFAITING);
        lcId = acceptedPresentation();
        assertOk(net.negotiate(lcId, 1, 49_000_000L));
    }

    @Test
    void scenario9OfferTwoQuotesOneAcceptedTransferAcknowledgedPaidToTheBuyer() {
        String offerId = publish(net.bank2, lcId);
        String first = quote(net.bank1, offerId, 320, 49_200_000L);
        String second = quote(net.bank1, offerId, 295, 49_300_000L);
        assertThat(offer(net.bank2, offerId).get("offer").get("quotes").asInt()).isEqualTo(2);
        assertOk(submit(net.bank2, "AcceptQuote", offerId, second));
        assertThat(quoteStatus(net.bank2, offerId, first)).isEqualTo("LAPSED");
        assertThat(quoteStatus(net.bank2, offerId, second)).isEqualTo("ACCEPTED");
        assertOk(confirm(net.bank2, offerId, AGREEMENT, NOTICE));
        assertThat(claim().get("pendingTransferTo").asText()).isEqualTo("Bank1MSP");
        assertOk(confirm(net.bank1, offerId, AGREEMENT, NOTICE));
        assertThat(offer(net.bank1, offerId).get("offer").get("status").asText())
                .isEqualTo("CONFIRMED");
        assertOk(submit(net.bank1, "AcknowledgeTransfer", offerId));
        JsonNode offer = offer(net.regulator, offerId).get("offer");
        assertThat(offer.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(offer.get("buyerMsp").asText()).isEqualTo("Bank1MSP");
        assertThat(offer.get("agreementHash").asText()).isEqualTo(AGREEMENT);
        assertThat(claim().get("claimHolder").asText()).isEqualTo("Bank1MSP");
        net.advanceTo("2026-05-31");
        assertOk(net.submit(net.bank1, "Pay", lcId, 1));
        assertThat(net.presentation(lcId, 1).get("paidTo").asText()).isEqualTo("Bank1MSP");
        assertRefused(publish(net.bank1, lcId, "desk@bank1"), "CLAIM_NOT_AVAILABLE");
    }

    @Test
    void aClaimIsOnOfferOnceAtATimeAndOnlyByItsHolder() {
        assertRefused(publish(net.bank1, lcId, "desk@bank1"), "NOT_CLAIM_HOLDER");
        assertThat(publish(net.bank1, lcId, "desk@bank1").message())
                .contains("[FORBIDDEN/NOT_CLAIM_HOLDER]");
        assertRefused(publish(net.core, lcId, "treasury@coreco"), "WRONG_ORGANISATION");
        assertRefused(publish(net.regulator, lcId, "supervision"), "READ_ONLY_ORGANISATION");
        String offerId = publish(net.bank2, lcId);
        assertRefused(publish(net.bank2, lcId, "desk@bank2"), "CLAIM_ALREADY_OFFERED");
        assertRefused(submit(net.bank1, "WithdrawOffer", offerId), "NOT_ALLOWED_FOR_ROLE");
        assertOk(submit(net.bank2, "WithdrawOffer", offerId));
        assertOk(publish(net.bank2, lcId, "desk@bank2"));
    }

    @Test
    void onlyAnAcceptedUnpaidClaimBeforeMaturityIsOffered() {
        String sight = net.advised(0);
        int n = net.presented(sight, 10_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", sight, n));
        assertOk(net.examine(sight, n));
        assertOk(net.negotiate(sight, n, 9_900_000L));
        assertRefused(
                publish(net.bank2, sight, n, "desk@bank2"),
                "CLAIM_NOT_AVAILABLE"); // COMPLIANT, not accepted
        net.advanceTo("2026-05-31");
        assertRefused(publish(net.bank2, lcId, "desk@bank2"), "CLAIM_NOT_AVAILABLE"); // due today
    }

    @Test
    void aBlacklistedApplicantOrBeneficiaryStopsTheSale() {
        String report = net.blacklist(LcNetwork.A);
        assertRefused(publish(net.bank2, lcId, "desk@bank2"), "PARTY_BLACKLISTED");
        net.delist(report);
        String offerId = publish(net.bank2, lcId);
        String quoteId = quote(net.bank1, offerId, 300, 49_000_000L);
        net.blacklist(LcNetwork.CORE);
        assertRefused(submit(net.bank2, "AcceptQuote", offerId, quoteId), "PARTY_BLACKLISTED");
    }

    @Test
    void quotesAreCheckedAndPrivateBetweenTheTwoBanks() {
        String offerId = publish(net.bank2, lcId);
        assertRefused(quoteTx(net.bank2, offerId, 300, 49_000_000L), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(quoteTx(net.bank1, offerId, 300, 50_000_001L), "INVALID_ARGUMENT");
        assertRefused(quoteTx(net.bank1, offerId, 10_001, 49_000_000L), "INVALID_ARGUMENT");
        assertRefused(quoteTx(net.core, offerId, 300, 49_000_000L), "WRONG_ORGANISATION");
        String quoteId = quote(net.bank1, offerId, 300, 49_000_000L);
        assertThat(
                        json(assertOk(evaluate(net.bank2, "GetQuote", offerId, quoteId)))
                                .get("terms")
                                .get("price")
                                .get("minorUnits")
                                .asLong())
                .isEqualTo(49_000_000L);
        assertOk(evaluate(net.regulator, "GetQuote", offerId, quoteId));
        assertRefused(evaluate(net.core, "GetQuote", offerId, quoteId), "ACCESS_DENIED");
        assertRefused(evaluate(net.core, "GetOffer", offerId), "ACCESS_DENIED");
        assertThat(json(assertOk(evaluate(net.bank1, "ListQuotes", offerId)))).hasSize(1);
        // the public record shows who quoted, never the price
        assertThat(new String(assertOk(quoteTx(net.bank1, offerId, 290, 49_100_000L)).payload()))
                .doesNotContain("49100000");
    }

    @Test
    void theTransferNeedsBothBanksOnTheSameDocumentsAndTheIssuingBanksAcknowledgement() {
        String offerId = publish(net.bank2, lcId);
        String quoteId = quote(net.bank1, offerId, 300, 49_000_000L);
        assertRefused(submit(net.bank1, "AcceptQuote", offerId, quoteId), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(confirm(net.bank2, offerId, AGREEMENT, NOTICE), "OFFER_STATE_CONFLICT");
        assertOk(submit(net.bank2, "AcceptQuote", offerId, quoteId));
        assertRefused(submit(net.bank2, "AcceptQuote", offerId, quoteId), "OFFER_STATE_CONFLICT");
        assertRefused(quoteTx(net.bank1, offerId, 280, 49_500_000L), "OFFER_STATE_CONFLICT");
        assertOk(confirm(net.bank1, offerId, AGREEMENT, NOTICE));
        assertRefused(confirm(net.bank1, offerId, AGREEMENT, NOTICE), "ALREADY_CONFIRMED");
        assertRefused(
                confirm(net.bank2, offerId, AGREEMENT, "c".repeat(64)),
                "TRANSFER_DOCUMENTS_MISMATCH");
        assertRefused(submit(net.bank1, "AcknowledgeTransfer", offerId), "OFFER_STATE_CONFLICT");
        assertOk(confirm(net.bank2, offerId, AGREEMENT, NOTICE));
        assertRefused(submit(net.bank2, "AcknowledgeTransfer", offerId), "NOT_ALLOWED_FOR_ROLE");
        assertRefused(
                submit(net.regulator, "AcknowledgeTransfer", offerId), "READ_ONLY_ORGANISATION");
        assertOk(submit(net.bank1, "AcknowledgeTransfer", offerId));
        assertThat(claim().get("claimHolder").asText()).isEqualTo("Bank1MSP");
    }

    @Test
    void theBuyerMaySellOn() {
        String offerId = publish(net.bank2, lcId);
        complete(offerId, quote(net.bank1, offerId, 300, 49_000_000L), net.bank2, net.bank1);
        String onward = publish(net.bank1, lcId);
        complete(onward, quote(net.bank2, onward, 250, 49_400_000L), net.bank1, net.bank2);
        assertThat(claim().get("claimHolder").asText()).isEqualTo("Bank2MSP");
        List<String> statuses = new ArrayList<>();
        json(assertOk(evaluate(net.regulator, "ListOffers", "10", "")))
                .get("items")
                .forEach(o -> statuses.add(o.get("status").asText()));
        assertThat(statuses).containsExactly("COMPLETED", "COMPLETED");
    }

    // ---- the offer's state machine as a table
    // -------------------------------------------------------------------

    /**
     * The offer's actions, each attempted by its rightful actor (Bank2 sells, Bank1 quotes, buys
     * and issued the L/C).
     */
    enum OfferAction {
        QUOTE,
        ACCEPT_QUOTE,
        CONFIRM_TRANSFER,
        ACKNOWLEDGE,
        WITHDRAW
    }

    private static final String OK = "OK";
    private static final String CONFLICT = "OFFER_STATE_CONFLICT";

    /**
     * Offer states down, actions across: the outcome of each cell, written from docs/domain.md
     * section 4 (quotes and withdrawal while open, one quote accepted, both banks confirm, the
     * issuing bank acknowledges), not read off the chaincode.
     */
    private static final Map<OfferStatus, List<String>> OFFER_TABLE =
            Map.of(
                    //                      QUOTE     ACCEPT    CONFIRM   ACKNOWLEDGE WITHDRAW
                    OfferStatus.OPEN, List.of(OK, OK, CONFLICT, CONFLICT, OK),
                    OfferStatus.AGREED, List.of(CONFLICT, CONFLICT, OK, CONFLICT, CONFLICT),
                    OfferStatus.CONFIRMED, List.of(CONFLICT, CONFLICT, CONFLICT, OK, CONFLICT),
                    OfferStatus.COMPLETED,
                            List.of(CONFLICT, CONFLICT, CONFLICT, CONFLICT, CONFLICT),
                    OfferStatus.WITHDRAWN,
                            List.of(CONFLICT, CONFLICT, CONFLICT, CONFLICT, CONFLICT));

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> offerCells() {
        List<org.junit.jupiter.params.provider.Arguments> cells = new ArrayList<>();
        for (OfferStatus state : OfferStatus.values()) {
            for (OfferAction action : OfferAction.values()) {
                cells.add(
                        org.junit.jupiter.params.provider.Arguments.of(
                                state, action, OFFER_TABLE.get(state).get(action.ordinal())));
            }
        }
        return cells.stream();
    }

    @Test
    void theOfferTableCoversEveryStateAndAction() {
        assertThat(OFFER_TABLE).hasSize(OfferStatus.values().length);
        OFFER_TABLE.values().forEach(row -> assertThat(row).hasSize(OfferAction.values().length));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "offer {0} + {1} -> {2}")
    @org.junit.jupiter.params.provider.MethodSource("offerCells")
    void offerAction(OfferStatus state, OfferAction action, String outcome) {
        String offerId = publish(net.bank2, lcId);
        String quoteId = quote(net.bank1, offerId, 300, 49_000_000L);
        reach(offerId, quoteId, state);
        JsonNode before = offer(net.regulator, offerId).get("offer");
        assertThat(before.get("status").asText()).isEqualTo(state.name());

        TxResult result =
                switch (action) {
                    case QUOTE -> quoteTx(net.bank1, offerId, 290, 49_100_000L);
                    case ACCEPT_QUOTE -> submit(net.bank2, "AcceptQuote", offerId, quoteId);
                    case CONFIRM_TRANSFER -> confirm(net.bank2, offerId, AGREEMENT, NOTICE);
                    case ACKNOWLEDGE -> submit(net.bank1, "AcknowledgeTransfer", offerId);
                    case WITHDRAW -> submit(net.bank2, "WithdrawOffer", offerId);
                };
        if (OK.equals(outcome)) {
            assertOk(result);
        } else {
            assertRefused(result, outcome);
            assertThat(offer(net.regulator, offerId).get("offer"))
                    .as("a refused action changes nothing")
                    .isEqualTo(before);
        }
    }

    /** Moves a fresh open offer with one quote to the given state by the regular path. */
    private void reach(String offerId, String quoteId, OfferStatus state) {
        switch (state) {
            case OPEN -> {}
            case WITHDRAWN -> assertOk(submit(net.bank2, "WithdrawOffer", offerId));
            case AGREED -> assertOk(submit(net.bank2, "AcceptQuote", offerId, quoteId));
            case CONFIRMED -> {
                assertOk(submit(net.bank2, "AcceptQuote", offerId, quoteId));
                assertOk(confirm(net.bank1, offerId, AGREEMENT, NOTICE));
                assertOk(confirm(net.bank2, offerId, AGREEMENT, NOTICE));
            }
            case COMPLETED -> complete(offerId, quoteId, net.bank2, net.bank1);
        }
    }

    // ---- helpers
    // --------------------------------------------------------------------------------------------

    private void complete(String offerId, String quoteId, Identity seller, Identity buyer) {
        assertOk(submit(seller, "AcceptQuote", offerId, quoteId));
        assertOk(confirm(seller, offerId, AGREEMENT, NOTICE));
        assertOk(confirm(buyer, offerId, AGREEMENT, NOTICE));
        assertOk(submit(net.bank1, "AcknowledgeTransfer", offerId));
    }

    private String acceptedPresentation() {
        String id = net.advised(90);
        int n = net.presented(id, 50_000_000L);
        assertOk(net.submit(net.bank1, "ReceiveDocuments", id, n));
        assertOk(net.examine(id, n));
        assertOk(net.submit(net.bank1, "AcceptPresentation", id, n));
        return id;
    }

    private JsonNode claim() {
        return json(assertOk(net.evaluate(net.regulator, "GetClaim", lcId, "1")));
    }

    private String publish(Identity who, String lc) {
        return json(assertOk(publish(who, lc, "forfaiting desk, +86 21 5555 0101")))
                .get("offerId")
                .asText();
    }

    private TxResult publish(Identity who, String lc, String contact) {
        return publish(who, lc, 1, contact);
    }

    private TxResult publish(Identity who, String lc, int n, String contact) {
        return net.ledger.submit(
                Invocation.builder(who, "forfaiting", "PublishOffer")
                        .args(lc, Integer.toString(n))
                        .transientData("offer", CanonicalJson.toJson(Map.of("contact", contact)))
                        .build());
    }

    private TxResult quoteTx(Identity bank, String offerId, int rateBp, long price) {
        return net.ledger.submit(
                Invocation.builder(bank, "forfaiting", "SubmitQuote")
                        .args(offerId)
                        .transientData(
                                "quote",
                                CanonicalJson.toJson(
                                        Map.of(
                                                "discountRateBp",
                                                rateBp,
                                                "price",
                                                Map.of("currency", "CNY", "minorUnits", price))))
                        .build());
    }

    private String quote(Identity bank, String offerId, int rateBp, long price) {
        return json(assertOk(quoteTx(bank, offerId, rateBp, price))).get("quoteId").asText();
    }

    private TxResult confirm(Identity bank, String offerId, String agreement, String notice) {
        return net.ledger.submit(
                Invocation.builder(bank, "forfaiting", "ConfirmTransfer")
                        .args(offerId)
                        .transientData(
                                "transfer",
                                CanonicalJson.toJson(
                                        Map.of("agreementHash", agreement, "noticeHash", notice)))
                        .build());
    }

    private String quoteStatus(Identity who, String offerId, String quoteId) {
        return json(assertOk(evaluate(who, "GetQuote", offerId, quoteId))).get("status").asText();
    }

    private JsonNode offer(Identity who, String offerId) {
        return json(assertOk(evaluate(who, "GetOffer", offerId)));
    }

    private TxResult submit(Identity who, String function, String... args) {
        return net.ledger.submit(Invocation.of(who, "forfaiting", function, args));
    }

    private TxResult evaluate(Identity who, String function, String... args) {
        return net.ledger.evaluate(Invocation.of(who, "forfaiting", function, args));
    }
}
