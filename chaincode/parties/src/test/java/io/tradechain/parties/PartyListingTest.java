package io.tradechain.parties;

import static io.tradechain.parties.PartyLedger.assertOk;
import static io.tradechain.parties.PartyLedger.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CreditCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyListingTest {
    private static final int SUPPLIERS = 23;
    private final PartyLedger net = new PartyLedger();
    private final List<String> supplierCodes = new ArrayList<>();

    @BeforeEach
    void registerManyParties() {
        net.registered(net.corpAdmin, PartyLedger.CORE_CO, "CoreCo", PartyKind.CORE_ENTERPRISE);
        net.registered(net.bank1Admin, PartyLedger.BANK1, "Bank One", PartyKind.BANK);
        for (int i = 0; i < SUPPLIERS; i++) {
            String first17 = String.format("91440300MA5%06d", 100 + i);
            String code = first17 + CreditCode.checkCharacter(first17);
            supplierCodes.add(code);
            net.registered(net.corpAdmin, code, "Supplier " + i, PartyKind.SUPPLIER);
        }
    }

    private JsonNode page(String kind, String size, String bookmark) throws Exception {
        return CanonicalJson.mapper()
                .readTree(
                        assertOk(
                                        net.evaluate(
                                                net.regulatorClerk,
                                                "ListParties",
                                                kind,
                                                size,
                                                bookmark))
                                .payload());
    }

    private List<String> walk(String kind, String size) throws Exception {
        List<String> seen = new ArrayList<>();
        String bookmark = "";
        int pages = 0;
        do {
            JsonNode page = page(kind, size, bookmark);
            page.get("items").forEach(p -> seen.add(p.get("creditCode").asText()));
            bookmark = page.get("bookmark").asText();
            pages++;
            assertThat(pages).as("paging must end").isLessThan(100);
        } while (!bookmark.isEmpty());
        return seen;
    }

    @Test
    void followingBookmarksVisitsEveryPartyOnceInCodeOrder() throws Exception {
        List<String> all = walk("", "10");

        assertThat(all).hasSize(SUPPLIERS + 2).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void listingByKindReturnsThatKindOnly() throws Exception {
        assertThat(walk("SUPPLIER", "7"))
                .containsExactlyElementsOf(supplierCodes.stream().sorted().toList());
        assertThat(walk("BANK", "")).containsExactly(PartyLedger.BANK1);
        assertThat(walk("AUTHORITY", "")).isEmpty();
    }

    @Test
    void aPageHoldsAtMostThePageSize() throws Exception {
        JsonNode first = page("SUPPLIER", "5", "");
        assertThat(first.get("items")).hasSize(5);
        assertThat(first.get("fetchedCount").asInt()).isEqualTo(5);
        assertThat(first.get("bookmark").asText()).isNotEmpty();
    }

    @ParameterizedTest(name = "page size ''{0}'' is refused")
    @ValueSource(strings = {"0", "-1", "201", "1000000"})
    void anOutOfRangePageSizeIsRefused(String size) {
        assertRefused(
                net.evaluate(net.bank1Clerk, "ListParties", "", size, ""),
                "PAGE_SIZE_OUT_OF_RANGE");
    }

    @ParameterizedTest(name = "page size ''{0}'' is refused")
    @ValueSource(strings = {"ten", "1.5", "99999999999"})
    void aNonNumericPageSizeIsRefused(String size) {
        assertRefused(
                net.evaluate(net.bank1Clerk, "ListParties", "", size, ""), "INVALID_ARGUMENT");
    }

    @Test
    void anUnknownKindFilterIsRefused() {
        assertRefused(
                net.evaluate(net.bank1Clerk, "ListParties", "FACTOR", "", ""), "INVALID_ARGUMENT");
    }
}
