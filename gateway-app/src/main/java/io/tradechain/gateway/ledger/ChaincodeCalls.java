package io.tradechain.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.parties.WriteResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/** Calls a chaincode through the {@link LedgerPort} and reads its JSON answer. */
@ApplicationScoped
public class ChaincodeCalls {
    private final LedgerPort ledger;
    private final ObjectMapper mapper;

    public ChaincodeCalls(LedgerPort ledger, ObjectMapper mapper) {
        this.ledger = ledger;
        this.mapper = mapper;
    }

    public WriteResult submit(Proposal proposal) {
        Committed committed = ledger.submit(proposal);
        return new WriteResult(committed.txId(), committed.blockNumber(), json(committed.payload()));
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
