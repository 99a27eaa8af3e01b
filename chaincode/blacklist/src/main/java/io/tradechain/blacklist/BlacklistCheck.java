package io.tradechain.blacklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CreditCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The blacklist check for other chaincodes (financing, L/C issuance, forfaiting purchase): asks the
 * blacklist chaincode's {@code CheckParty} with {@code invokeChaincode} on the same channel, inside
 * the caller's transaction and as its creator, through the one cross-chaincode client {@link
 * ChaincodeInvocation}. The listing read joins the caller's read set, so a report committed
 * meanwhile invalidates the caller's transaction instead of slipping through.
 *
 * <pre>new BlacklistCheck(ctx.getStub()).requireNotListed(applicantCode);</pre>
 *
 * <p>A refusal of the blacklist (a malformed code, or {@code ACCESS_DENIED} when a non-bank's
 * transaction checks another party) is rethrown as a {@link BusinessException} with the blacklist's
 * code and text.
 */
public final class BlacklistCheck {
    /** The blacklist's chaincode name on the channel. */
    public static final String DEFAULT_CHAINCODE = ChaincodeNames.BLACKLIST;

    /** Later versions may add fields to the answer: read the three this helper knows. */
    private static final ObjectReader STATUS_READER =
            CanonicalJson.mapper()
                    .readerFor(BlacklistStatus.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ChaincodeInvocation blacklist;
    private final String chaincode;

    /** Asks the chaincode named {@value #DEFAULT_CHAINCODE}. */
    public BlacklistCheck(ChaincodeStub stub) {
        this(stub, DEFAULT_CHAINCODE);
    }

    /** Asks the named blacklist chaincode on the same channel. */
    public BlacklistCheck(ChaincodeStub stub, String blacklistChaincodeName) {
        this.chaincode = Objects.requireNonNull(blacklistChaincodeName, "blacklistChaincodeName");
        this.blacklist = new ChaincodeInvocation(Objects.requireNonNull(stub, "stub"), chaincode);
    }

    /** The party's blacklist status. */
    public BlacklistStatus status(String creditCode) {
        return read(blacklist.callRaw("CheckParty", creditCode));
    }

    /**
     * Refuses a listed party.
     *
     * @throws BusinessException {@code PARTY_BLACKLISTED} (BUSINESS_RULE, 422) naming the party,
     *     the number of reports in force and their categories; or the blacklist's own refusal
     */
    public void requireNotListed(String creditCode) {
        requireNoneListed(creditCode);
    }

    /**
     * Refuses the first listed party of several, checked in ONE call of the blacklist chaincode: a
     * transaction must check all its parties at once, as Fabric's Java shim may lose a second
     * invocation of the blacklist in one transaction.
     *
     * @throws BusinessException as {@link #requireNotListed}, for the first listed party in the
     *     order given
     */
    public void requireNoneListed(String... creditCodes) {
        List<BlacklistStatus> answers =
                readAll(
                        blacklist.callRaw(
                                "CheckParties", CanonicalJson.toJson(List.of(creditCodes))));
        if (answers.size() != creditCodes.length) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered "
                            + answers.size()
                            + " statuses for "
                            + creditCodes.length
                            + " parties");
        }
        for (int i = 0; i < creditCodes.length; i++) {
            refuseIfListed(creditCodes[i], answers.get(i));
        }
    }

    private static void refuseIfListed(String creditCode, BlacklistStatus status) {
        if (status.listed()) {
            String code = CreditCode.normalise(creditCode);
            String categories = String.join(", ", status.categories());
            throw BusinessException.of(
                    BlacklistErrorCode.PARTY_BLACKLISTED,
                    "party "
                            + code
                            + " is on the credit blacklist ("
                            + status.activeReports()
                            + " report(s) in force: "
                            + categories
                            + "); it cannot be served until every report is delisted",
                    "creditCode",
                    code,
                    "activeReports",
                    Integer.toString(status.activeReports()),
                    "categories",
                    categories);
        }
    }

    private List<BlacklistStatus> readAll(byte[] json) {
        try {
            List<BlacklistStatus> statuses = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode node :
                    CanonicalJson.mapper().readTree(json)) {
                statuses.add(STATUS_READER.readValue(node));
            }
            return statuses;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered CheckParties unreadably: "
                            + (json == null ? "nothing" : new String(json, StandardCharsets.UTF_8)),
                    e);
        }
    }

    private BlacklistStatus read(byte[] json) {
        try {
            BlacklistStatus status = STATUS_READER.readValue(json);
            if (status == null) {
                throw new IOException("empty answer");
            }
            return status;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered CheckParty unreadably: "
                            + (json == null ? "nothing" : new String(json, StandardCharsets.UTF_8)),
                    e);
        }
    }
}
