package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Arguments and transient inputs shared by the functions; every refusal names the field. */
final class Inputs {
    static final String INVOICE = "invoice";
    static final String DECLARATION = "declaration";
    static final String DOCUMENT = "document";
    static final String DOCUMENTS = "documents";
    static final int MAX_BATCH = 500;
    static final int MAX_REASON_LENGTH = 500;
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");

    /**
     * A bank's own reference of a financing: letters, digits and . _ : / - after a letter or digit,
     * 64 at most.
     */
    static final Pattern FINANCING_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");

    private Inputs() {}

    static DocumentSubmission submission(ChaincodeStub stub, String key) {
        return CanonicalJson.parseArgument(key, transientText(stub, key), DocumentSubmission.class);
    }

    static DocumentSubmission[] submissions(ChaincodeStub stub) {
        return CanonicalJson.parseArgument(
                DOCUMENTS, transientText(stub, DOCUMENTS), DocumentSubmission[].class);
    }

    static String documentId(String value) {
        return Args.matches(
                "documentId", value, DOCUMENT_ID, "a document id (64 lowercase hex characters)");
    }

    static String financingRef(String value) {
        return Args.matches(
                "financingRef",
                value,
                FINANCING_REF,
                "1 to 64 letters, digits or . _ : / - starting with a letter or digit");
    }

    static String mspId(String field, String value) {
        return Args.matches(field, value, MSP_ID, "an MSP id such as Bank1MSP");
    }

    static Money amount(String field, String json) {
        return CanonicalJson.parseArgument(field, json, Money.class).requirePositive(field);
    }

    static String reason(String value) {
        return Args.text("reason", value, MAX_REASON_LENGTH);
    }

    /** The transaction's date in UTC: the day every date rule uses (never the wall clock). */
    static LocalDate today(ChaincodeStub stub) {
        return LocalDate.ofInstant(stub.getTxTimestamp(), ZoneOffset.UTC);
    }

    static String now(ChaincodeStub stub) {
        return stub.getTxTimestamp().toString();
    }

    private static String transientText(ChaincodeStub stub, String key) {
        return new String(Args.transientValue(stub, key), StandardCharsets.UTF_8);
    }
}
