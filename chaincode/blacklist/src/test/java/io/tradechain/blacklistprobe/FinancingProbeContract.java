package io.tradechain.blacklistprobe;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.Events;
import java.util.Map;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * A stand-in for a financing chaincode: it refuses a blacklisted applicant, as the real ones will.
 */
@Contract(name = "probe")
@Default
public final class FinancingProbeContract implements ContractInterface {

    /** Records a financing of the party unless it is blacklisted. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "Finance")
    public String finance(Context ctx, String creditCode) {
        new BlacklistCheck(ctx.getStub()).requireNotListed(creditCode);
        String key =
                ctx.getStub().createCompositeKey("financing", ctx.getStub().getTxId()).toString();
        ctx.getStub().putState(key, new byte[] {1});
        Events.emit(ctx.getStub(), "probe", "Financed", Map.of("txId", ctx.getStub().getTxId()));
        return "financed";
    }

    /** A financing between two parties: both checked in one call of the blacklist. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "FinanceBetween")
    public String financeBetween(Context ctx, String first, String second) {
        new BlacklistCheck(ctx.getStub()).requireNoneListed(first, second);
        return "financed";
    }

    /** The blacklist status as the helper reads it. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "Status")
    public String status(Context ctx, String creditCode) {
        return CanonicalJson.toJson(new BlacklistCheck(ctx.getStub()).status(creditCode));
    }
}
