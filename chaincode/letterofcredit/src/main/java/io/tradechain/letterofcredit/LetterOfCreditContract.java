package io.tradechain.letterofcredit;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.IdempotentContract;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.RemotePartyDirectory;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of the domestic letter of credit (README: state machine). Private inputs travel in
 * the transient map: {@code application}, {@code amendment}, {@code presentation} + {@code
 * documents} (the invoice), {@code examination}, {@code negotiation}. Writes answer with public
 * records only (a transaction's answer is in the block).
 */
@Contract(
        name = "letterofcredit",
        info =
                @Info(
                        title = "tradechain domestic letter of credit",
                        version = "0.1.0",
                        description =
                                "Apply, issue, advise, amend, present, examine, accept, negotiate, pay, close",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class LetterOfCreditContract implements IdempotentContract {

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Apply")
    public String apply(Context ctx) {
        return json(issuance(ctx).apply());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Decline")
    public String decline(Context ctx, String lcId, String reason) {
        return json(issuance(ctx).decline(lcId, reason));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Issue")
    public String issue(Context ctx, String lcId) {
        return json(issuance(ctx).issue(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Advise")
    public String advise(Context ctx, String lcId) {
        return json(issuance(ctx).advise(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ProposeAmendment")
    public String proposeAmendment(Context ctx, String lcId) {
        return json(new Amendments(desk(ctx)).propose(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcceptAmendment")
    public String acceptAmendment(Context ctx, String lcId, String number) {
        return json(new Amendments(desk(ctx)).accept(lcId, number("amendment", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RejectAmendment")
    public String rejectAmendment(Context ctx, String lcId, String number) {
        return json(new Amendments(desk(ctx)).reject(lcId, number("amendment", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Present")
    public String present(Context ctx, String lcId) {
        return json(presentations(ctx).present(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ReceiveDocuments")
    public String receiveDocuments(Context ctx, String lcId, String number) {
        return json(presentations(ctx).receive(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Examine")
    public String examine(Context ctx, String lcId, String number) {
        return json(presentations(ctx).examine(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "WaiveDiscrepancies")
    public String waiveDiscrepancies(Context ctx, String lcId, String number) {
        return json(presentations(ctx).waive(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RefuseDocuments")
    public String refuseDocuments(Context ctx, String lcId, String number) {
        return json(presentations(ctx).refuse(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcceptPresentation")
    public String acceptPresentation(Context ctx, String lcId, String number) {
        return json(claims(ctx).accept(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Negotiate")
    public String negotiate(Context ctx, String lcId, String number) {
        return json(claims(ctx).negotiate(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Pay")
    public String pay(Context ctx, String lcId, String number) {
        return json(claims(ctx).pay(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ConsentToClaimTransfer")
    public String consentToClaimTransfer(
            Context ctx, String lcId, String number, String toMsp, String transferRef) {
        return json(
                claims(ctx)
                        .consentToTransfer(
                                lcId, number("presentation", number), toMsp, transferRef));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "AcknowledgeClaimTransfer")
    public String acknowledgeClaimTransfer(
            Context ctx, String lcId, String number, String transferRef) {
        return json(
                claims(ctx).acknowledgeTransfer(lcId, number("presentation", number), transferRef));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Expire")
    public String expire(Context ctx, String lcId) {
        return json(new Endings(desk(ctx)).expire(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "ConsentToCancel")
    public String consentToCancel(Context ctx, String lcId) {
        return json(new Endings(desk(ctx)).consentToCancel(lcId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Close")
    public String close(Context ctx, String lcId) {
        return json(new Endings(desk(ctx)).close(lcId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetLc")
    public String getLc(Context ctx, String lcId) {
        return json(queries(ctx).lc(lcId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetTerms")
    public String getTerms(Context ctx, String lcId) {
        return json(queries(ctx).terms(lcId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetPresentation")
    public String getPresentation(Context ctx, String lcId, String number) {
        return json(queries(ctx).presentation(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetPresentationDetails")
    public String getPresentationDetails(Context ctx, String lcId, String number) {
        return json(queries(ctx).details(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetAmendment")
    public String getAmendment(Context ctx, String lcId, String number) {
        return json(queries(ctx).amendment(lcId, number("amendment", number)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetTimeline")
    public String getTimeline(Context ctx, String lcId) {
        return json(queries(ctx).timeline(lcId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetClaim")
    public String getClaim(Context ctx, String lcId, String number) {
        return json(claims(ctx).claim(lcId, number("presentation", number)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListLcs")
    public String listLcs(Context ctx, String participant, String pageSize, String bookmark) {
        return json(queries(ctx).mine(participant, PageRequest.parse(pageSize, bookmark)));
    }

    /**
     * Work queue: the L/Cs awaiting an action of {@code participant} (a bank's MSP id or a party's
     * credit code; {@code ""}: the caller's own, or every L/C awaiting anything for the regulator)
     * and what each awaits, derived from its state. The participant itself and the regulator.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListAwaitingActions")
    public String listAwaitingActions(
            Context ctx, String participant, String pageSize, String bookmark) {
        return json(
                new LcQueue(desk(ctx))
                        .awaiting(participant, PageRequest.parse(pageSize, bookmark)));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the letterofcredit chaincode has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    static int number(String field, String value) {
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
                field + " must be a number from 1, got '" + value + "'",
                "field",
                field);
    }

    private static String json(Object value) {
        return CanonicalJson.toJson(value);
    }

    private static LcDesk desk(Context ctx) {
        return new LcDesk(
                ctx.getStub(),
                new LcState(ctx.getStub()),
                new RemotePartyDirectory(ctx.getStub()),
                Caller.of(ctx));
    }

    private static Issuance issuance(Context ctx) {
        return new Issuance(desk(ctx), new BlacklistCheck(ctx.getStub()));
    }

    private static Presentations presentations(Context ctx) {
        return new Presentations(desk(ctx), new InvoiceCheck(ctx.getStub()));
    }

    private static Claims claims(Context ctx) {
        LcDesk desk = desk(ctx);
        return new Claims(
                desk,
                new Presentations(desk, new InvoiceCheck(ctx.getStub())),
                new BlacklistCheck(ctx.getStub()));
    }

    private static LcQueries queries(Context ctx) {
        return new LcQueries(desk(ctx));
    }
}
