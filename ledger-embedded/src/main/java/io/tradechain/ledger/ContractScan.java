package io.tradechain.ledger;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.DataType;

/**
 * The {@code @Contract} and {@code @DataType} classes of one chaincode's packages, found with
 * ClassGraph as the shim finds them in a chaincode jar, but limited to those packages (a peer's
 * chaincode jar holds only its own classes).
 */
record ContractScan(List<Class<? extends ContractInterface>> contracts, List<Class<?>> dataTypes) {

    static ContractScan of(List<String> packages) {
        List<Class<? extends ContractInterface>> contracts = new ArrayList<>();
        List<Class<?>> dataTypes = new ArrayList<>();
        try (ScanResult scan =
                new ClassGraph()
                        .enableClassInfo()
                        .enableAnnotationInfo()
                        .acceptPackages(packages.toArray(String[]::new))
                        .scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Contract.class.getName())) {
                Class<?> type = info.loadClass();
                if (type.getAnnotation(Contract.class) != null
                        && ContractInterface.class.isAssignableFrom(type)) {
                    contracts.add(type.asSubclass(ContractInterface.class));
                }
            }
            for (ClassInfo info : scan.getClassesWithAnnotation(DataType.class.getName())) {
                Class<?> type = info.loadClass();
                if (type.getAnnotation(DataType.class) != null) {
                    dataTypes.add(type);
                }
            }
        }
        if (contracts.isEmpty()) {
            throw new IllegalArgumentException(
                    "no @Contract class implementing ContractInterface in packages " + packages);
        }
        return new ContractScan(List.copyOf(contracts), List.copyOf(dataTypes));
    }
}
