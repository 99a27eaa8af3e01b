package io.tradechain.testkit;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.DataType;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.routing.RoutingRegistry;
import org.hyperledger.fabric.contract.routing.TypeRegistry;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.systemcontract.SystemContract;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * One deployed chaincode: the shim's real {@link ContractRouter}, as the chaincode jar's main would start it, whose
 * routing registry holds only the contracts of this chaincode's packages.
 *
 * <p>Why the reflection: {@code ContractRouter} fills its registry by scanning the whole classpath, which in one JVM
 * holding several chaincodes would route every chaincode's functions everywhere. On a peer each jar holds one
 * chaincode, so scanning only the definition's packages reproduces what a peer sees.
 */
final class ChaincodeHost {
    private static final String SYSTEM_PREFIX = "org.hyperledger.fabric:";

    private final ChaincodeDefinition definition;
    private final ContractRouter router;
    private final RoutingRegistry registry;

    /** A router bound to one set of packages; it depends on nothing else, so ledgers share it. */
    private record Routing(ContractRouter router, RoutingRegistry registry) {
    }

    /** Creating a ContractRouter scans the classpath for serializers (seconds): one per package set. */
    private static final Map<List<String>, Routing> ROUTINGS = new ConcurrentHashMap<>();

    ChaincodeHost(ChaincodeDefinition definition) {
        this.definition = definition;
        Routing routing = ROUTINGS.computeIfAbsent(definition.contractPackages(), ChaincodeHost::route);
        this.router = routing.router();
        this.registry = routing.registry();
    }

    @SuppressWarnings("unchecked")
    private static Routing route(List<String> packages) {
        ShimLogging.quieten();
        ContractRouter router = new ContractRouter(new String[] {"--id", String.join(",", packages)});
        ShimLogging.quieten();
        RoutingRegistryImpl contracts = new RoutingRegistryImpl();
        TypeRegistry types = TypeRegistry.getRegistry();
        Scanned scanned = scan(packages);
        List<Class<ContractInterface>> classes = new ArrayList<>(scanned.contracts());
        scanned.dataTypes().forEach(types::addDataType);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no @Contract class in packages " + packages);
        }
        classes.add((Class<ContractInterface>) (Class<?>) SystemContract.class);
        try {
            // The shim's own registration (contract definitions plus their @Transaction methods).
            Method addContracts = RoutingRegistryImpl.class.getDeclaredMethod("addContracts", List.class);
            addContracts.setAccessible(true);
            addContracts.invoke(contracts, classes);
            Field field = ContractRouter.class.getDeclaredField("registry");
            field.setAccessible(true);
            field.set(router, contracts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this fabric-chaincode-shim version has no ContractRouter.registry "
                    + "field or RoutingRegistryImpl.addContracts method; the testkit must be adapted", e);
        }
        return new Routing(router, contracts);
    }

    /** Contract and data type classes found in a set of packages. */
    private record Scanned(List<Class<ContractInterface>> contracts, List<Class<?>> dataTypes) {
    }

    @SuppressWarnings("unchecked")
    private static Scanned scan(List<String> packages) {
        List<Class<ContractInterface>> contracts = new ArrayList<>();
        List<Class<?>> dataTypes = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(packages.toArray(String[]::new)).scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Contract.class.getName())) {
                Class<?> type = info.loadClass();
                if (ContractInterface.class.isAssignableFrom(type)) {
                    contracts.add((Class<ContractInterface>) type);
                }
            }
            for (ClassInfo info : scan.getClassesWithAnnotation(DataType.class.getName())) {
                dataTypes.add(info.loadClass());
            }
        }
        return new Scanned(List.copyOf(contracts), List.copyOf(dataTypes));
    }

    ChaincodeDefinition definition() {
        return definition;
    }

    /** Runs the function named by the stub's first argument through the router, exactly as a peer's call would. */
    Response invoke(ChaincodeStub stub) {
        String function = stub.getFunction();
        if (function != null && function.startsWith(SYSTEM_PREFIX)) {
            synchronized (MetadataBuilder.class) {
                clearMetadata();
                MetadataBuilder.initialize(registry, TypeRegistry.getRegistry());
                return router.invoke(stub);
            }
        }
        return router.invoke(stub);
    }

    /** MetadataBuilder keeps contracts in a static map that initialize only adds to: empty it first. */
    private static void clearMetadata() {
        try {
            Field contracts = MetadataBuilder.class.getDeclaredField("contractMap");
            contracts.setAccessible(true);
            ((Map<?, ?>) contracts.get(null)).clear();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MetadataBuilder.contractMap not found; the testkit must be adapted", e);
        }
    }
}
