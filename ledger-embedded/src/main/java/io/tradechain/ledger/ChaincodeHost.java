package io.tradechain.ledger;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.SerializerRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.TypeRegistryImpl;
import org.hyperledger.fabric.contract.systemcontract.SystemContract;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * One deployed chaincode, run through the shim's real entry point: a {@link ContractRouter} created
 * as the chaincode jar's {@code main} creates it ({@code --id <name>}), invoked with the function
 * name and string arguments exactly as a peer sends them, so routing ({@code Fn} or {@code
 * Contract:Fn}), argument conversion, {@code beforeTransaction} hooks, error responses and {@code
 * org.hyperledger.fabric:GetMetadata} behave as on a peer.
 *
 * <p><b>Why reflection.</b> {@code ContractRouter.main} fills the router's registry with {@code
 * findAllContracts()}, which scans the <em>whole classpath</em>. On a peer each chaincode runs from
 * its own jar, so that is right there; in one test JVM holding several chaincodes it would route
 * every chaincode's functions everywhere and list them all in the metadata. The router offers no
 * way to supply a registry, so the host builds a {@link RoutingRegistryImpl} holding only the
 * contracts found in the definition's packages (plus the shim's {@link SystemContract}, as on a
 * peer) and sets it into the router's private {@code registry} field.
 *
 * <p>The shim's {@link MetadataBuilder} is static (one chaincode per JVM on a peer): before each
 * {@code GetMetadata} it is reset and re-initialised with this chaincode's contracts and data
 * types, under a global lock.
 *
 * <p>Routers are cached per chaincode name and package set: creating one scans the classpath for
 * serializers (slow), and a router keeps no state between calls (the shim creates a new contract
 * instance per call), just as one chaincode container serves every channel of a peer.
 */
final class ChaincodeHost {
    private static final String SYSTEM_NAMESPACE = "org.hyperledger.fabric:";
    private static final Object METADATA_LOCK = new Object();
    private static final Map<List<String>, Routing> ROUTINGS = new ConcurrentHashMap<>();

    /**
     * A router bound to one chaincode's contracts, and that chaincode's data types for its
     * metadata.
     */
    private record Routing(
            ContractRouter router, RoutingRegistryImpl registry, TypeRegistry dataTypes) {}

    private final ChaincodeDefinition definition;
    private final Routing routing;

    ChaincodeHost(ChaincodeDefinition definition) {
        this.definition = definition;
        List<String> key = new ArrayList<>();
        key.add(definition.name());
        key.addAll(definition.contractPackages());
        definition.contractClasses().forEach(type -> key.add(type.getName()));
        this.routing = ROUTINGS.computeIfAbsent(List.copyOf(key), k -> route(definition));
    }

    ChaincodeDefinition definition() {
        return definition;
    }

    /**
     * Runs the function named by the stub's first argument through the router, exactly as a peer's
     * call would.
     */
    Response invoke(ChaincodeStub stub) {
        String function = stub.getFunction();
        if (function != null && function.startsWith(SYSTEM_NAMESPACE)) {
            synchronized (METADATA_LOCK) {
                resetMetadata();
                MetadataBuilder.initialize(routing.registry(), routing.dataTypes());
                return routing.router().invoke(stub);
            }
        }
        return routing.router().invoke(stub);
    }

    private static Routing route(ChaincodeDefinition definition) {
        ContractScan scan =
                definition.contractClasses().isEmpty()
                        ? ContractScan.of(definition.contractPackages())
                        : new ContractScan(definition.contractClasses(), List.of());
        ContractRouter router = ShimRouters.create(definition.name());
        RoutingRegistryImpl registry = new RoutingRegistryImpl();
        scan.contracts().forEach(type -> register(registry, type));
        register(registry, SystemContract.class);

        TypeRegistry global = TypeRegistry.getRegistry();
        TypeRegistry own = new TypeRegistryImpl();
        for (Class<?> type : scan.dataTypes()) {
            global.addDataType(type); // the JSON serializer resolves parameter types here
            own.addDataType(type);
        }
        ShimRouters.replaceRegistry(router, registry);
        return new Routing(router, registry, own);
    }

