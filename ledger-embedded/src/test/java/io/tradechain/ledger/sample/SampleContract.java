package io.tradechain.ledger.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/** A chaincode whose functions each exercise one stub behaviour, for the testkit's own tests. */
@Contract(name = "sample")
@Default
public final class SampleContract implements ContractInterface {
    private static final String ABSENT = "<absent>";

    private static String text(byte[] value) {
        return value == null ? ABSENT : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Transaction(name = "Put")
    public void put(Context ctx, String key, String value) {
        ctx.getStub().putState(key, bytes(value));
    }

    @Transaction(name = "PutEmpty")
    public void putEmpty(Context ctx, String key) {
        ctx.getStub().putState(key, new byte[0]);
    }

    @Transaction(name = "Del")
    public void del(Context ctx, String key) {
        ctx.getStub().delState(key);
    }

    @Transaction(name = "Get", intent = Transaction.TYPE.EVALUATE)
    public String get(Context ctx, String key) {
        return text(ctx.getStub().getState(key));
    }

    @Transaction(name = "PutThenGet")
    public String putThenGet(Context ctx, String key, String value) {
        ctx.getStub().putState(key, bytes(value));
        return text(ctx.getStub().getState(key));
    }

    @Transaction(name = "Increment")
    public String increment(Context ctx, String key) {
        byte[] current = ctx.getStub().getState(key);
        int next = current == null ? 1 : Integer.parseInt(text(current)) + 1;
        ctx.getStub().putState(key, bytes(Integer.toString(next)));
        return Integer.toString(next);
    }

    @Transaction(name = "Range", intent = Transaction.TYPE.EVALUATE)
    public String range(Context ctx, String start, String end) throws Exception {
        return keys(ctx.getStub().getStateByRange(start, end));
    }

    @Transaction(name = "CountRangeThenPut")
    public String countRangeThenPut(Context ctx, String start, String end, String key)
            throws Exception {
        String keys = keys(ctx.getStub().getStateByRange(start, end));
        ctx.getStub().putState(key, bytes(keys));
        return keys;
    }

    @Transaction(name = "PutComposite")
    public void putComposite(Context ctx, String type, String a, String b) {
        ChaincodeStub stub = ctx.getStub();
        stub.putState(stub.createCompositeKey(type, a, b).toString(), bytes(a + "/" + b));
    }

    @Transaction(name = "Partial", intent = Transaction.TYPE.EVALUATE)
    public String partial(Context ctx, String type, String a) throws Exception {
        ChaincodeStub stub = ctx.getStub();
        List<String> values = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> it =
                a.isEmpty()
                        ? stub.getStateByPartialCompositeKey(type)
                        : stub.getStateByPartialCompositeKey(type, a)) {
            for (KeyValue kv : it) {
                values.add(kv.getStringValue());
            }
        }
        return String.join(",", values);
    }

    @Transaction(name = "Page", intent = Transaction.TYPE.EVALUATE)
    public String page(Context ctx, String type, int pageSize, String bookmark) throws Exception {
        ChaincodeStub stub = ctx.getStub();
        List<String> values = new ArrayList<>();
        try (QueryResultsIteratorWithMetadata<KeyValue> it =
                stub.getStateByPartialCompositeKeyWithPagination(
                        stub.createCompositeKey(type), pageSize, bookmark)) {
            for (KeyValue kv : it) {
                values.add(kv.getStringValue());
            }
            return String.join(",", values)
                    + "|"
                    + it.getMetadata().getFetchedRecordsCount()
                    + "|"
                    + it.getMetadata().getBookmark();
        }
    }

    @Transaction(name = "PutThenPage")
    public String putThenPage(Context ctx, String type) throws Exception {
        ctx.getStub().putState("x", bytes("1"));
        return page(ctx, type, 10, "");
    }

    @Transaction(name = "PageThenPut")
    public String pageThenPut(Context ctx, String type) throws Exception {
        String page = page(ctx, type, 10, "");
        ctx.getStub().putState("x", bytes("1"));
        return page;
    }

    @Transaction(name = "Rich", intent = Transaction.TYPE.EVALUATE)
    public String rich(Context ctx, String query) throws Exception {
        return keys(ctx.getStub().getQueryResult(query));
    }

