package io.tradechain.forfaiting;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The forfaiting flow (README): the claim holder publishes an offer; other banks quote; the seller
 * accepts one (the others lapse); both banks confirm the transfer agreement and notice (the
 * seller's confirmation is its consent in the L/C chaincode); the issuing bank acknowledges (the
 * L/C chaincode makes the buyer the claim holder, who is paid at maturity and may sell on). The L/C
 * must be accepted and unpaid, held by the seller, with no transfer pending; a claim is on offer at
 * most once at a time; a blacklisted applicant or beneficiary stops the sale.
 */
final class Trades {
    static final String OFFER = "offer";
    static final String QUOTE = "quote";
    static final String TRANSFER = "transfer";
    private static final String DOMAIN = "forfaiting";
    private static final java.util.regex.Pattern SHA256 =
            java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final ChaincodeStub stub;
    private final Market market;
    private final Caller caller;
    private final BlacklistCheck blacklist;

    Trades(ChaincodeStub stub, Market market, Caller caller, BlacklistCheck blacklist) {
        this.stub = stub;
        this.market = market;
        this.caller = caller;
        this.blacklist = blacklist;
    }

    Offer publish(String lcId, int presentation) {
        caller.requireBankWriter("offer a claim for forfaiting");
        ClaimView claim = available(lcId, presentation);
        market.offerHolding(lcId, presentation)
                .ifPresent(
                        offerId -> {
                            throw BusinessException.of(
                                    ForfaitingErrorCode.CLAIM_ALREADY_OFFERED,
                                    "the claim of presentation "
                                            + presentation
                                            + " of "
                                            + lcId
                                            + " is on offer "
                                            + offerId
                                            + " already",
                                    "offerId",
                                    offerId);
                        });
        OfferInput input =
                CanonicalJson.parseArgument(OFFER, transientText(OFFER), OfferInput.class);
        String contact = Args.text("offer.contact", input.contact(), 200);
        blacklist.requireNoneListed(claim.applicantCode(), claim.beneficiaryCode());
        String id = stub.getTxId();
        Offer offer =
                new Offer(
                        id,
                        lcId,
                        presentation,
                        caller.mspId(),
                        claim.issuingBankMsp(),
                        OfferStatus.OPEN,
                        0,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        now(),
                        now(),
                        id);
        market.putOffer(offer);
        market.putInfo(
                new OfferInfo(
                        id,
                        lcId,
                        presentation,
                        claim.amount(),
                        claim.maturityDate(),
                        claim.issuingBankMsp(),
                        contact));
        market.holdClaim(offer);
        emit("OfferPublished", offer, audience());
        return offer;
    }

    Quote quote(String offerId) {
        caller.requireBankWriter("quote on a forfaiting offer");
        Offer offer = market.offer(offerId);
        if (caller.mspId().equals(offer.sellerMsp())) {
            throw BusinessException.of(
                    ForfaitingErrorCode.NOT_ALLOWED_FOR_ROLE,
                    "the seller does not quote on its " + "own offer",
                    "offerId",
                    offerId);
        }
        requireStatus(offer, OfferStatus.OPEN, "quote on it");
        QuoteTerms input =
                CanonicalJson.parseArgument(QUOTE, transientText(QUOTE), QuoteTerms.class);
        OfferInfo info = market.info(offerId);
        if (input.discountRateBp() == null
                || input.discountRateBp() < 0
                || input.discountRateBp() > 10_000) {
            throw invalid(
                    "quote.discountRateBp", "quote.discountRateBp must be 0 to 10000 basis points");
        }
        if (input.price() == null) {
            throw invalid("quote.price", "quote.price is required");
        }
        Money price = input.price().requirePositive("quote.price");
        if (!price.currency().equals(info.amount().currency())
                || price.greaterThan(info.amount())) {
            throw invalid(
                    "quote.price",
                    "quote.price must be in "
                            + info.amount().currency()
                            + " and at most the claim's "
                            + info.amount().toDecimalString());
        }
        Quote quote = new Quote(stub.getTxId(), offerId, caller.mspId(), now());
        market.putQuote(quote, new QuoteTerms(input.discountRateBp(), price));
        market.putOffer(
                offer.withQuotes(offer.quotes() + 1).with(offer.status(), now(), stub.getTxId()));
        emit("QuoteSubmitted", offer, audience(offer.sellerMsp(), caller.mspId()));
        return quote;
    }

    Offer acceptQuote(String offerId, String quoteId) {
        Offer offer = asSeller(offerId, "accept a quote");
        requireStatus(offer, OfferStatus.OPEN, "accept a quote");
        String bankMsp = market.quote(offerId, quoteId).bankMsp();
        ClaimView claim = available(offer.lcId(), offer.presentation());
        blacklist.requireNoneListed(claim.applicantCode(), claim.beneficiaryCode());
        Offer agreed = offer.agreed(bankMsp, quoteId, now(), stub.getTxId());
        market.putOffer(agreed);
        emit("QuoteAccepted", agreed, audience(offer.sellerMsp(), bankMsp, offer.issuingBankMsp()));
        return agreed;
    }

