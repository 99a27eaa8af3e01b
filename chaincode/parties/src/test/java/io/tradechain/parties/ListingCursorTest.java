package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.BANK1;
import static io.tradechain.parties.PartyLedger.CORE_CO;
import static io.tradechain.parties.PartyLedger.SUPPLIER_A;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list function of the party registry against crafted bookmarks: raw keys of every object
 * type and of other parties, NUL, cursors handed out for another party's or another kind's list or
 * by the other list function. Each is refused with INVALID_CURSOR (never a row outside the caller's
 * list); following the real cursors still visits every row exactly once.
 */
class ListingCursorTest {
    private static final PartyLedger NET = new PartyLedger();
    private static final List<String> TYPES =
            List.of("party", "binding", "party~kind", "party~identity", "idempotency", "", "p");
    private static final List<String> CODES = new ArrayList<>();

    static {
        NET.registered(NET.corpAdmin, CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        NET.registered(NET.corpAdmin, SUPPLIER_A, "Supplier A", PartyKind.SUPPLIER);
        NET.registered(NET.bank1Admin, BANK1, "Bank One", PartyKind.BANK);
        NET.registered(NET.bank2Admin, PartyLedger.BANK2, "Bank Two", PartyKind.BANK);
        String core2 = "91310000MA1K00000";
        NET.registered(
                NET.corpAdmin,
                core2.substring(0, 17)
                        + io.tradechain.chaincode.common.CreditCode.checkCharacter(
                                core2.substring(0, 17)),
                "CoreCo Two",
                PartyKind.CORE_ENTERPRISE);
        for (int i = 0; i < 3; i++) {
            String first17 = String.format("91440300MA5%06d", 700 + i);
            String code =
                    first17 + io.tradechain.chaincode.common.CreditCode.checkCharacter(first17);
            CODES.add(code);
            NET.registered(NET.corpAdmin, code, "Supplier " + i, PartyKind.SUPPLIER);
        }
        NET.bound(NET.corpAdmin, CORE_CO, NET.corpClerk);
        NET.bound(NET.corpAdmin, CORE_CO, NET.corpClerk2);
        NET.bound(
                NET.corpAdmin,
                CORE_CO,
                NET.ledger.msp(Organisations.CORP_MSP).client("coreco-third"));
        NET.bound(NET.bank1Admin, BANK1, NET.bank1Clerk);
        NET.bound(
                NET.bank1Admin,
                BANK1,
                NET.ledger.msp(Organisations.BANK1_MSP).client("bank1-second"));
    }

    record Listing(
            String name,
            ListCall call,
            Predicate<JsonNode> mine,
            ListCall otherScope,
            ListCall otherList,
            String id,
            ListCall all) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ListCall parties(Identity who, String kind) {
        return bm -> NET.evaluate(who, "ListParties", kind, "1", bm);
    }

    private static ListCall identities(Identity who, String code) {
        return bm -> NET.evaluate(who, "ListIdentities", code, "1", bm);
    }

    private static ListCall all(Identity who, String function, String scope) {
        return bm -> NET.evaluate(who, function, scope, "200", bm);
    }

    static Stream<Listing> listings() {
        return Stream.of(
                new Listing(
                        "ListParties of suppliers",
                        parties(NET.corpClerk, "SUPPLIER"),
                        row -> row.get("kind").asText().equals("SUPPLIER"),
                        parties(NET.corpClerk, "BANK"),
                        identities(NET.corpClerk, CORE_CO),
                        "creditCode",
                        all(NET.corpClerk, "ListParties", "SUPPLIER")),
                new Listing(
                        "ListParties of core enterprises",
                        parties(NET.regulatorClerk, "CORE_ENTERPRISE"),
                        row -> row.get("kind").asText().equals("CORE_ENTERPRISE"),
                        parties(NET.regulatorClerk, "SUPPLIER"),
                        identities(NET.regulatorClerk, BANK1),
                        "creditCode",
                        all(NET.regulatorClerk, "ListParties", "CORE_ENTERPRISE")),
                new Listing(
                        "ListParties of every kind",
                        parties(NET.regulatorClerk, ""),
                        row -> row.has("kind"),
                        parties(NET.regulatorClerk, "SUPPLIER"),
                        identities(NET.regulatorClerk, CORE_CO),
                        "creditCode",
                        all(NET.regulatorClerk, "ListParties", "")),
                new Listing(
                        "ListIdentities of CoreCo",
                        identities(NET.corpClerk, CORE_CO),
                        row -> row.get("creditCode").asText().equals(CORE_CO),
                        identities(NET.bank1Clerk, BANK1),
                        parties(NET.corpClerk, "SUPPLIER"),
                        "clientId",
                        all(NET.corpClerk, "ListIdentities", CORE_CO)),
                new Listing(
                        "ListIdentities of Bank One",
                        identities(NET.bank1Clerk, BANK1),
                        row -> row.get("creditCode").asText().equals(BANK1),
                        identities(NET.corpClerk, CORE_CO),
                        parties(NET.bank1Clerk, ""),
                        "clientId",
                        all(NET.bank1Clerk, "ListIdentities", BANK1)));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes =
                new ArrayList<>(
                        List.of(
                                CORE_CO,
                                SUPPLIER_A,
                                BANK1,
                                "SUPPLIER",
                                "BANK",
                                "CORE_ENTERPRISE",
                                Organisations.CORP_MSP,
                                Organisations.BANK1_MSP,
                                Hashes.sha256Hex(NET.corpClerk.clientId()),
                                Hashes.sha256Hex(NET.bank1Clerk.clientId())));
        attributes.addAll(CODES);
        List<String> crafted = HostileBookmarks.crafted(TYPES, attributes);
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
    void cursorsOfAnotherScopeOrAnotherListFunctionAreRefused(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another scope's", listing.call(), listing.otherScope());
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another list's", listing.call(), listing.otherList());
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryRowOnce(Listing listing) {
        HostileBookmarks.assertPagesAreTheWholeList(
                listing.call(),
                listing.all(),
                row -> row.get(listing.id()).asText(),
                listing.mine());
    }
}
