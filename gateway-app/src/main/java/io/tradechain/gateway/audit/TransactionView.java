package io.tradechain.gateway.audit;

import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.ledger.TransactionInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A transaction as an auditor sees it. Every member sees that it happened and how it was judged;
 * its arguments are shown only to the organisation that sent it and to the regulator.
 */
@Schema(name = "Transaction")
public record TransactionView(
        @Schema(description = "Fabric transaction id") String txId,
        @Schema(description = "Block holding it") long blockNumber,
        @Schema(description = "VALID, or why validation invalidated it", examples = "VALID")
                String validationCode,
        @Schema(examples = "parties") String chaincode,
        @Schema(examples = "RegisterParty") String function,
        @Schema(
                        description =
                                "Arguments; null unless you are the sender's organisation or the regulator")
                List<String> args,
        @Schema(examples = "CorpMSP") String creatorMsp,
        @Schema(description = "Timestamp the client put in the proposal") Instant timestamp) {

    static TransactionView of(TransactionInfo tx, String viewerMsp) {
        boolean mayReadArgs =
                tx.creatorMsp().equals(viewerMsp) || Organisations.REGULATOR_MSP.equals(viewerMsp);
        return new TransactionView(
                tx.txId(),
                tx.blockNumber(),
                tx.validationCode(),
                tx.chaincode(),
                tx.function(),
                mayReadArgs ? tx.args() : null,
                tx.creatorMsp(),
                tx.timestamp());
    }
}
