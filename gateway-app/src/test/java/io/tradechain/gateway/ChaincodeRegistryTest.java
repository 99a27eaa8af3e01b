package io.tradechain.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.ChaincodeRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.junit.jupiter.api.Test;

/**
 * The chaincode registry ({@code chaincode/registry.tsv}) agrees with the repository: a chaincode
 * module is one that builds a chaincode server ({@code chaincode.main.class} in its pom); each is
 * registered and listed once, as a module of {@code chaincode/pom.xml}, each registered contract
 * class is on the gateway's classpath from its own module, the collections column says whether the
 * module defines collections and the jar carries the module's file unchanged, the names the code
 * uses are the registered ones, the compose file names no chaincode (the network script starts one
 * server per registry line), and {@code scripts/registry.sh} reads the same list as Java.
 */
class ChaincodeRegistryTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ChaincodeRegistry REGISTRY = ChaincodeRegistry.load();

    @Test
    void thePackagedRegistryIsTheRepositoryFile() throws IOException {
        try (InputStream in =
                ChaincodeRegistry.class.getResourceAsStream(ChaincodeRegistry.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes())
                    .isEqualTo(Files.readAllBytes(ROOT.resolve("chaincode/registry.tsv")));
        }
    }

    @Test
    void everyChaincodeModuleIsRegisteredAndEveryRegisteredChaincodeIsAModuleOfTheBuild()
            throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String chaincodePom = Files.readString(ROOT.resolve("chaincode/pom.xml"));
        List<String> modules = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT.resolve("chaincode"))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path pom = dir.resolve("pom.xml");
                if (Files.exists(pom) && Files.readString(pom).contains("<chaincode.main.class>")) {
                    modules.add(dir.getFileName().toString());
                }
            }
        }
        List<String> built = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(chaincodePom);
        while (module.find()) {
            built.add(module.group(1));
        }
        assertThat(modules).isNotEmpty();
        List<String> missing = new ArrayList<>();
        for (String name : modules) {
            if (REGISTRY.find(name).isEmpty()) {
                missing.add(
                        "chaincode/"
                                + name
                                + " builds a chaincode (chaincode.main.class in its pom), but"
                                + " chaincode/registry.tsv has no line for it");
            }
        }
        for (String name : built) {
            if (REGISTRY.find(name).isEmpty()) {
                missing.add(
                        "chaincode/pom.xml builds module "
                                + name
                                + ", which chaincode/registry.tsv does not list");
            }
        }
        for (String name : REGISTRY.names()) {
            Path pom = ROOT.resolve("chaincode").resolve(name).resolve("pom.xml");
            if (!Files.exists(pom)) {
                missing.add(
                        "chaincode/registry.tsv lists "
                                + name
                                + ", but there is no module chaincode/"
                                + name
                                + " (its folder and pom.xml)");
                continue;
            }
            String own = Files.readString(pom);
            if (!built.contains(name)) {
                missing.add(
                        "chaincode/registry.tsv lists "
                                + name
                                + ", but chaincode/pom.xml has no <module>"
                                + name
                                + "</module>");
            }
            if (!own.contains("<chaincode.name>" + name + "</chaincode.name>")) {
                missing.add(
                        "chaincode/"
                                + name
                                + "/pom.xml must set <chaincode.name>"
                                + name
                                + "</chaincode.name> (its jar is target/"
                                + name
                                + "-chaincode.jar, the name on the channel)");
            }
            if (!own.contains("<artifactId>chaincode-" + name + "</artifactId>")) {
                missing.add(
                        "chaincode/" + name + "/pom.xml must have artifactId chaincode-" + name);
            }
            if (rootPom.contains("<module>chaincode/" + name + "</module>")) {
                missing.add(
                        "the root pom lists chaincode/"
                                + name
                                + " too: chaincode modules are listed once, in chaincode/pom.xml");
            }
        }
        assertThat(missing).as("the places a chaincode needs").isEmpty();
        assertThat(new TreeSet<>(REGISTRY.names()))
                .containsExactlyElementsOf(modules)
                .containsExactlyElementsOf(new TreeSet<>(built));
        assertThat(rootPom).contains("<module>chaincode</module>");
    }

    @Test
    void everyRegisteredChaincodeIsOnTheGatewayClasspathFromItsModule() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<String> missing = new ArrayList<>();
        for (ChaincodeRegistry.Entry entry : REGISTRY.entries()) {
            for (String name : entry.contractClasses()) {
                Class<?> contract;
                try {
                    contract = Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    missing.add(
                            entry.name()
                                    + ": contract class "
                                    + name
                                    + " is not on the gateway's classpath; the embedded ledger"
                                    + " runs every registered chaincode, so gateway-app/pom.xml"
                                    + " depends on chaincode-"
                                    + entry.name());
                    continue;
                }
                String location =
                        contract.getProtectionDomain().getCodeSource().getLocation().toString();
                if (!location.contains("/chaincode/" + entry.name() + "/")
                        && !location.contains("/chaincode-" + entry.name() + "-")) {
                    missing.add(
                            entry.name()
                                    + ": contract class "
                                    + name
                                    + " comes from "
                                    + location
                                    + ", not from module chaincode/"
                                    + entry.name());
                }
            }
        }
        assertThat(missing).as("registered chaincodes the gateway cannot run").isEmpty();
    }

    @Test
    void everyRegisteredContractClassIsAContractOfItsModule() {
        for (ChaincodeRegistry.Entry entry : REGISTRY.entries()) {
            assertThat(entry.contractClasses()).as(entry.name()).isNotEmpty();
            ChaincodeDefinition definition = entry.definition(entry.name());
            for (Class<?> contract : definition.contractClasses()) {
                assertThat(contract.getAnnotation(Contract.class))
                        .as(contract.getName())
                        .isNotNull();
                Path source =
                        ROOT.resolve("chaincode")
                                .resolve(entry.name())
                                .resolve("src/main/java")
                                .resolve(contract.getName().replace('.', '/') + ".java");
                assertThat(source)
                        .as("%s lives in chaincode/%s", contract.getName(), entry.name())
                        .exists();
            }
        }
    }

    @Test
    void theCollectionsColumnMatchesTheModulesAndTheJarsCarryTheModuleFile() throws IOException {
        for (ChaincodeRegistry.Entry entry : REGISTRY.entries()) {
            Path file =
                    ROOT.resolve("chaincode")
                            .resolve(entry.name())
                            .resolve(ChaincodeRegistry.COLLECTIONS_FILE);
            assertThat(entry.hasCollections())
                    .as("%s: collections column against %s", entry.name(), file)
                    .isEqualTo(Files.exists(file));
            ChaincodeDefinition definition = entry.definition(entry.name());
            if (!entry.hasCollections()) {
                assertThat(definition.collections()).as(entry.name()).isEmpty();
                continue;
            }
            Class<?> contract = definition.contractClasses().get(0);
            String resource =
                    "/" + contract.getPackageName().replace('.', '/') + "/collections.json";
            try (InputStream in = contract.getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                assertThat(in.readAllBytes()).as(resource).isEqualTo(Files.readAllBytes(file));
            }
            String json = Files.readString(file);
            assertThat(definition.collections().keySet())
                    .as(entry.name())
                    .allSatisfy(name -> assertThat(json).contains("\"" + name + "\""))
                    .isNotEmpty();
        }
    }

    @Test
    void theNamesTheCodeUsesAreTheRegisteredOnes() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field field : ChaincodeNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).isNotEmpty().doesNotHaveDuplicates();
        assertThat(REGISTRY.names())
                .as("every name the code uses is registered")
                .containsAll(constants);
    }

    /**
     * The Docker runtime starts one chaincode server per registry line (scripts/network.sh), so the
     * compose file must not name chaincodes: a service there would be a second list to keep.
     */
    @Test
    void theComposeFileNamesNoChaincodeServer() throws IOException {
        String compose = Files.readString(ROOT.resolve("network/docker/compose-net.yaml"));
        List<String> services =
                Pattern.compile("(?m)^  ([A-Za-z0-9_-]+):\\s*$")
                        .matcher(compose)
                        .results()
                        .map(m -> m.group(1))
                        .toList();
        assertThat(services)
                .as("compose services")
                .isNotEmpty()
                .noneMatch(s -> s.startsWith("cc-"));
        REGISTRY.entries()
                .forEach(
                        entry ->
                                assertThat(compose)
                                        .as("the compose file names chaincode %s", entry.name())
                                        .doesNotContain("cc-" + entry.name())
                                        .doesNotContain(
                                                "CHAINCODE_SERVER_ADDRESS: 127.0.0.1:"
                                                        + entry.port()));
    }

    @Test
    void theNetworkScriptReadsTheSameList() throws IOException, InterruptedException {
        Process bash =
                new ProcessBuilder("bash", "-c", ". scripts/registry.sh && registry_chaincodes")
                        .directory(ROOT.toFile())
                        .redirectErrorStream(true)
                        .start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.exitValue()).as(out).isZero();
        List<String> expected =
                REGISTRY.entries().stream().map(e -> e.name() + " " + e.port()).toList();
        assertThat(out.lines().toList()).isEqualTo(expected);
    }

    @Test
    void aChaincodeCallsOnlyChaincodesDeployedBeforeIt() {
        List<String> seen = new ArrayList<>();
        for (ChaincodeRegistry.Entry entry : REGISTRY.entries()) {
            assertThat(seen).as("%s calls", entry.name()).containsAll(entry.calls());
            seen.add(entry.name());
        }
        assertThatThrownBy(
                        () ->
                                ChaincodeRegistry.parse(
                                        stream(
                                                """
                a 1 x.A - b
                b 2 x.B - -
                """)))
                .hasMessageContaining("a calls b, which is not listed before it");
        assertThatThrownBy(() -> ChaincodeRegistry.parse(stream("a 1 x.A -\n")))
                .hasMessageContaining("has 4 columns");
        assertThatThrownBy(() -> ChaincodeRegistry.parse(stream("a 1 x.A - -\na 2 x.B - -\n")))
                .hasMessageContaining("a is listed twice");
        assertThatThrownBy(() -> ChaincodeRegistry.parse(stream("a 1 x.A other.json -\n")))
                .hasMessageContaining("collections is collections.json or -");
    }

    @Test
    void theLedgerRefusesACallTheRegistryDoesNotList() {
        ChaincodeDefinition parties =
                REGISTRY.entry(ChaincodeNames.PARTIES).definition(ChaincodeNames.PARTIES);
        assertThat(parties.calls()).contains(java.util.Set.of());
        assertThat(parties.mayCall(ChaincodeNames.BLACKLIST)).isFalse();
        ChaincodeDefinition forfaiting =
                REGISTRY.entry(ChaincodeNames.FORFAITING).definition(ChaincodeNames.FORFAITING);
        assertThat(Arrays.asList(ChaincodeNames.BLACKLIST, ChaincodeNames.LETTER_OF_CREDIT))
                .allMatch(forfaiting::mayCall);
        assertThat(forfaiting.mayCall(ChaincodeNames.RECEIVABLES)).isFalse();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
