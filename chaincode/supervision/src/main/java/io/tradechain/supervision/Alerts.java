package io.tradechain.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeInvocation;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Events;
import io.tradechain.chaincode.common.Hashes;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Recording and reading supervision alerts (docs/supervision.md). */
final class Alerts {
    static final String TRANSIENT_ALERT = "alert";
    static final String DOMAIN = "supervision";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FUNCTION = Pattern.compile("[a-z]{1,32}\\.[A-Za-z]{1,64}");
    private static final Pattern LINE_ID = Pattern.compile("[A-Za-z0-9]{1,64}MSP:[0-9A-Z]{18}");
    private static final Pattern MSP = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern INSTANT =
            Pattern.compile(
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?Z?)?");

    private final ChaincodeStub stub;
    private final AlertStore store;
    private final EntityStore<AlertRef> refs;

    Alerts(ChaincodeStub stub) {
        this.stub = stub;
        this.store = new AlertStore(stub);
        this.refs = new EntityStore<>(stub, "salertref", AlertRef.class);
    }

    /**
     * Records an alert in the caller's organisation's name after re-checking the claim where the
     * ledger allows it. A second call under the same reference from the same organisation answers
     * the first alert's id.
     */
    Map<String, Object> record(Caller caller, String alertRef) {
        caller.requireWriter();
        String ref = Args.matches("alertRef", alertRef, REF, "1 to 128 letters, digits or . _ : -");
        AlertInput input =
                CanonicalJson.parseArgument(
                        TRANSIENT_ALERT,
                        new String(
                                Args.transientValue(stub, TRANSIENT_ALERT), StandardCharsets.UTF_8),
                        AlertInput.class);
        String refKey = Hashes.sha256Hex(caller.mspId() + "|" + ref);
        Optional<AlertRef> earlier = refs.find(refKey);
        if (earlier.isPresent()) {
            return Map.of("alertId", earlier.get().alertId(), "replayed", true);
        }
        AlertCode code = Args.oneOf("code", input.code(), AlertCode.class);
        String function =
                Args.matches(
                        "function",
                        input.function(),
                        FUNCTION,
                        "the refused function as chaincode.Function, e.g. receivables.ApproveFinancing");
        Alert alert =
                switch (code) {
                    case DUPLICATE_FINANCING, OVER_FINANCING, DOCUMENT_ALREADY_BACKING ->
                            documentAlert(caller, code, function, input);
                    case PARTY_BLACKLISTED -> blacklistAlert(caller, function, input);
                    case CREDIT_LINE_EXCEEDED -> lineAlert(caller, function, input);
                };
        store.insert(alert);
        refs.insert(new AlertRef(alert.alertId()), refKey);
        Events.emit(
                stub,
                DOMAIN,
                "AlertRecorded",
                Map.of("alertId", alert.alertId()),
                Set.of(Organisations.REGULATOR_MSP));
        return Map.of("alertId", alert.alertId(), "replayed", false);
    }

    private Alert documentAlert(Caller caller, AlertCode code, String function, AlertInput input) {
        String documentId =
                Args.matches(
                        "documentId", input.documentId(), DOCUMENT_ID, "64 lowercase hex digits");
        String requested = Args.text("requested", input.requested(), 32);
        JsonNode answer =
                new ChaincodeInvocation(stub, ChaincodeNames.VERIFICATION)
                        .call("ConfirmRefusal", code.name(), documentId, requested);
        if (!answer.path("confirmed").asBoolean(false)) {
            throw notConfirmed(
                    code,
                    "document " + documentId + " does not bear out " + code + " for " + requested,
                    "documentId",
                    documentId);
        }
        Money amount =
                Money.parseMinorUnits("requested", requested, answer.path("currency").asText());
        return alert(
                caller, code, function, Hashes.sha256Hex(documentId), null, null, amount, true);
    }

    private Alert blacklistAlert(Caller caller, String function, AlertInput input) {
        String creditCode = Args.creditCode("creditCode", input.creditCode());
        boolean confirmed;
        try {
            JsonNode status =
                    new ChaincodeInvocation(stub, ChaincodeNames.BLACKLIST)
                            .call("CheckParty", creditCode);
            if (!status.path("listed").asBoolean(false)) {
                throw notConfirmed(
                        AlertCode.PARTY_BLACKLISTED,
                        "party " + creditCode + " is not on the credit " + "blacklist",
                        "creditCode",
                        creditCode);
            }
            confirmed = true;
        } catch (BusinessException e) {
            if (!CommonErrorCode.ACCESS_DENIED.name().equals(e.code())) {
                throw e;
            }
            // Only banks and the regulator read another party's listing: a non-bank's claim is
            // recorded unconfirmed.
            confirmed = false;
        }
        return alert(
                caller,
                AlertCode.PARTY_BLACKLISTED,
                function,
                null,
                Hashes.sha256Hex(creditCode),
                null,
                null,
                confirmed);
    }

