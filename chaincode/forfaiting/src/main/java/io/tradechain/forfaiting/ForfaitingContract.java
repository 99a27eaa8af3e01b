package io.tradechain.forfaiting;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.IdempotentContract;
import io.tradechain.chaincode.common.PageRequest;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of forfaiting (福费廷) between banks. Private inputs in the transient map: {@code
 * offer} (contact), {@code quote} (discount rate, price), {@code transfer} (agreement and notice
 * hashes).
 */
@Contract(
        name = "forfaiting",
        info =
                @Info(
                        title = "tradechain forfaiting",
                        version = "0.1.0",
                        description =
                                "Offers of accepted L/C claims, bilateral quotes, acceptance, transfer, acknowledgement",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class ForfaitingContract implements IdempotentContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "PublishOffer")
    public String publishOffer(Context ctx, String lcId, String presentation) {
        return json(trades(ctx).publish(text("lcId", lcId), number(presentation)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "SubmitQuote")
    public String submitQuote(Context ctx, String offerId) {
        return json(trades(ctx).quote(text("offerId", offerId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcceptQuote")
    public String acceptQuote(Context ctx, String offerId, String quoteId) {
        return json(trades(ctx).acceptQuote(text("offerId", offerId), text("quoteId", quoteId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ConfirmTransfer")
    public String confirmTransfer(Context ctx, String offerId) {
        return json(trades(ctx).confirm(text("offerId", offerId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcknowledgeTransfer")
    public String acknowledgeTransfer(Context ctx, String offerId) {
        return json(trades(ctx).acknowledge(text("offerId", offerId)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "WithdrawOffer")
    public String withdrawOffer(Context ctx, String offerId) {
        return json(trades(ctx).withdraw(text("offerId", offerId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetOffer")
    public String getOffer(Context ctx, String offerId) {
        return json(trades(ctx).offer(text("offerId", offerId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListOffers")
    public String listOffers(Context ctx, String pageSize, String bookmark) {
        return json(trades(ctx).offers(PageRequest.parse(pageSize, bookmark)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetQuote")
    public String getQuote(Context ctx, String offerId, String quoteId) {
        return json(trades(ctx).quote(text("offerId", offerId), text("quoteId", quoteId)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListQuotes")
    public String listQuotes(Context ctx, String offerId) {
        return json(trades(ctx).quotes(text("offerId", offerId)));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the forfaiting chaincode has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    private static String text(String field, String value) {
        return io.tradechain.chaincode.common.Args.text(field, value, 128);
    }

    private static int number(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= 999_999) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "presentation must be a number from 1, got '" + value + "'",
                "field",
                "presentation");
    }

    private static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    private static Trades trades(Context ctx) {
        return new Trades(
                ctx.getStub(),
                new Market(ctx.getStub()),
                Caller.of(ctx),
                new BlacklistCheck(ctx.getStub()));
    }
}
