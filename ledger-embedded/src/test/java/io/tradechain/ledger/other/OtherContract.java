package io.tradechain.ledger.other;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** A second chaincode, called by the sample through invokeChaincode. */
@Contract(name = "other")
@Default
public final class OtherContract implements ContractInterface {

    @Transaction(name = "Stamp")
    public String stamp(Context ctx, String key) {
        byte[] before = ctx.getStub().getState(key);
        ctx.getStub().putState(key, ctx.getStub().getTxId().getBytes(StandardCharsets.UTF_8));
        ctx.getStub().setEvent("other.Stamped", new byte[] {1});
        return ctx.getStub().getTxId()
                + "|"
                + (before == null ? "<absent>" : new String(before, StandardCharsets.UTF_8))
                + "|"
                + new String(
                        ctx.getStub().getTransient().getOrDefault("secret", new byte[0]),
                        StandardCharsets.UTF_8);
    }

    @Transaction(name = "Fail")
    public String fail(Context ctx) {
        throw new org.hyperledger.fabric.shim.ChaincodeException(
                "other refuses", "nope".getBytes(StandardCharsets.UTF_8));
    }
}
