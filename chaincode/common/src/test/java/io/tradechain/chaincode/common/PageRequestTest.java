package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {
    @Test
    void defaultsApplyToMissingInput() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(20, ""));
        assertThat(PageRequest.first())
                .isEqualTo(new PageRequest(PageRequest.DEFAULT_PAGE_SIZE, ""));
        assertThat(PageRequest.of(7, "b").bookmark()).isEqualTo("b");
    }

    @Test
    void pageSizeIsCappedFromOneToTwoHundred() {
        assertThat(PageRequest.of(1, "").pageSize()).isEqualTo(1);
        assertThat(PageRequest.of(PageRequest.MAX_PAGE_SIZE, "").pageSize()).isEqualTo(200);
        assertThatThrownBy(() -> PageRequest.of(0, ""))
                .isInstanceOf(BusinessException.class)
                .hasMessage(
                        "[VALIDATION/PAGE_SIZE_OUT_OF_RANGE] pageSize must be from 1 to 200, got 0 details={\"field\":\"pageSize\"}");
        assertThatThrownBy(() -> PageRequest.of(201, ""))
                .hasMessageContaining("PAGE_SIZE_OUT_OF_RANGE");
        assertThatThrownBy(() -> new PageRequest(-5, null)).hasMessageContaining("got -5");
    }

    @Test
    void pagesMapItemsAndTellWhetherMoreFollow() {
        Page<Integer> page = new Page<>(List.of(1, 2), "next", 2);
        assertThat(page.map(i -> "#" + i).items()).containsExactly("#1", "#2");
        assertThat(page.map(i -> i).bookmark()).isEqualTo("next");
        assertThat(page.hasMore()).isTrue();
        assertThat(new Page<>(List.of(), null, 0).hasMore()).isFalse();
        assertThat(CanonicalJson.toJson(page))
                .isEqualTo("{\"bookmark\":\"next\",\"fetchedCount\":2,\"items\":[1,2]}");
    }
}
