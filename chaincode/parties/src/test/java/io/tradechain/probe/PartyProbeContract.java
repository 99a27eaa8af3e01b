package io.tradechain.probe;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.RemotePartyDirectory;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;

/** A stand-in for any other chaincode that needs to know which party is calling it. */
@Contract(name = "probe")
@Default
public final class PartyProbeContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "WhoCalls")
    public String whoCalls(Context ctx) {
        return CanonicalJson.toJson(new RemotePartyDirectory(ctx.getStub()).callerParty());
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "Lookup")
    public String lookup(Context ctx, String creditCode) {
        return new RemotePartyDirectory(ctx.getStub())
                .find(creditCode)
                .map(CanonicalJson::toJson)
                .orElse("none");
    }
}
