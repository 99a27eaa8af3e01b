package io.tradechain.blacklistscan;

import io.tradechain.chaincode.common.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Test only, deployed inside the {@code blacklist} chaincode (same namespace): dumps the whole
 * committed public state, simple and composite keys, as {@code [[key, value], ...]} with U+0000
 * shown as {@code /}.
 */
@Contract(name = "scan")
public final class StateScanContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = "DumpPublicState")
    public String dumpPublicState(Context ctx) throws Exception {
        ChaincodeStub stub = ctx.getStub();
        List<List<String>> entries = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> simple = stub.getStateByRange("", "")) {
            simple.forEach(kv -> entries.add(entry(kv)));
        }
        try (QueryResultsIterator<KeyValue> composite = stub.getStateByPartialCompositeKey("")) {
            composite.forEach(kv -> entries.add(entry(kv)));
        }
        return CanonicalJson.toJson(entries);
    }

    private static List<String> entry(KeyValue kv) {
        return List.of(
                kv.getKey().replace('\u0000', '/'),
                new String(kv.getValue(), StandardCharsets.UTF_8));
    }
}
