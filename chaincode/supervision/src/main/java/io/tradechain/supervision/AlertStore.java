package io.tradechain.supervision;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageCursor;
import io.tradechain.chaincode.common.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Alerts and their indexes in the regulator's collection, under simple keys (the library's paged
 * partial-key queries work on public state only; Fabric pages no private query). Keys sort by time
 * within each index: {@code alert|id}; {@code t|time|id}; {@code c|code|time|id}; {@code
 * o|msp|time|id}; {@code co|code|msp|time|id}. Every filter combination has its own index, so a
 * page reads only matching keys. A list reads at most {@code pageSize + 1} index keys; the bookmark
 * is the next key.
 */
final class AlertStore {
    private static final String SEP = "|";
    private static final String HIGH = "~";
    private static final String CURSOR_SCOPE = "supervision-alerts";
    private static final byte[] PRESENT = {0x31};

    private final ChaincodeStub stub;

    AlertStore(ChaincodeStub stub) {
        this.stub = stub;
    }

    void insert(Alert alert) {
        String id = alert.alertId();
        String at = alert.recordedAt();
        put("alert" + SEP + id, CanonicalJson.toBytes(alert));
        put(String.join(SEP, "t", at, id), PRESENT);
        put(String.join(SEP, "c", alert.code().name(), at, id), PRESENT);
        put(String.join(SEP, "o", alert.askingMsp(), at, id), PRESENT);
        put(String.join(SEP, "co", alert.code().name(), alert.askingMsp(), at, id), PRESENT);
    }

    Optional<Alert> find(String alertId) {
        byte[] bytes = stub.getPrivateData(SupervisionCollections.ALERTS, "alert" + SEP + alertId);
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        return Optional.of(CanonicalJson.fromBytes(bytes, Alert.class));
    }

    /**
     * A page of alerts, oldest first, filtered by code and/or asking organisation and a time window
     * [from, to).
     */
    Page<Alert> list(AlertCode code, String msp, String from, String to, PageRequest page) {
        String prefix;
        if (code != null && msp != null) {
            prefix = String.join(SEP, "co", code.name(), msp) + SEP;
        } else if (code != null) {
            prefix = "c" + SEP + code.name() + SEP;
        } else if (msp != null) {
            prefix = "o" + SEP + msp + SEP;
        } else {
            prefix = "t" + SEP;
        }
        String start = from == null ? prefix : prefix + from;
        String end = to == null ? prefix + HIGH : prefix + to;
        // the cursor names the list and its filters: a cursor of another list or other filters is
        // refused
        List<String> scope =
                List.of(CURSOR_SCOPE, prefix, from == null ? "" : from, to == null ? "" : to);
        String resume = PageCursor.positionForSimple(page.bookmark(), scope, prefix);
        if (!resume.isEmpty()) {
            if (resume.compareTo(start) < 0 || resume.compareTo(end) >= 0) {
                throw BusinessException.of(
                        CommonErrorCode.INVALID_CURSOR,
                        "bookmark lies outside this list's "
                                + "window; omit it to start from the first page",
                        "field",
                        "bookmark");
            }
            start = resume;
        }
        List<String> keys = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range =
                stub.getPrivateDataByRange(SupervisionCollections.ALERTS, start, end)) {
            for (KeyValue kv : range) {
                keys.add(kv.getKey());
                if (keys.size() > page.pageSize()) {
                    break;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing a private range query", e);
        }
        String next = "";
        if (keys.size() > page.pageSize()) {
            next = PageCursor.encodeSimple(scope, prefix, keys.remove(keys.size() - 1));
        }
        List<Alert> alerts = new ArrayList<>(keys.size());
        for (String key : keys) {
            String id = key.substring(key.lastIndexOf(SEP) + 1);
            alerts.add(
                    find(id).orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "index key "
                                                            + key
                                                            + " names an alert that is not stored")));
        }
        return new Page<>(alerts, next, keys.size());
    }

    private void put(String key, byte[] value) {
        stub.putPrivateData(SupervisionCollections.ALERTS, key, value);
    }
}
