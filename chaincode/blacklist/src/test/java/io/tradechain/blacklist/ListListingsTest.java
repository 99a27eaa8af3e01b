package io.tradechain.blacklist;

import static io.tradechain.blacklist.BlacklistNetwork.CORE_CO;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_A;
import static io.tradechain.blacklist.BlacklistNetwork.SUPPLIER_B;
import static io.tradechain.blacklist.BlacklistNetwork.assertOk;
import static io.tradechain.blacklist.BlacklistNetwork.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Hashes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListListingsTest {
    private final BlacklistNetwork net = new BlacklistNetwork();

    @BeforeEach
    void threePartiesInThreeStates() {
        net.reported(net.bank1, CORE_CO, "LOAN_DEFAULT");
        String supplierA = net.reported(net.bank1, SUPPLIER_A, "FRAUD");
        assertOk(net.appeal(net.supplierAClerk, supplierA, "Not fraud"));
        String supplierB = net.reported(net.bank2, SUPPLIER_B, "OTHER");
        assertOk(net.delist(net.bank2, supplierB, "Reported by mistake"));
    }

    private List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("creditCode").asText()));
        return codes;
    }

    @Test
    void everyListingWithItsCodeForBanksAndTheRegulator() {
        JsonNode page = net.query(net.bank2, "ListListings", "", "", "");

        assertThat(codes(page)).containsExactlyInAnyOrder(CORE_CO, SUPPLIER_A, SUPPLIER_B);
        assertThat(page.get("bookmark").asText()).isEmpty();
        page.get("items")
                .forEach(
                        item ->
                                assertThat(item.get("codeHash").asText())
                                        .isEqualTo(
                                                Hashes.sha256Hex(item.get("creditCode").asText())));
    }

    @Test
    void filteredByStatus() {
        assertThat(codes(net.query(net.regulator, "ListListings", "LISTED", "", "")))
                .containsExactly(CORE_CO);
        assertThat(codes(net.query(net.regulator, "ListListings", "APPEALED", "", "")))
                .containsExactly(SUPPLIER_A);
        assertThat(codes(net.query(net.regulator, "ListListings", "DELISTED", "", "")))
                .containsExactly(SUPPLIER_B);
    }

    @Test
    void aStatusChangeMovesTheListingBetweenFilters() {
        String coreCoReport =
                net.query(net.bank1, "GetListing", CORE_CO)
                        .get("reports")
                        .get(0)
                        .get("reportId")
                        .asText();
        assertOk(net.delist(net.bank1, coreCoReport, "Repaid"));

        assertThat(codes(net.query(net.regulator, "ListListings", "LISTED", "", ""))).isEmpty();
        assertThat(codes(net.query(net.regulator, "ListListings", "DELISTED", "", "")))
                .containsExactlyInAnyOrder(CORE_CO, SUPPLIER_B);
    }

    @Test
    void pagesFollowTheBookmark() {
        JsonNode first = net.query(net.bank1, "ListListings", "", "2", "");
        assertThat(first.get("items")).hasSize(2);
        String bookmark = first.get("bookmark").asText();
        assertThat(bookmark).isNotEmpty();

        JsonNode second = net.query(net.bank1, "ListListings", "", "2", bookmark);

        List<String> all = new ArrayList<>(codes(first));
        all.addAll(codes(second));
        assertThat(all).containsExactlyInAnyOrder(CORE_CO, SUPPLIER_A, SUPPLIER_B);
        assertThat(second.get("bookmark").asText()).isEmpty();
    }

    @Test
    void badFiltersAndPageSizesAreRefused() {
        assertRefused(
                net.evaluate(net.bank1, "ListListings", "ACTIVE", "", ""), "INVALID_ARGUMENT");
        assertRefused(
                net.evaluate(net.bank1, "ListListings", "", "0", ""), "PAGE_SIZE_OUT_OF_RANGE");
        assertRefused(
                net.evaluate(net.bank1, "ListListings", "", "201", ""), "PAGE_SIZE_OUT_OF_RANGE");
        assertRefused(net.evaluate(net.bank1, "ListListings", "", "ten", ""), "INVALID_ARGUMENT");
    }
}
