package io.tradechain.chaincode.common;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * A contract whose submit functions honour an idempotency key ({@link Idempotency}). The shim calls
 * {@link #beforeTransaction} before every function; the key is claimed only when the called
 * function is one of this contract's {@code SUBMIT} transactions, so evaluations and functions
 * other chaincodes call to read (for instance {@code WhoAmI} through {@code invokeChaincode}, which
 * sees the caller's transient map) never write a claim.
 */
public interface IdempotentContract extends ContractInterface {

    @Override
    default void beforeTransaction(Context ctx) {
        String function = ctx.getStub().getFunction();
        String name = function == null ? "" : function.substring(function.indexOf(':') + 1);
        if (SubmitFunctions.of(getClass()).contains(name)) {
            Idempotency.claim(ctx.getStub());
        }
    }

    /** The names of a contract class's submit transactions, found once per class. */
    final class SubmitFunctions {
        private static final Map<Class<?>, Set<String>> CACHE = new ConcurrentHashMap<>();

        private SubmitFunctions() {}

        static Set<String> of(Class<?> contract) {
            return CACHE.computeIfAbsent(contract, SubmitFunctions::scan);
        }

        private static Set<String> scan(Class<?> contract) {
            Set<String> names = new TreeSet<>();
            for (Method method : contract.getMethods()) {
                Transaction tx = method.getAnnotation(Transaction.class);
                if (tx != null && tx.intent() == Transaction.TYPE.SUBMIT) {
                    names.add(tx.name().isEmpty() ? method.getName() : tx.name());
                }
            }
            return Set.copyOf(names);
        }
    }
}
