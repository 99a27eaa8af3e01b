package io.tradechain.letterofcredit;

import static io.tradechain.letterofcredit.LcNetwork.A;
import static io.tradechain.letterofcredit.LcNetwork.CORE;
import static io.tradechain.letterofcredit.LcNetwork.OUTSIDER;
import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ListLcs, the letter-of-credit chaincode's list function, for each kind of caller against crafted
 * bookmarks: raw keys of every object type and of other participants, NUL, cursors handed out for
 * another participant's list, valid cursors of other object types. Each is refused with
 * INVALID_CURSOR (never another participant's L/Cs); following the real cursors still visits every
 * L/C exactly once.
 */
class ListingCursorTest {
    private static final LcNetwork NET = new LcNetwork();
    private static final List<String> TO_A = new ArrayList<>();
    private static final List<String> TO_OUTSIDER = new ArrayList<>();
    private static final List<String> TYPES =
            List.of(
                    "lc",
                    "lcpres",
                    "lcstep",
                    "lcby",
                    "lcterms",
                    "lcamend",
                    "lcpresdet",
                    "idempotency",
                    "party",
                    "",
                    "l");

    static {
        for (int i = 0; i < 3; i++) {
            TO_A.add(NET.applied(30 + i));
        }
        for (int i = 0; i < 2; i++) {
            Map<String, Object> application =
                    new java.util.LinkedHashMap<>(LcNetwork.application(60 + i));
            application.put("beneficiaryCode", OUTSIDER);
            TO_OUTSIDER.add(json(assertOk(NET.apply(application))).get("lcId").asText());
        }
    }

    record Listing(
            String name,
            Identity who,
            String participant,
            String scope,
            Set<String> lcs,
            Identity otherWho,
            String otherParticipant) {
        ListCall call() {
            return bm -> NET.evaluate(who, "ListLcs", participant, "1", bm);
        }

        ListCall all() {
            return bm -> NET.evaluate(who, "ListLcs", participant, "200", bm);
        }

        ListCall other() {
            return bm -> NET.evaluate(otherWho, "ListLcs", otherParticipant, "1", bm);
        }

        java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> mine() {
            return row -> lcs.contains(row.get("lcId").asText());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        Set<String> all = new java.util.HashSet<>(TO_A);
        all.addAll(TO_OUTSIDER);
        return Stream.of(
                new Listing(
                        "ListLcs as the beneficiary A",
                        NET.a,
                        "",
                        A,
                        Set.copyOf(TO_A),
                        NET.outsider,
                        ""),
                // a named participant is ignored for an enterprise: it sees its own
                new Listing(
                        "ListLcs as A naming the outsider",
                        NET.a,
                        OUTSIDER,
                        A,
                        Set.copyOf(TO_A),
                        NET.outsider,
                        ""),
                new Listing(
                        "ListLcs as the outsider",
                        NET.outsider,
                        "",
                        OUTSIDER,
                        Set.copyOf(TO_OUTSIDER),
                        NET.a,
                        ""),
                new Listing(
                        "ListLcs as the regulator for A",
                        NET.regulator,
                        A,
                        A,
                        Set.copyOf(TO_A),
                        NET.regulator,
                        OUTSIDER),
                new Listing(
                        "ListLcs as the advising bank",
                        NET.bank2,
                        "",
                        Organisations.BANK2_MSP,
                        Set.copyOf(all),
                        NET.a,
                        ""));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes =
                new ArrayList<>(
                        List.of(
                                A,
                                CORE,
                                OUTSIDER,
                                Organisations.BANK1_MSP,
                                Organisations.BANK2_MSP,
                                Organisations.CORP_MSP,
                                Organisations.REGULATOR_MSP));
        attributes.addAll(TO_A);
        attributes.addAll(TO_OUTSIDER);
        List<String> crafted = new ArrayList<>(HostileBookmarks.crafted(TYPES, attributes));
        crafted.addAll(HostileBookmarks.cursorsOfTypes(TYPES.subList(0, 7)));
        for (String participant :
                List.of(A, OUTSIDER, CORE, Organisations.BANK1_MSP, Organisations.BANK2_MSP)) {
            crafted.add(
                    HostileBookmarks.cursor(
                            new CompositeKey("lcby", participant),
                            new CompositeKey("lcby", participant, "0").toString()));
        }
        return HostileBookmarks.pairs(listings(), crafted, ListingCursorTest::ownScope);
    }

    private static List<String> ownScope(Listing listing) {
        return List.of("lcby", listing.scope());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(), listing.call(), bookmark, listing.mine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherParticipantsListAreRefused(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another participant's", listing.call(), listing.other());
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryLcOnce(Listing listing) {
        List<String> paged =
                HostileBookmarks.assertPagesAreTheWholeList(
                        listing.call(),
                        listing.all(),
                        row -> row.get("lcId").asText(),
                        listing.mine());
        assertThat(paged).containsExactlyInAnyOrderElementsOf(listing.lcs());
    }
}
