package io.tradechain.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gateway's layering, checked on the compiled classes: the ledger port and its adapters know
 * nothing of HTTP, users or the product resources (HTTP is translated at the edge, in {@code http}
 * and the resources); the product resources do not reach into the adapters; the chaincodes' rules
 * stay in the chaincodes (no gateway class re-implements them by importing a chaincode's internals:
 * only {@code chaincode.common} and the contracts' public records are used).
 */
class LayeringTest {
    private static final JavaClasses GATEWAY =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.tradechain.gateway");

    private static final JavaClasses CHAINCODE_COMMON =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.tradechain.chaincode.common");

    @Test
    void theLedgerLayerKnowsNothingOfHttpUsersOrProducts() {
        noClasses()
                .that()
                .resideInAPackage("io.tradechain.gateway.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.tradechain.gateway.http..",
                        "io.tradechain.gateway.security..",
                        "io.tradechain.gateway.error..",
                        "io.tradechain.gateway.audit..",
                        "io.tradechain.gateway.demo..",
                        "io.tradechain.gateway.parties..",
                        "io.tradechain.gateway.blacklist..",
                        "io.tradechain.gateway.verification..",
                        "io.tradechain.gateway.receivables..",
                        "io.tradechain.gateway.lc..",
                        "io.tradechain.gateway.forfaiting..",
                        "io.tradechain.gateway.supervision..",
                        "jakarta.ws.rs..")
                .because(
                        "the ledger port is HTTP-agnostic; errors become HTTP answers only at the edge")
                .check(GATEWAY);
    }

    @Test
    void productResourcesUseTheLedgerPortNotItsAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.tradechain.gateway.parties..",
                        "io.tradechain.gateway.blacklist..",
                        "io.tradechain.gateway.verification..",
                        "io.tradechain.gateway.receivables..",
                        "io.tradechain.gateway.lc..",
                        "io.tradechain.gateway.forfaiting..",
                        "io.tradechain.gateway.supervision..",
                        "io.tradechain.gateway.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.tradechain.gateway.ledger.embedded..",
                        "io.tradechain.gateway.ledger.fabric..",
                        "io.tradechain.ledger..")
                .because("a resource works the same on the embedded ledger and on Fabric")
                .check(GATEWAY);
    }

    @Test
    void onlyTheEdgeTurnsLedgerErrorsIntoHttpStatuses() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.tradechain.gateway.error..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("io.tradechain.gateway.error.HttpStatusOf")
                .because(
                        "the kinds and categories of ledger errors get their HTTP status in one "
                                + "place, the error mappers")
                .check(GATEWAY);
    }

    @Test
    void theChaincodesCommonCodeHasNoNotionOfHttp() {
        noClasses()
                .that()
                .resideInAPackage("io.tradechain.chaincode.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.tradechain.gateway..", "jakarta.ws.rs..", "io.vertx..", "io.quarkus..")
                .because("chaincodes answer with kinds and codes; HTTP is the gateway's business")
                .check(CHAINCODE_COMMON);
        noMembers()
                .that()
                .areDeclaredInClassesThat()
                .resideInAPackage("io.tradechain.chaincode.common..")
                .should()
                .haveNameMatching("(?i).*http.*")
                .because("an ErrorKind or ErrorInfo carries no HTTP status")
                .check(CHAINCODE_COMMON);
    }
}
