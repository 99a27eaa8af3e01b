package io.tradechain.receivables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Dates from the transaction's timestamp (UTC), never the wall clock. */
final class Dates {
    private Dates() {}

    static LocalDate today(ChaincodeStub stub) {
        return LocalDate.ofInstant(stub.getTxTimestamp(), ZoneOffset.UTC);
    }

    static String now(ChaincodeStub stub) {
        Instant at = stub.getTxTimestamp();
        return at.toString();
    }
}
