package io.tradechain.gateway.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A transaction as its block records it: who sent which function with which arguments, when, and
 * how validation judged it. {@code response} is the chaincode's answer (what the client got when it
 * committed).
 */
public record TransactionInfo(
        String txId,
        long blockNumber,
        String validationCode,
        String chaincode,
        String function,
        List<String> args,
        String creatorMsp,
        String creatorName,
        Instant timestamp,
        byte[] response) {

    public TransactionInfo {
        args = List.copyOf(args);
        response = response == null ? new byte[0] : response.clone();
    }

    public boolean isValid() {
        return "VALID".equals(validationCode);
    }
}
