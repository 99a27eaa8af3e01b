package io.tradechain.forfaiting;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PrivateEntityStore;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Keys: public {@code ffoffer} + offerId, {@code ffclaim} + lcId + presentation (the offer that
 * holds the claim: at most one at a time), {@code ffquote} + offerId + quoteId; private (collection
 * {@code forfaitingMarket}) {@code ffofferinfo} + offerId, {@code ffquoteterms} + offerId +
 * quoteId.
 */
final class Market {
    private final EntityStore<Offer> offers;
    private final EntityStore<ClaimLock> claims;
    private final EntityStore<Quote> quotes;
    private final PrivateEntityStore<OfferInfo> infos;
    private final PrivateEntityStore<QuoteTerms> terms;

    Market(ChaincodeStub stub) {
        this.offers = new EntityStore<>(stub, "ffoffer", Offer.class);
        this.claims = new EntityStore<>(stub, "ffclaim", ClaimLock.class);
        this.quotes = new EntityStore<>(stub, "ffquote", Quote.class);
        this.infos =
                new PrivateEntityStore<>(
                        stub, ForfaitingCollections.MARKET, "ffofferinfo", OfferInfo.class);
        this.terms =
                new PrivateEntityStore<>(
                        stub, ForfaitingCollections.MARKET, "ffquoteterms", QuoteTerms.class);
    }

    /** The offer currently holding a claim. */
    record ClaimLock(String offerId) {}

    Offer offer(String offerId) {
        return offers.find(offerId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ForfaitingErrorCode.OFFER_NOT_FOUND,
                                        "no forfaiting offer " + offerId,
                                        "offerId",
                                        offerId));
    }

    void putOffer(Offer offer) {
        offers.put(offer, offer.offerId());
    }

    Page<Offer> offers(PageRequest page) {
        return offers.list(page);
    }

    Optional<String> offerHolding(String lcId, int presentation) {
        return claims.find(lcId, Integer.toString(presentation)).map(ClaimLock::offerId);
    }

    void holdClaim(Offer offer) {
        claims.put(
                new ClaimLock(offer.offerId()),
                offer.lcId(),
                Integer.toString(offer.presentation()));
    }

    void releaseClaim(Offer offer) {
        claims.delete(offer.lcId(), Integer.toString(offer.presentation()));
    }

    OfferInfo info(String offerId) {
        return infos.find(offerId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ForfaitingErrorCode.OFFER_NOT_FOUND,
                                        "no elements of offer " + offerId + " on this peer",
                                        "offerId",
                                        offerId));
    }

    void putInfo(OfferInfo info) {
        infos.put(info, info.offerId());
    }

    Quote quote(String offerId, String quoteId) {
        return quotes.find(offerId, quoteId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ForfaitingErrorCode.QUOTE_NOT_FOUND,
                                        "no quote " + quoteId + " on offer " + offerId,
                                        "offerId",
                                        offerId,
                                        "quoteId",
                                        quoteId));
    }

    Page<Quote> quotes(String offerId, PageRequest page) {
        return quotes.list(page, offerId);
    }

    void putQuote(Quote quote, QuoteTerms quoteTerms) {
        quotes.put(quote, quote.offerId(), quote.quoteId());
        terms.put(quoteTerms, quote.offerId(), quote.quoteId());
    }

    QuoteTerms terms(String offerId, String quoteId) {
        return terms.find(offerId, quoteId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ForfaitingErrorCode.QUOTE_NOT_FOUND,
                                        "no terms of quote " + quoteId + " on this peer",
                                        "offerId",
                                        offerId));
    }
}