    /** What {@code RoutingRegistryImpl.findAndSetContracts} does for each class it finds. */
    @SuppressWarnings("unchecked")
    private static void register(
            RoutingRegistryImpl registry, Class<? extends ContractInterface> type) {
        ContractDefinition contract = registry.addNewContract((Class<ContractInterface>) type);
        for (Method method : type.getMethods()) {
            if (method.getAnnotation(Transaction.class) != null) {
                contract.addTxFunction(method);
            }
        }
    }

    /**
     * {@code MetadataBuilder.initialize} only adds to its static maps: empty the contract and
     * component maps.
     */
    private static void resetMetadata() {
        for (String name : List.of("contractMap", "componentMap")) {
            try {
                Field field = MetadataBuilder.class.getDeclaredField(name);
                field.setAccessible(true);
                ((Map<?, ?>) field.get(null)).clear();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "MetadataBuilder."
                                + name
                                + " not found: this version of "
                                + "fabric-chaincode-shim needs the testkit adapted",
                        e);
            }
        }
    }

    /** Creation of shim routers that no chaincode-process environment can break. */
    static final class ShimRouters {
        private ShimRouters() {}

        /**
         * A router with the parts {@code new ContractRouter(new String[] {"--id", name})} would
         * give it (serializers, execution service, type registry, an empty routing registry),
         * without running that constructor: it scans the whole classpath for serializers every time
         * (seconds in an application with a large classpath, once per deployed chaincode), and it
         * reads the environment a chaincode process gets from a peer and refuses to start when
         * those connection settings are incomplete, while the testkit never connects to a peer. The
         * serializer scan runs once per JVM here; {@code invoke} uses nothing else the constructor
         * sets.
         */
        static ContractRouter create(String name) {
            ShimLogging.quieten();
            try {
                Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
                Field theUnsafe = unsafeType.getDeclaredField("theUnsafe");
                theUnsafe.setAccessible(true);
                Object unsafe = theUnsafe.get(null);
                ContractRouter router =
                        (ContractRouter)
                                unsafeType
                                        .getMethod("allocateInstance", Class.class)
                                        .invoke(unsafe, ContractRouter.class);
                SerializerRegistryImpl serializers = Serializers.REGISTRY;
                set(router, "serializers", serializers);
                set(router, "typeRegistry", TypeRegistry.getRegistry());
                set(
                        router,
                        "executor",
                        ExecutionFactory.getInstance().createExecutionService(serializers));
                set(router, "registry", new RoutingRegistryImpl());
                return router;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "cannot create a ContractRouter for "
                                + name
                                + ": this version of fabric-chaincode-shim needs the testkit adapted",
                        e);
            }
        }

        /**
         * The shim's serializers, found by one classpath scan (as the shim's constructor does) the
         * first time.
         */
        private static final class Serializers {
            static final SerializerRegistryImpl REGISTRY = scan();

            private static SerializerRegistryImpl scan() {
                SerializerRegistryImpl registry = new SerializerRegistryImpl();
                try {
                    registry.findAndSetContents();
                } catch (InstantiationException | IllegalAccessException e) {
                    throw new IllegalStateException("unable to locate the shim's serializers", e);
                }
                return registry;
            }
        }

        /** Sets the router's private {@code registry} field (see the class comment for why). */
        static void replaceRegistry(ContractRouter router, RoutingRegistryImpl registry) {
            try {
                set(router, "registry", registry);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "ContractRouter.registry not found: this version of "
                                + "fabric-chaincode-shim needs the testkit adapted",
                        e);
            }
        }

        private static void set(ContractRouter router, String name, Object value)
                throws ReflectiveOperationException {
            Field field = ContractRouter.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(router, value);
        }
    }
}
