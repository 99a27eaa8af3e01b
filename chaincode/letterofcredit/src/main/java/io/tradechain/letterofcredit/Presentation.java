package io.tradechain.letterofcredit;

import java.util.List;

/**
 * The public record of one presentation: status, the documents' hashes, who holds the claim and its
 * maturity. The amount, the documents' descriptions, discrepancies and the negotiation price are
 * private ({@link PresentationDetails}).
 *
 * @param claimHolder {@value #BENEFICIARY} or the MSP id of the bank that holds the claim
 *     (negotiation, forfaiting)
 * @param pendingTransferTo the bank the holder agreed to transfer the claim to, until the issuing
 *     bank acknowledges
 */
public record Presentation(
        String lcId,
        int number,
        PresentationStatus status,
        List<String> documentHashes,
        String invoiceDocumentId,
        String claimHolder,
        boolean negotiated,
        String maturityDate,
        String pendingTransferTo,
        String transferRef,
        String paidTo,
        String presentedAt,
        String updatedAt,
        String lastTxId) {
    public static final String BENEFICIARY = "BENEFICIARY";

    Presentation withStatus(PresentationStatus next, String at, String txId) {
        return new Presentation(
                lcId,
                number,
                next,
                documentHashes,
                invoiceDocumentId,
                claimHolder,
                negotiated,
                maturityDate,
                pendingTransferTo,
                transferRef,
                paidTo,
                presentedAt,
                at,
                txId);
    }

    Presentation accepted(String maturity, String at, String txId) {
        return new Presentation(
                lcId,
                number,
                PresentationStatus.ACCEPTED,
                documentHashes,
                invoiceDocumentId,
                claimHolder,
                negotiated,
                maturity,
                pendingTransferTo,
                transferRef,
                paidTo,
                presentedAt,
                at,
                txId);
    }

    Presentation heldBy(String holder, boolean byNegotiation, String at, String txId) {
        return new Presentation(
                lcId,
                number,
                status,
                documentHashes,
                invoiceDocumentId,
                holder,
                negotiated || byNegotiation,
                maturityDate,
                null,
                null,
                paidTo,
                presentedAt,
                at,
                txId);
    }

    Presentation transferPending(String to, String ref, String at, String txId) {
        return new Presentation(
                lcId,
                number,
                status,
                documentHashes,
                invoiceDocumentId,
                claimHolder,
                negotiated,
                maturityDate,
                to,
                ref,
                paidTo,
                presentedAt,
                at,
                txId);
    }

    Presentation paid(String at, String txId) {
        return new Presentation(
                lcId,
                number,
                PresentationStatus.PAID,
                documentHashes,
                invoiceDocumentId,
                claimHolder,
                negotiated,
                maturityDate,
                null,
                null,
                claimHolder,
                presentedAt,
                at,
                txId);
    }

    boolean holderIsBank() {
        return !BENEFICIARY.equals(claimHolder);
    }
}
