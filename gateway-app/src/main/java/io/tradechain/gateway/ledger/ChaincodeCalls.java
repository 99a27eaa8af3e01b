package io.tradechain.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.gateway.http.IdempotencyKey;
import io.tradechain.gateway.http.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls a chaincode through the {@link LedgerPort} and reads its JSON answer. Writes carry the request's
 * {@code Idempotency-Key} to the chaincode, which commits a key once ({@link Idempotency}); a retry is answered with
 * the first transaction's result.
 */
@ApplicationScoped
public class ChaincodeCalls {
    /** A retry whose first attempt lost an MVCC race with its twin is sent again this many times at most. */
    private static final int MAX_ATTEMPTS = 3;
    private static final Pattern FIRST_TX = Pattern.compile("transaction ([0-9a-f]{64})");

    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private final IdempotencyKey idempotencyKey;

    public ChaincodeCalls(LedgerPort ledger, ObjectMapper mapper, IdempotencyKey idempotencyKey) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.idempotencyKey = idempotencyKey;
    }

    public WriteResult submit(Proposal proposal) {
        Optional<String> key = idempotencyKey.value();
        if (key.isEmpty()) {
            Committed committed = ledger.submit(proposal);
            return new WriteResult(committed.txId(), committed.blockNumber(), json(committed.payload()), false);
        }
        Proposal keyed = proposal.withTransient(Idempotency.TRANSIENT_KEY, key.get().getBytes(StandardCharsets.UTF_8));
        for (int attempt = 1; ; attempt++) {
            try {
                Committed committed = ledger.submit(keyed);
                return new WriteResult(committed.txId(), committed.blockNumber(), json(committed.payload()), false);
            } catch (LedgerException e) {
                if (CommonErrorCode.IDEMPOTENT_REPLAY.name().equals(e.code())) {
                    return replay(e);
                }
                // Two copies of one request raced and this one lost: sending it again meets the winner's claim.
                if (!"TRANSACTION_INVALIDATED".equals(e.code()) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private WriteResult replay(LedgerException refusal) {
        String firstTxId = refusal.details().get("firstTxId");
        if (firstTxId == null) {
            Matcher m = FIRST_TX.matcher(String.valueOf(refusal.getMessage()));
            firstTxId = m.find() ? m.group(1) : null;
        }
        TransactionInfo first = firstTxId == null ? null : ledger.transaction(firstTxId).orElse(null);
        if (first == null) {
            throw LedgerException.unavailable("this Idempotency-Key was committed by transaction " + firstTxId
                    + ", which the ledger cannot show yet; retry later");
        }
        idempotencyKey.markReplayed();
        return new WriteResult(first.txId(), first.blockNumber(), json(first.response()), true);
    }

    public JsonNode evaluate(Proposal proposal) {
        return json(ledger.evaluate(proposal));
    }

    private JsonNode json(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(payload);
        } catch (IOException e) {
            throw LedgerException.unexpected("the chaincode answered with something that is not JSON", null);
        }
    }
}
