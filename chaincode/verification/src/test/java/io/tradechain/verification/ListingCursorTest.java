package io.tradechain.verification;

import static io.tradechain.verification.VerificationNetwork.EXPORTER;
import static io.tradechain.verification.VerificationNetwork.SELLER;
import static io.tradechain.verification.VerificationNetwork.assertOk;
import static io.tradechain.verification.VerificationNetwork.declaration;
import static io.tradechain.verification.VerificationNetwork.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Identity;
import io.tradechain.testkit.HostileBookmarks;
import io.tradechain.testkit.HostileBookmarks.ListCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ListDocuments, the verification chaincode's list function, against crafted bookmarks: raw keys of
 * every object type and of other owners, NUL, cursors handed out for another owner's list, valid
 * cursors of other object types' lists. Each is refused with INVALID_CURSOR (never another owner's
 * documents); following the real cursors still visits every document exactly once.
 */
class ListingCursorTest {
    private static final VerificationNetwork NET = new VerificationNetwork();
    private static final String SELLER_HASH = OwnerHash.of(SELLER);
    private static final String EXPORTER_HASH = OwnerHash.of(EXPORTER);
    private static final List<String> TYPES =
            List.of(
                    VerificationState.DOCUMENT,
                    VerificationState.LOCK,
                    VerificationState.BACKING,
                    VerificationState.AUTHORISATION,
                    VerificationState.OWNER_INDEX,
                    VerificationState.FIELD_CLASS,
                    VerificationState.RECORD,
                    "idempotency",
                    "party",
                    "",
                    "v");
    private static final List<String> DOCUMENTS = new ArrayList<>();

    static {
        for (int i = 0; i < 4; i++) {
            DOCUMENTS.add(NET.registered(invoice("0327190" + i)));
        }
        for (int i = 0; i < 3; i++) {
            DOCUMENTS.add(
                    VerificationNetwork.json(
                                    assertOk(
                                            NET.registerDeclaration(
                                                    NET.taxOfficer,
                                                    declaration("22302026100000000" + i))))
                            .get("documentId")
                            .asText());
        }
        assertOk(NET.authorise(NET.sellerClerk, "Bank2MSP", "2026-04-09"));
    }

    record Listing(String name, Identity who, String owner, String ownerHash, String otherOwner) {
        ListCall call() {
            return bm ->
                    NET.ledger.evaluate(
                            io.tradechain.ledger.Invocation.of(
                                    who, "verification", "ListDocuments", owner, "1", bm));
        }

        ListCall all() {
            return bm ->
                    NET.ledger.evaluate(
                            io.tradechain.ledger.Invocation.of(
                                    who, "verification", "ListDocuments", owner, "200", bm));
        }

        ListCall otherOwners() {
            return bm ->
                    NET.ledger.evaluate(
                            io.tradechain.ledger.Invocation.of(
                                    NET.taxOfficer,
                                    "verification",
                                    "ListDocuments",
                                    otherOwner,
                                    "1",
                                    bm));
        }

        Predicate<JsonNode> mine() {
            return row -> row.get("ownerHash").asText().equals(ownerHash);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Listing> listings() {
        return Stream.of(
                new Listing(
                        "ListDocuments of the seller as the authority",
                        NET.taxOfficer,
                        SELLER,
                        SELLER_HASH,
                        EXPORTER),
                new Listing(
                        "ListDocuments of the seller as an authorised bank",
                        NET.bank2,
                        SELLER,
                        SELLER_HASH,
                        EXPORTER),
                new Listing(
                        "ListDocuments of the exporter as the regulator",
                        NET.regulator,
                        EXPORTER,
                        EXPORTER_HASH,
                        SELLER));
    }

    static Stream<Arguments> hostile() {
        List<String> attributes =
                new ArrayList<>(
                        List.of(
                                SELLER,
                                EXPORTER,
                                SELLER_HASH,
                                EXPORTER_HASH,
                                "Bank2MSP",
                                "Bank1MSP",
                                "INVOICE",
                                "CUSTOMS_DECLARATION"));
        attributes.addAll(DOCUMENTS);
        List<String> crafted = new ArrayList<>(HostileBookmarks.crafted(TYPES, attributes));
        // valid cursors, with correct checks, of other lists: other object types, the owner index
        // unscoped
        for (String type : TYPES.subList(0, 7)) {
            crafted.addAll(HostileBookmarks.cursorsOfTypes(List.of(type)));
            crafted.add(
                    HostileBookmarks.cursor(
                            new CompositeKey(type, SELLER_HASH),
                            new CompositeKey(type, SELLER_HASH, DOCUMENTS.get(0)).toString()));
        }
        crafted.add(
                HostileBookmarks.cursor(
                        new CompositeKey(VerificationState.OWNER_INDEX, EXPORTER_HASH),
                        new CompositeKey(
                                        VerificationState.OWNER_INDEX,
                                        EXPORTER_HASH,
                                        DOCUMENTS.get(5))
                                .toString()));
        return HostileBookmarks.pairs(listings(), crafted, ListingCursorTest::ownScope);
    }

    /**
     * A well-formed cursor of the listing's own scope is just a position in its own list: not
     * hostile.
     */
    private static List<String> ownScope(Listing listing) {
        return List.of(VerificationState.OWNER_INDEX, listing.ownerHash());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void craftedBookmarksAreRefused(Listing listing, String bookmark) {
        HostileBookmarks.assertCraftedRefused(
                listing.name(), listing.call(), bookmark, listing.mine());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void cursorsOfAnotherOwnersListAreRefused(Listing listing) {
        HostileBookmarks.assertRefusedCursorOf(
                listing.name(), "another owner's", listing.call(), listing.otherOwners());
        HostileBookmarks.assertOwnCursorHoldsAndChangedCopiesAreRefused(
                listing.name(), listing.call(), listing.mine(), 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void followingTheCursorsVisitsEveryDocumentOnce(Listing listing) {
        List<String> paged =
                HostileBookmarks.assertPagesAreTheWholeList(
                        listing.call(),
                        listing.all(),
                        row -> row.get("documentId").asText(),
                        listing.mine());
        assertThat(paged).hasSize(listing.owner().equals(SELLER) ? 4 : 3);
    }
}
