package io.tradechain.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerException.Category;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edge's one mapping from the chaincodes' kinds and the ledger's categories to HTTP statuses
 * (docs/errors.md): every kind and every category has its status, and the codes stay those the
 * clients know.
 */
class HttpStatusOfTest {
    @Test
    void everyKindMapsToItsHttpStatus() {
        Map<ErrorKind, Integer> expected = new EnumMap<>(ErrorKind.class);
        expected.put(ErrorKind.VALIDATION, 400);
        expected.put(ErrorKind.FORBIDDEN, 403);
        expected.put(ErrorKind.NOT_FOUND, 404);
        expected.put(ErrorKind.CONFLICT, 409);
        expected.put(ErrorKind.BUSINESS_RULE, 422);
        assertThat(expected.keySet()).containsExactly(ErrorKind.values());
        expected.forEach(
                (kind, status) -> {
                    assertThat(HttpStatusOf.kind(kind)).as(kind.name()).isEqualTo(status);
                    assertThat(HttpStatusOf.ledger(refusal(kind)))
                            .as(kind.name())
                            .isEqualTo(status);
                });
    }

    @Test
    void everyCategoryMapsToItsHttpStatusAndKeepsItsCode() {
        LedgerException invalidated = LedgerException.invalidated("MVCC_READ_CONFLICT", "tx-1");
        assertThat(invalidated.category()).isEqualTo(Category.INVALIDATED);
        assertThat(HttpStatusOf.ledger(invalidated)).isEqualTo(409);
        assertThat(invalidated.code()).isEqualTo("TRANSACTION_INVALIDATED");
        assertThat(invalidated.details()).containsEntry("validationCode", "MVCC_READ_CONFLICT");
        assertThat(invalidated.kind()).isEmpty();

        LedgerException unavailable = LedgerException.unavailable("peer down");
        assertThat(unavailable.category()).isEqualTo(Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(unavailable)).isEqualTo(503);
        assertThat(unavailable.code()).isEqualTo("LEDGER_UNAVAILABLE");
        assertThat(unavailable.isTransient()).isTrue();

        LedgerException failure = LedgerException.fromChaincodeResponse(null, "panic", "tx-2");
        assertThat(failure.category()).isEqualTo(Category.CHAINCODE_FAILURE);
        assertThat(HttpStatusOf.ledger(failure)).isEqualTo(502);
        assertThat(failure.code()).isEqualTo("CHAINCODE_FAILURE");
        assertThat(failure.isTransient()).isFalse();

        LedgerException refused = refusal(ErrorKind.NOT_FOUND);
        assertThat(refused.category()).isEqualTo(Category.REFUSED);
        assertThat(refused.kind()).contains(ErrorKind.NOT_FOUND);
        assertThat(refused.isRefused(ErrorKind.NOT_FOUND)).isTrue();
        assertThat(refused.isRefused(ErrorKind.CONFLICT)).isFalse();
        assertThat(refused.code()).isEqualTo("SOME_NOT_FOUND");
        assertThat(refused.validationCode()).isEmpty();
        assertThat(refused.isTransient()).isFalse();

        assertThat(Category.values())
                .allSatisfy(
                        category ->
                                assertThat(
                                                java.util.List.of(
                                                                invalidated,
                                                                unavailable,
                                                                failure,
                                                                refused)
                                                        .stream()
                                                        .map(LedgerException::category))
                                        .contains(category));
    }

    private static LedgerException refusal(ErrorKind kind) {
        ErrorCode code =
                new ErrorCode() {
                    @Override
                    public String name() {
                        return "SOME_" + kind.name();
                    }

                    @Override
                    public ErrorKind kind() {
                        return kind;
                    }
                };
        return LedgerException.fromChaincodeResponse(
                new BusinessException(code, "no").getPayload(), "ignored", "tx");
    }
}
