package io.tradechain.parties;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.IdempotentContract;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyRef;
import io.tradechain.chaincode.common.PartyResolution;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of the party registry chaincode. Each function only translates arguments and
 * results; the rules live in {@link PartyRegistry}. Results are canonical JSON strings (fixed field
 * order, identical bytes on every peer).
 */
@Contract(
        name = "parties",
        info =
                @Info(
                        title = "tradechain party registry",
                        version = "0.1.0",
                        description =
                                "Legal persons (unified social credit code) and the client identities that act for them",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class PartyContract implements IdempotentContract {

    /**
     * Registers a party of the caller's own organisation. Caller: an admin of that organisation.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RegisterParty")
    public String registerParty(Context ctx, String creditCode, String name, String kind) {
        return CanonicalJson.toJson(registry(ctx).register(Caller.of(ctx), creditCode, name, kind));
    }

    /**
     * Lets a client identity of the party's organisation act for the party. Caller: an admin of
     * that organisation.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "BindIdentity")
    public String bindIdentity(Context ctx, String creditCode, String clientId) {
        return CanonicalJson.toJson(registry(ctx).bind(Caller.of(ctx), creditCode, clientId));
    }

    /**
     * Withdraws a client identity of the caller's organisation from its party. Caller: an admin.
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "UnbindIdentity")
    public String unbindIdentity(Context ctx, String clientId) {
        return CanonicalJson.toJson(registry(ctx).unbind(Caller.of(ctx), clientId));
    }

    /**
     * The party the calling identity acts for. Other chaincodes call this through invokeChaincode.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "WhoAmI")
    public String whoAmI(Context ctx) {
        return CanonicalJson.toJson(toRef(registry(ctx).whoAmI(Caller.of(ctx))));
    }

    /**
     * In one call, for other chaincodes: the party the calling identity acts for (or why none) and
     * the parties of a JSON array of credit codes (null where not registered). A transaction that
     * needs several parties asks once: the Java shim may lose a second invocation of one chaincode
     * within a transaction.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = PartyResolution.FUNCTION)
    public String resolve(Context ctx, String codes) {
        return CanonicalJson.toJson(registry(ctx).resolve(Caller.of(ctx), codes));
    }

    /** One party by its unified social credit code. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetParty")
    public String getParty(Context ctx, String creditCode) {
        return CanonicalJson.toJson(registry(ctx).get(creditCode));
    }

    /**
     * Parties in credit-code order, optionally of one kind ("" for all); pageSize "" for the
     * default.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListParties")
    public String listParties(Context ctx, String kind, String pageSize, String bookmark) {
        return CanonicalJson.toJson(registry(ctx).list(kind, page(pageSize, bookmark)));
    }

    /** The identities bound to a party. Caller: the party's organisation or the regulator. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListIdentities")
    public String listIdentities(Context ctx, String creditCode, String pageSize, String bookmark) {
        return CanonicalJson.toJson(
                registry(ctx).identities(Caller.of(ctx), creditCode, page(pageSize, bookmark)));
    }

    /** Every committed version of a party, newest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetPartyHistory")
    public String getPartyHistory(Context ctx, String creditCode) {
        return CanonicalJson.toJson(registry(ctx).history(creditCode));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the party registry has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }

    private static PartyRef toRef(Party party) {
        return new PartyRef(party.creditCode(), party.name(), party.kind().name(), party.mspId());
    }

    private static PartyRegistry registry(Context ctx) {
        return new PartyRegistry(ctx.getStub());
    }

    private static PageRequest page(String pageSize, String bookmark) {
        Integer size = null;
        if (pageSize != null && !pageSize.isEmpty()) {
            try {
                size = Integer.valueOf(pageSize);
            } catch (NumberFormatException e) {
                throw BusinessException.of(
                        CommonErrorCode.INVALID_ARGUMENT,
                        "pageSize must be a whole number, got '" + pageSize + "'",
                        "field",
                        "pageSize");
            }
        }
        return PageRequest.of(size, bookmark);
    }
}
