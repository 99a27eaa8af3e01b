package io.tradechain.gateway.ledger;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One chaincode call as the gateway sends it: who signs, which chaincode and function, the public
 * arguments and the private (transient) inputs, which never travel in the arguments.
 */
public record Proposal(
        Signer signer,
        String chaincode,
        String function,
        List<String> args,
        SortedMap<String, byte[]> transientData) {

    public Proposal {
        args = List.copyOf(args);
        transientData = new TreeMap<>(transientData);
    }

    public static Proposal of(Signer signer, String chaincode, String function, String... args) {
        return new Proposal(signer, chaincode, function, List.of(args), new TreeMap<>());
    }

    /** The same call with one more transient entry. */
    public Proposal withTransient(String key, byte[] value) {
        TreeMap<String, byte[]> copy = new TreeMap<>(transientData);
        copy.put(key, value);
        return new Proposal(signer, chaincode, function, args, copy);
    }

    /** A copy of the transient map for adapters that need a mutable one. */
    public Map<String, byte[]> transientCopy() {
        return new TreeMap<>(transientData);
    }
}