    private Alert lineAlert(Caller caller, String function, AlertInput input) {
        String lineId =
                Args.matches("lineId", input.lineId(), LINE_ID, "<bankMsp>:<debtor credit code>");
        JsonNode line =
                new ChaincodeInvocation(stub, ChaincodeNames.RECEIVABLES)
                        .call("GetCreditLine", lineId);
        Money limit = money(line.path("limit"));
        Money used = money(line.path("used"));
        Money amount = Money.parseMinorUnits("requested", input.requested(), limit.currency());
        if (!used.plus(amount).greaterThan(limit)) {
            throw notConfirmed(
                    AlertCode.CREDIT_LINE_EXCEEDED,
                    "line " + lineId + " has room for " + amount.toDecimalString(),
                    "lineId",
                    lineId);
        }
        return alert(
                caller,
                AlertCode.CREDIT_LINE_EXCEEDED,
                function,
                null,
                Hashes.sha256Hex(line.path("debtorCode").asText()),
                line.path("funderMsp").asText(),
                amount,
                true);
    }

    private static Money money(JsonNode node) {
        return Money.of(node.path("minorUnits").asLong(), node.path("currency").asText());
    }

    private Alert alert(
            Caller caller,
            AlertCode code,
            String function,
            String documentHash,
            String partyHash,
            String funderMsp,
            Money requested,
            boolean confirmed) {
        return new Alert(
                stub.getTxId(),
                code,
                caller.mspId(),
                Hashes.sha256Hex(caller.clientId()),
                function,
                documentHash,
                partyHash,
                funderMsp,
                requested,
                confirmed,
                TIME.format(stub.getTxTimestamp()));
    }

    private static BusinessException notConfirmed(
            AlertCode code, String why, String key, String value) {
        return BusinessException.of(
                SupervisionErrorCode.ALERT_NOT_CONFIRMED,
                "the ledger does not bear out a " + code + " refusal: " + why,
                "code",
                code.name(),
                key,
                value);
    }

    // ---- the regulator's reads
    // ------------------------------------------------------------------------------

    Alert get(Caller caller, String alertId) {
        requireRegulator(caller);
        String id =
                Args.matches(
                        "alertId",
                        alertId,
                        DOCUMENT_ID,
                        "64 lowercase hex digits (a transaction id)");
        return store.find(id)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        SupervisionErrorCode.ALERT_NOT_FOUND,
                                        "no alert " + id,
                                        "alertId",
                                        id));
    }

    Page<Alert> list(
            Caller caller,
            String code,
            String msp,
            String from,
            String to,
            String pageSize,
            String bookmark) {
        requireRegulator(caller);
        AlertCode byCode = blank(code) ? null : Args.oneOf("code", code, AlertCode.class);
        String byMsp =
                blank(msp)
                        ? null
                        : Args.matches("organisation", msp, MSP, "an MSP id such as Bank2MSP");
        String fromKey = blank(from) ? null : instant("from", from);
        String toKey = blank(to) ? null : instant("to", to);
        if (fromKey != null && toKey != null && fromKey.compareTo(toKey) >= 0) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT, "from must be before to", "field", "from");
        }
        return store.list(byCode, byMsp, fromKey, toKey, PageRequest.parse(pageSize, bookmark));
    }

    /** An ISO date or instant as a key bound: 2026-12-01 or 2026-12-01T10:15:30.123Z (UTC). */
    private static String instant(String field, String value) {
        Args.matches(
                field,
                value,
                INSTANT,
                "an ISO date or UTC instant, e.g. 2026-12-01 or 2026-12-01T10:15:30Z");
        return value.endsWith("Z") ? value.substring(0, value.length() - 1) : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    static void requireRegulator(Caller caller) {
        if (!Organisations.REGULATOR_MSP.equals(caller.mspId())) {
            throw BusinessException.of(
                    SupervisionErrorCode.REGULATOR_ONLY,
                    "supervision alerts are read by the "
                            + "regulator only; "
                            + caller.mspId()
                            + " may not read them",
                    "mspId",
                    caller.mspId());
        }
    }
}
