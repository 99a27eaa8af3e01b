package io.tradechain.forfaiting;

/**
 * The public record of a forfaiting offer (福费廷公告): which claim, who sells, where it stands, the
 * buyer once agreed, and the hashes of the transfer agreement (债权转让书) and notice (转让通知书) with each
 * bank's confirmation. The claim's amount and maturity and the contact are in {@link OfferInfo}
 * (banks and regulator).
 */
public record Offer(
        String offerId,
        String lcId,
        int presentation,
        String sellerMsp,
        String issuingBankMsp,
        OfferStatus status,
        int quotes,
        String buyerMsp,
        String acceptedQuoteId,
        String agreementHash,
        String noticeHash,
        boolean sellerConfirmed,
        boolean buyerConfirmed,
        String publishedAt,
        String updatedAt,
        String lastTxId) {

    Offer with(OfferStatus next, String at, String txId) {
        return new Offer(
                offerId,
                lcId,
                presentation,
                sellerMsp,
                issuingBankMsp,
                next,
                quotes,
                buyerMsp,
                acceptedQuoteId,
                agreementHash,
                noticeHash,
                sellerConfirmed,
                buyerConfirmed,
                publishedAt,
                at,
                txId);
    }

    Offer withQuotes(int count) {
        return new Offer(
                offerId,
                lcId,
                presentation,
                sellerMsp,
                issuingBankMsp,
                status,
                count,
                buyerMsp,
                acceptedQuoteId,
                agreementHash,
                noticeHash,
                sellerConfirmed,
                buyerConfirmed,
                publishedAt,
                updatedAt,
                lastTxId);
    }

    Offer agreed(String buyer, String quoteId, String at, String txId) {
        return new Offer(
                offerId,
                lcId,
                presentation,
                sellerMsp,
                issuingBankMsp,
                OfferStatus.AGREED,
                quotes,
                buyer,
                quoteId,
                agreementHash,
                noticeHash,
                sellerConfirmed,
                buyerConfirmed,
                publishedAt,
                at,
                txId);
    }

    Offer confirmedBy(boolean seller, String agreement, String notice, String at, String txId) {
        boolean s = sellerConfirmed || seller;
        boolean b = buyerConfirmed || !seller;
        return new Offer(
                offerId,
                lcId,
                presentation,
                sellerMsp,
                issuingBankMsp,
                s && b ? OfferStatus.CONFIRMED : status,
                quotes,
                buyerMsp,
                acceptedQuoteId,
                agreement,
                notice,
                s,
                b,
                publishedAt,
                at,
                txId);
    }
}