    @Transaction(name = "PutPrivate")
    public void putPrivate(Context ctx, String collection, String key) {
        ctx.getStub().putPrivateData(collection, key, ctx.getStub().getTransient().get("value"));
    }

    @Transaction(name = "GetPrivate", intent = Transaction.TYPE.EVALUATE)
    public String getPrivate(Context ctx, String collection, String key) {
        return text(ctx.getStub().getPrivateData(collection, key));
    }

    @Transaction(name = "PrivateHash", intent = Transaction.TYPE.EVALUATE)
    public String privateHash(Context ctx, String collection, String key) {
        byte[] hash = ctx.getStub().getPrivateDataHash(collection, key);
        return hash == null ? ABSENT : HexFormat.of().formatHex(hash);
    }

    @Transaction(name = "PutThenPrivateRange")
    public String putThenPrivateRange(Context ctx, String collection) throws Exception {
        ctx.getStub().putState("x", bytes("1"));
        return keys(ctx.getStub().getPrivateDataByRange(collection, "", ""));
    }

    @Transaction(name = "PrivateRange", intent = Transaction.TYPE.EVALUATE)
    public String privateRange(Context ctx, String collection) throws Exception {
        return keys(ctx.getStub().getPrivateDataByRange(collection, "", ""));
    }

    @Transaction(name = "Header", intent = Transaction.TYPE.EVALUATE)
    public String header(Context ctx) {
        ChaincodeStub stub = ctx.getStub();
        return stub.getTxId()
                + "|"
                + stub.getTxTimestamp()
                + "|"
                + stub.getChannelId()
                + "|"
                + stub.getMspId()
                + "|"
                + text(stub.getTransient().get("secret"));
    }

    @Transaction(name = "Identity", intent = Transaction.TYPE.EVALUATE)
    public String identity(Context ctx, String attribute) throws Exception {
        ClientIdentity id = new ClientIdentity(ctx.getStub());
        return id.getMSPID()
                + "|"
                + id.getId()
                + "|"
                + id.getAttributeValue(attribute)
                + "|"
                + id.assertAttributeValue(attribute, "auditor")
                + "|"
                + id.getX509Certificate().getSubjectX500Principal();
    }

    @Transaction(name = "Event")
    public void event(Context ctx, String first, String second) {
        ctx.getStub().setEvent(first, bytes("1"));
        if (!second.isEmpty()) {
            ctx.getStub().setEvent(second, bytes("2"));
        }
    }

    @Transaction(name = "EventAndIncrement")
    public String eventAndIncrement(Context ctx, String key) {
        ctx.getStub().setEvent("counted", bytes(key));
        return increment(ctx, key);
    }

    @Transaction(name = "History", intent = Transaction.TYPE.EVALUATE)
    public String history(Context ctx, String key) throws Exception {
        List<String> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> it = ctx.getStub().getHistoryForKey(key)) {
            for (KeyModification m : it) {
                entries.add(m.getTxId() + ":" + (m.isDeleted() ? "deleted" : m.getStringValue()));
            }
        }
        return String.join(",", entries);
    }

    @Transaction(name = "CallOther")
    public String callOther(Context ctx, String chaincode, String function, String arg) {
        Chaincode.Response response =
                ctx.getStub().invokeChaincodeWithStringArgs(chaincode, function, arg);
        ctx.getStub().setEvent("sample.Called", bytes("x"));
        return ctx.getStub().getTxId()
                + "#"
                + response.getStatusCode()
                + "#"
                + response.getStringPayload()
                + "#"
                + response.getMessage();
    }

    @Transaction(name = "SetParam")
    public void setParam(Context ctx, String key, String value) {
        ctx.getStub().setStateValidationParameter(key, bytes(value));
    }

    @Transaction(name = "GetParam", intent = Transaction.TYPE.EVALUATE)
    public String getParam(Context ctx, String key) {
        return text(ctx.getStub().getStateValidationParameter(key));
    }

    private static String keys(QueryResultsIterator<KeyValue> iterator) throws Exception {
        List<String> keys = new ArrayList<>();
        try (iterator) {
            for (KeyValue kv : iterator) {
                keys.add(kv.getKey());
            }
        }
        return String.join(",", keys);
    }
}
