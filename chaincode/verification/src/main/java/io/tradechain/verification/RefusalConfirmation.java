package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.EntryChaincode;
import io.tradechain.chaincode.common.Money;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Answers the supervision chaincode whether a refusal it is asked to record holds on the current
 * state: a financing of {@code requested} above the document's balance ({@code
 * DUPLICATE_FINANCING}) or face value ({@code OVER_FINANCING}), a backing above what is left
 * unbacked ({@code DOCUMENT_ALREADY_BACKING}). Only from a transaction that entered through {@code
 * supervision}, so a client cannot use it to probe balances without leaving an alert in its own
 * name for the regulator; the answer is yes or no and the document's currency, never an amount.
 */
final class RefusalConfirmation {
    static final String SUPERVISION = ChaincodeNames.SUPERVISION;

    private final ChaincodeStub stub;
    private final VerificationState state;

    RefusalConfirmation(ChaincodeStub stub, VerificationState state) {
        this.stub = stub;
        this.state = state;
    }

    Map<String, Object> confirm(Caller caller, String code, String documentId, String requested) {
        caller.requireWriter();
        String entry = EntryChaincode.of(stub);
        if (!SUPERVISION.equals(entry)) {
            throw BusinessException.of(
                    VerificationErrorCode.PRODUCT_CALL_REQUIRED,
                    "refusals are confirmed only to "
                            + "the supervision chaincode, not to a transaction of "
                            + entry,
                    "product",
                    SUPERVISION);
        }
        Args.sha256Hex("documentId", documentId);
        Map<String, Object> answer = new TreeMap<>();
        Optional<Document> found = state.findDocument(documentId);
        if (found.isEmpty()) {
            answer.put("confirmed", false);
            return answer;
        }
        Document document = found.get();
        Money amount =
                Money.parseMinorUnits("requested", requested, document.faceValue().currency());
        boolean holds =
                switch (code == null ? "" : code) {
                    case "DUPLICATE_FINANCING" -> amount.greaterThan(document.balance());
                    case "OVER_FINANCING" -> amount.greaterThan(document.faceValue());
                    case "DOCUMENT_ALREADY_BACKING" -> amount.greaterThan(document.unbacked());
                    default ->
                            throw BusinessException.of(
                                    CommonErrorCode.INVALID_ARGUMENT,
                                    "code must be one of "
                                            + "DOCUMENT_ALREADY_BACKING, DUPLICATE_FINANCING, OVER_FINANCING",
                                    "field",
                                    "code");
                };
        answer.put("confirmed", holds);
        answer.put("currency", document.faceValue().currency());
        return answer;
    }
}
