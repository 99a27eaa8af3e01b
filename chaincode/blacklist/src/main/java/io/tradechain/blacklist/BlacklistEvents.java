package io.tradechain.blacklist;

import io.tradechain.chaincode.common.Events;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The one event of each blacklist transaction, {@code blacklist.<Type>}; it names the party by its
 * code hash only.
 */
final class BlacklistEvents {
    static final String DOMAIN = "blacklist";

    private BlacklistEvents() {}

    static void emit(ChaincodeStub stub, String type, Report report, Listing listing) {
        Events.emit(
                stub,
                DOMAIN,
                type,
                Map.of(
                        "reportId", report.reportId(),
                        "codeHash", report.codeHash(),
                        "category", report.category().name(),
                        "reporterMsp", report.reporterMsp(),
                        "reportStatus", report.status().name(),
                        "listingStatus", listing.status().name()));
    }
}