    /**
     * Seller or buyer records the transfer agreement and notice; the seller's record is its consent
     * on the L/C.
     */
    Offer confirm(String offerId) {
        caller.requireBankWriter("confirm a claim transfer");
        Offer offer = market.offer(offerId);
        boolean seller = caller.mspId().equals(offer.sellerMsp());
        if (!seller && !caller.mspId().equals(offer.buyerMsp())) {
            throw BusinessException.of(
                    ForfaitingErrorCode.NOT_ALLOWED_FOR_ROLE,
                    "only the seller and the buyer " + "confirm the transfer of offer " + offerId,
                    "offerId",
                    offerId);
        }
        requireStatus(offer, OfferStatus.AGREED, "confirm the transfer");
        if (seller ? offer.sellerConfirmed() : offer.buyerConfirmed()) {
            throw BusinessException.of(
                    ForfaitingErrorCode.ALREADY_CONFIRMED,
                    caller.mspId()
                            + " confirmed the "
                            + "transfer of offer "
                            + offerId
                            + " already",
                    "offerId",
                    offerId);
        }
        TransferInput input =
                CanonicalJson.parseArgument(TRANSFER, transientText(TRANSFER), TransferInput.class);
        String agreement =
                Args.matches(
                        "transfer.agreementHash",
                        input.agreementHash(),
                        SHA256,
                        "a SHA-256 hash written as 64 lowercase hex characters");
        String notice =
                Args.matches(
                        "transfer.noticeHash",
                        input.noticeHash(),
                        SHA256,
                        "a SHA-256 hash written as 64 lowercase hex characters");
        if (offer.agreementHash() != null
                && (!offer.agreementHash().equals(agreement)
                        || !offer.noticeHash().equals(notice))) {
            throw BusinessException.of(
                    ForfaitingErrorCode.TRANSFER_DOCUMENTS_MISMATCH,
                    "the other bank confirmed "
                            + "agreement "
                            + offer.agreementHash()
                            + " and notice "
                            + offer.noticeHash(),
                    "offerId",
                    offerId);
        }
        if (seller) {
            new ChaincodeInvocation(stub, ClaimView.LC_CHAINCODE)
                    .call(
                            "ConsentToClaimTransfer",
                            offer.lcId(),
                            Integer.toString(offer.presentation()),
                            offer.buyerMsp(),
                            offerId);
        }
        Offer after = offer.confirmedBy(seller, agreement, notice, now(), stub.getTxId());
        market.putOffer(after);
        emit(
                after.status() == OfferStatus.CONFIRMED
                        ? "TransferConfirmed"
                        : "TransferConfirmedByOne",
                after,
                audience(offer.sellerMsp(), offer.buyerMsp(), offer.issuingBankMsp()));
        return after;
    }

    Offer acknowledge(String offerId) {
        caller.requireBankWriter("acknowledge a claim transfer");
        Offer offer = market.offer(offerId);
        if (!caller.mspId().equals(offer.issuingBankMsp())) {
            throw BusinessException.of(
                    ForfaitingErrorCode.NOT_ALLOWED_FOR_ROLE,
                    "only the issuing bank "
                            + offer.issuingBankMsp()
                            + " acknowledges the transfer of offer "
                            + offerId,
                    "offerId",
                    offerId);
        }
        requireStatus(offer, OfferStatus.CONFIRMED, "acknowledge the transfer");
        new ChaincodeInvocation(stub, ClaimView.LC_CHAINCODE)
                .call(
                        "AcknowledgeClaimTransfer",
                        offer.lcId(),
                        Integer.toString(offer.presentation()),
                        offerId);
        Offer done = offer.with(OfferStatus.COMPLETED, now(), stub.getTxId());
        market.putOffer(done);
        market.releaseClaim(done);
        emit(
                "TransferAcknowledged",
                done,
                audience(offer.sellerMsp(), offer.buyerMsp(), offer.issuingBankMsp()));
        return done;
    }

    Offer withdraw(String offerId) {
        Offer offer = asSeller(offerId, "withdraw it");
        requireStatus(offer, OfferStatus.OPEN, "withdraw it");
        Offer withdrawn = offer.with(OfferStatus.WITHDRAWN, now(), stub.getTxId());
        market.putOffer(withdrawn);
        market.releaseClaim(withdrawn);
        emit("OfferWithdrawn", withdrawn, audience());
        return withdrawn;
    }

    // ---- reads
    // ----------------------------------------------------------------------------------------------

    /** An offer and its elements: banks and the regulator. */
    OfferDetails offer(String offerId) {
        requireMarketReader();
        return new OfferDetails(market.offer(offerId), market.info(offerId));
    }

    Page<Offer> offers(PageRequest page) {
        requireMarketReader();
        return market.offers(page);
    }

