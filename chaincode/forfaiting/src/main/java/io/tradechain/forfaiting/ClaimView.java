package io.tradechain.forfaiting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Money;
import java.io.IOException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The L/C claim as the letterofcredit chaincode's {@code GetClaim} gives it (read inside this
 * transaction).
 */
record ClaimView(
        String lcId,
        int number,
        String status,
        Money amount,
        String maturityDate,
        String claimHolder,
        String pendingTransferTo,
        String issuingBankMsp,
        String applicantCode,
        String beneficiaryCode) {
    static final String LC_CHAINCODE = ChaincodeNames.LETTER_OF_CREDIT;
    private static final ObjectReader READER =
            CanonicalJson.mapper()
                    .readerFor(ClaimView.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static ClaimView read(ChaincodeStub stub, String lcId, int presentation) {
        byte[] json =
                new ChaincodeInvocation(stub, LC_CHAINCODE)
                        .callRaw("GetClaim", lcId, Integer.toString(presentation));
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the letterofcredit chaincode answered GetClaim unreadably", e);
        }
    }
}
