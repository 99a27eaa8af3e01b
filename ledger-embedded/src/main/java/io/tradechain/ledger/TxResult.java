package io.tradechain.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a proposal: its endorsement response and, when ordered, its validation and block.
 */
public final class TxResult {
    private final String txId;
    private final int status;
    private final String message;
    private final byte[] payload;
    private final ValidationCode validationCode;
    private final long blockNumber;
    private final ChaincodeEventRecord event;
    private final TxHeader header;

    /** Who sent what, when: the proposal header as a block records it (transient data never is). */
    public record TxHeader(
            String chaincode,
            String function,
            List<String> args,
            String creatorMsp,
            String creatorName,
            Instant timestamp) {
        public TxHeader {
            args = List.copyOf(args);
        }

        static TxHeader of(Endorsement e) {
            Invocation inv = e.invocation();
            return new TxHeader(
                    inv.chaincode(),
                    inv.function(),
                    inv.args(),
                    inv.creator().mspId(),
                    inv.creator().name(),
                    e.timestamp());
        }
    }

    TxResult(
            String txId,
            int status,
            String message,
            byte[] payload,
            ValidationCode validationCode,
            long blockNumber,
            ChaincodeEventRecord event,
            TxHeader header) {
        this.header = header;
        this.txId = txId;
        this.status = status;
        this.message = message;
        this.payload = payload == null ? new byte[0] : payload.clone();
        this.validationCode = validationCode;
        this.blockNumber = blockNumber;
        this.event = event;
    }

    static TxResult notOrdered(Endorsement e) {
        return new TxResult(
                e.txId(), e.status(), e.message(), e.payload(), null, -1, null, TxHeader.of(e));
    }

    public String txId() {
        return txId;
    }

    /** Endorsed with a 2xx/3xx status and, when ordered, committed as VALID. */
    public boolean isSuccess() {
        return isEndorsed() && (validationCode == null || validationCode == ValidationCode.VALID);
    }

    public boolean isEndorsed() {
        return status < 400;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    public byte[] payload() {
        return payload.clone();
    }

    public String payloadAsString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Null when the transaction was not ordered (failed endorsement or an evaluation). */
    public ValidationCode validationCode() {
        return validationCode;
    }

    /** The block it was committed in, -1 when not committed. */
    public long blockNumber() {
        return blockNumber;
    }

    /** Chaincode, function, arguments, creator and timestamp of the proposal. */
    public TxHeader header() {
        return header;
    }

    public Optional<ChaincodeEventRecord> event() {
        return Optional.ofNullable(event);
    }

    @Override
    public String toString() {
        return "TxResult["
                + txId.substring(0, Math.min(12, txId.length()))
                + " status="
                + status
                + (validationCode == null ? "" : " " + validationCode + " block=" + blockNumber)
                + (message == null || message.isEmpty() ? "" : " message=" + message)
                + "]";
    }
}
