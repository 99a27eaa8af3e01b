package io.tradechain.supervision;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * Entry points of the supervision chaincode (docs/supervision.md): any organisation but the
 * regulator records an alert in its own name; only the regulator reads them. Results are canonical
 * JSON.
 */
@Contract(
        name = "supervision",
        info =
                @Info(
                        title = "tradechain supervision alerts",
                        version = "0.1.0",
                        description =
                                "Refused duplicate financings, over-financings, second backings, blacklist hits and over-line "
                                        + "issues, recorded for the regulator's eyes only",
                        license = @License(name = "Apache-2.0"),
                        contact = @Contact(name = "tradechain")))
@Default
public final class SupervisionContract implements ContractInterface {

    /**
     * Records the alert of the transient {@code alert} under the gateway's reference (retries
     * answer the first).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = "RecordAlert")
    public String recordAlert(Context ctx, String alertRef) {
        return CanonicalJson.toJson(new Alerts(ctx.getStub()).record(Caller.of(ctx), alertRef));
    }

    /** One alert. RegulatorMSP only. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "GetAlert")
    public String getAlert(Context ctx, String alertId) {
        return CanonicalJson.toJson(new Alerts(ctx.getStub()).get(Caller.of(ctx), alertId));
    }

    /**
     * A page of alerts, oldest first; empty filters match everything; {@code from} inclusive,
     * {@code to} exclusive. RegulatorMSP only.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "ListAlerts")
    public String listAlerts(
            Context ctx,
            String code,
            String organisation,
            String from,
            String to,
            String pageSize,
            String bookmark) {
        return CanonicalJson.toJson(
                new Alerts(ctx.getStub())
                        .list(Caller.of(ctx), code, organisation, from, to, pageSize, bookmark));
    }

    @Override
    public void unknownTransaction(Context ctx) {
        throw BusinessException.of(
                CommonErrorCode.INVALID_ARGUMENT,
                "the supervision chaincode has no function " + ctx.getStub().getFunction(),
                "field",
                "function");
    }
}
