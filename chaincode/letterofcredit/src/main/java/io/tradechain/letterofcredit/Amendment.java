package io.tradechain.letterofcredit;

/** One amendment (private): the changes and the beneficiary's decision. */
public record Amendment(
        String lcId,
        int number,
        AmendmentChanges changes,
        AmendmentStatus status,
        String proposedAt,
        String decidedAt,
        String proposedTxId,
        String decidedTxId) {

    Amendment decided(AmendmentStatus next, String at, String txId) {
        return new Amendment(lcId, number, changes, next, proposedAt, at, proposedTxId, txId);
    }
}
