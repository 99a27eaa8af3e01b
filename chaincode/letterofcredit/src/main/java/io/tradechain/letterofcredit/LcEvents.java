package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Organisations;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The event of each L/C write, {@code letterofcredit.Lc<Action>}, for the two banks and the
 * enterprises. When another chaincode (forfaiting) calls in, that chaincode's event is the
 * transaction's; this one is skipped.
 */
final class LcEvents {
    static final String DOMAIN = "letterofcredit";

    private LcEvents() {}

    static void emit(
            ChaincodeStub stub, String type, LetterOfCredit lc, int subject, String status) {
        if (stub.getEvent() != null) {
            return;
        }
        Map<String, String> ids = new TreeMap<>();
        ids.put("lcId", lc.lcId());
        ids.put("status", status);
        if (subject > 0) {
            ids.put("subject", Integer.toString(subject));
        }
        Events.emit(
                stub,
                DOMAIN,
                type,
                ids,
                new TreeSet<>(
                        List.of(
                                lc.issuingBankMsp(),
                                lc.advisingBankMsp(),
                                Organisations.CORP_MSP)));
    }
}
