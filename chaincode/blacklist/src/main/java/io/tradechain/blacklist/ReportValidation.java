package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Reads and checks the private inputs of the blacklist's submit functions from the transient map.
 * Every refusal names the field; the date rule uses the transaction's timestamp, never the wall
 * clock.
 */
final class ReportValidation {
    static final String REPORT = "report";
    static final String APPEAL = "appeal";
    static final String APPEAL_REJECTION = "appealRejection";
    static final String DELISTING = "delisting";
    static final int MAX_REASON_LENGTH = 1000;
    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-f]{64}");

    private ReportValidation() {}

    /** The {@code report} input, checked and normalised (credit code trimmed and upper-cased). */
    static ReportRequest report(ChaincodeStub stub) {
        ReportRequest raw =
                CanonicalJson.parseArgument(
                        REPORT, transientText(stub, REPORT), ReportRequest.class);
        String code = Args.creditCode("creditCode", raw.creditCode());
        ReportCategory category = Args.oneOf("category", raw.category(), ReportCategory.class);
        String reason = Args.text("reason", raw.reason(), MAX_REASON_LENGTH);
        String evidenceHash = Args.sha256Hex("evidenceHash", raw.evidenceHash());
        Money amount = requirePositive(raw.amountInDefault());
        String reportDate =
                notAfterTransactionDate(stub, Args.isoDate("reportDate", raw.reportDate()));
        return new ReportRequest(code, category.name(), reason, evidenceHash, amount, reportDate);
    }

    /**
     * A report id as the blacklist issues them: the 64 lowercase hex characters of the filing
     * transaction's id.
     */
    static String reportId(String reportId) {
        return Args.matches(
                "reportId", reportId, REPORT_ID, "a report id (64 lowercase hex characters)");
    }

    /** The reason sent under {@code key}. */
    static String reason(ChaincodeStub stub, String key) {
        ReasonRequest request =
                CanonicalJson.parseArgument(key, transientText(stub, key), ReasonRequest.class);
        return Args.text("reason", request.reason(), MAX_REASON_LENGTH);
    }

    /** The transaction's date in UTC, the day a report date may not pass. */
    static LocalDate transactionDate(ChaincodeStub stub) {
        return LocalDate.ofInstant(stub.getTxTimestamp(), ZoneOffset.UTC);
    }

    private static Money requirePositive(Money amount) {
        if (amount == null) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "amountInDefault is required",
                    "field",
                    "amountInDefault");
        }
        return amount.requirePositive("amountInDefault");
    }

    private static String notAfterTransactionDate(ChaincodeStub stub, String reportDate) {
        LocalDate today = transactionDate(stub);
        if (LocalDate.parse(reportDate).isAfter(today)) {
            throw BusinessException.of(
                    BlacklistErrorCode.DATE_IN_FUTURE,
                    "reportDate "
                            + reportDate
                            + " is after the transaction's date "
                            + today
                            + " (UTC); a report states what has happened",
                    "field",
                    "reportDate");
        }
        return reportDate;
    }

    private static String transientText(ChaincodeStub stub, String key) {
        return new String(Args.transientValue(stub, key), StandardCharsets.UTF_8);
    }
}