    /** One quote: the quoting bank, the seller, the regulator. */
    QuoteView quote(String offerId, String quoteId) {
        requireMarketReader();
        Offer offer = market.offer(offerId);
        Quote quote = market.quote(offerId, quoteId);
        if (!mayRead(offer, quote)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "a quote is between the quoting bank and the " + "seller",
                    "offerId",
                    offerId);
        }
        return new QuoteView(quote, market.terms(offerId, quoteId), quoteStatus(offer, quote));
    }

    /**
     * The quotes on an offer the caller may see: all for the seller and the regulator, its own for
     * a bank.
     */
    List<QuoteView> quotes(String offerId) {
        requireMarketReader();
        Offer offer = market.offer(offerId);
        List<QuoteView> views = new ArrayList<>();
        Page<Quote> page = market.quotes(offerId, PageRequest.parse("200", ""));
        for (Quote quote : page.items()) {
            if (mayRead(offer, quote)) {
                views.add(
                        new QuoteView(
                                quote,
                                market.terms(offerId, quote.quoteId()),
                                quoteStatus(offer, quote)));
            }
        }
        return views;
    }

    private boolean mayRead(Offer offer, Quote quote) {
        String msp = caller.mspId();
        return Organisations.isReadOnly(msp)
                || msp.equals(offer.sellerMsp())
                || msp.equals(quote.bankMsp());
    }

    private static String quoteStatus(Offer offer, Quote quote) {
        if (quote.quoteId().equals(offer.acceptedQuoteId())) {
            return "ACCEPTED";
        }
        return offer.status() == OfferStatus.OPEN ? "OPEN" : "LAPSED";
    }

    // ---- helpers
    // --------------------------------------------------------------------------------------------

    private ClaimView available(String lcId, int presentation) {
        ClaimView claim = ClaimView.read(stub, lcId, presentation);
        // Who may sell comes first: a bank that does not hold the claim is refused as such (403),
        // whatever the
        // claim's state; only the holder learns that its claim cannot be offered (409).
        if (claim.claimHolder() != null && !caller.mspId().equals(claim.claimHolder())) {
            throw BusinessException.of(
                    ForfaitingErrorCode.NOT_CLAIM_HOLDER,
                    "the claim is held by "
                            + claim.claimHolder()
                            + ", not "
                            + caller.mspId()
                            + "; only its holder may offer it",
                    "lcId",
                    lcId,
                    "presentation",
                    Integer.toString(presentation));
        }
        String why = null;
        if (!"ACCEPTED".equals(claim.status())) {
            why =
                    "the presentation is "
                            + claim.status()
                            + ", not ACCEPTED (an accepted, unpaid usance claim)";
        } else if (!caller.mspId().equals(claim.claimHolder())) {
            why = "the claim has no holder yet";
        } else if (claim.pendingTransferTo() != null) {
            why = "the claim is being transferred to " + claim.pendingTransferTo();
        } else if (!today().isBefore(LocalDate.parse(claim.maturityDate()))) {
            why = "the claim matures on " + claim.maturityDate();
        }
        if (why != null) {
            throw BusinessException.of(
                    ForfaitingErrorCode.CLAIM_NOT_AVAILABLE,
                    why,
                    "lcId",
                    lcId,
                    "presentation",
                    Integer.toString(presentation));
        }
        return claim;
    }

    private Offer asSeller(String offerId, String action) {
        caller.requireBankWriter(action);
        Offer offer = market.offer(offerId);
        if (!caller.mspId().equals(offer.sellerMsp())) {
            throw BusinessException.of(
                    ForfaitingErrorCode.NOT_ALLOWED_FOR_ROLE,
                    "only the seller " + offer.sellerMsp() + " may " + action,
                    "offerId",
                    offerId);
        }
        return offer;
    }

    private void requireMarketReader() {
        String msp = caller.mspId();
        if (!Organisations.isBank(msp) && !Organisations.isReadOnly(msp)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "the forfaiting market is open to banks and " + "the regulator",
                    "mspId",
                    msp);
        }
    }

    private static void requireStatus(Offer offer, OfferStatus expected, String action) {
        if (offer.status() != expected) {
            throw BusinessException.of(
                    ForfaitingErrorCode.OFFER_STATE_CONFLICT,
                    "offer "
                            + offer.offerId()
                            + " is "
                            + offer.status()
                            + "; to "
                            + action
                            + " it must be "
                            + expected,
                    "offerId",
                    offer.offerId(),
                    "status",
                    offer.status().name());
        }
    }

    private static Set<String> audience(String... msps) {
        return new TreeSet<>(List.of(msps));
    }

    private void emit(String type, Offer offer, Set<String> audience) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "offerId",
                        offer.offerId(),
                        "lcId",
                        offer.lcId(),
                        "status",
                        offer.status().name()),
                new TreeSet<>(audience));
    }

    private String transientText(String key) {
        return new String(Args.transientValue(stub, key), StandardCharsets.UTF_8);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(stub.getTxTimestamp(), ZoneOffset.UTC);
    }

    private String now() {
        return stub.getTxTimestamp().toString();
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
