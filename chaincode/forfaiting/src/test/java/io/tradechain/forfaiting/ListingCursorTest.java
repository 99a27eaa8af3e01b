package io.tradechain.forfaiting;

import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.letterofcredit.LcNetwork;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ListOffers, the forfaiting chaincode's list function, against crafted bookmarks: raw keys of
 * every object type (claims, quotes, the market's private elements), NUL, valid cursors of other
 * object types' lists and of one offer's quotes. Each is refused with INVALID_CURSOR (never a row
 * that is not an offer); following the real cursors still visits every offer exactly once.
 */
class ListingCursorTest {
    private static final LcNetwork NET = new LcNetwork();
    private static final List<String> OFFERS = new ArrayList<>();
    private static final List<String> TYPES =
            List.of(
                    "ffoffer",
                    "ffclaim",
                    "ffquote",
                    "ffofferinfo",
                    "ffquoteterms",
                    "lc",
                    "idempotency",
                    "",
                    "f");
    private static String lcId;

    static {
        NET.deployRegistered(ChaincodeNames.FORFAITING);
        lcId = NET.advised(90);
        int n = NET.presented(lcId, 50_000_000L);
        assertOk(NET.submit(NET.bank1, "ReceiveDocuments", lcId, n));
        assertOk(NET.examine(lcId, n));
        assertOk(NET.submit(NET.bank1, "AcceptPresentation", lcId, n));
        assertOk(NET.negotiate(lcId, 1, 49_000_000L));
        for (int i = 0; i < 3; i++) {
            String offerId =
                    json(assertOk(
                                    NET.ledger.submit(
                                            Invocation.builder(
                                                            NET.bank2, "forfaiting", "PublishOffer")
                                                    .args(lcId, "1")
                                                    .transientData(
                                                            "offer",
                                                            CanonicalJson.toJson(
                                                                    Map.of("contact", "desk " + i)))
                                                    .build())))
                            .get("offerId")
                            .asText();
            OFFERS.add(offerId);
            assertOk(
                    NET.ledger.submit(
                            Invocation.builder(NET.bank1, "forfaiting", "SubmitQuote")
                                    .args(offerId)
                                    .transientData(
                                            "quote",
                                            CanonicalJson.toJson(
                                                    Map.of(
                                                            "discountRateBp",
                                                            300,
                                                            "price",
                                                            Map.of(
                                                                    "currency",
                                                                    "CNY",
                                                                    "minorUnits",
                                                                    49_000_000L))))
                                    .build()));
            if (i < 2) {
                assertOk(
                        NET.ledger.submit(
                                Invocation.of(NET.bank2, "forfaiting", "WithdrawOffer", offerId)));
            }
        }
    }

    record Listing(String name, Identity who) {
        ListCall call() {
            return bm ->
                    NET.ledger.evaluate(Invocation.of(who, "forfaiting", "ListOffers", "1", bm));
        }

        ListCall all() {
            return bm ->
                    NET.ledger.evaluate(Invocation.of(who, "forfaiting", "ListOffers", "200", bm));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        return Stream.of(
                new Listing("ListOffers as a buying bank", NET.bank1),
                new Listing("ListOffers as the regulator", NET.regulator));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes =
                new ArrayList<>(
                        List.of(lcId, "1", Organisations.BANK1_MSP, Organisations.BANK2_MSP));
        attributes.addAll(OFFERS);
        List<String> crafted = new ArrayList<>(HostileBookmarks.crafted(TYPES, attributes));
        crafted.addAll(HostileBookmarks.cursorsOfTypes(TYPES.subList(1, 6)));
        crafted.add(
                HostileBookmarks.cursor(
                        new CompositeKey("ffquote", OFFERS.get(0)),
                        new CompositeKey("ffquote", OFFERS.get(0), "q").toString()));
        crafted.add(
                HostileBookmarks.cursor(
                        new CompositeKey("ffoffer", OFFERS.get(0)),
                        new CompositeKey("ffoffer", OFFERS.get(0), "q").toString()));
        return HostileBookmarks.pairs(listings(), crafted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(),
                listing.call(),
                bookmark,
                row -> OFFERS.contains(row.path("offerId").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void aChangedCursorIsRefusedAndTheRealOneWorks(Listing listing) {
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(),
                listing.call(),
                row -> OFFERS.contains(row.path("offerId").asText()),
                5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryOfferOnce(Listing listing) {
        List<String> paged =
                HostileBookmarks.assertPagesAreTheWholeList(
                        listing.call(),
                        listing.all(),
                        row -> row.get("offerId").asText(),
                        row -> OFFERS.contains(row.path("offerId").asText()));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(OFFERS);
    }
}
