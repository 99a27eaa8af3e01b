package io.tradechain.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.contract.ContractInterface;

/**
 * The chaincodes of the repository as {@code chaincode/registry.tsv} lists them (the file travels
 * in this jar): name, server port, contract classes, whether the module has a {@code
 * collections.json}, and the chaincodes each one calls. The embedded ledger deploys from it, the
 * gateway checks a Fabric channel against it, and {@code scripts/network.sh} reads the same file; a
 * new chaincode is its module plus one line there.
 */
public final class ChaincodeRegistry {
    /** Where the file is in this jar. */
    public static final String RESOURCE = "/io/tradechain/ledger/registry.tsv";

    /** The value of the collections column for a module with private data collections. */
    public static final String COLLECTIONS_FILE = "collections.json";

    private final Map<String, Entry> entries;

    private ChaincodeRegistry(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** One line of the registry. */
    public record Entry(
            String name,
            int port,
            List<String> contractClasses,
            boolean hasCollections,
            List<String> calls) {
        public Entry {
            contractClasses = List.copyOf(contractClasses);
            calls = List.copyOf(calls);
        }

        /**
         * What the ledger deploys for this line under {@code deployedName}: its contract classes
         * (loaded by name), the collection definitions packaged beside the first contract class
         * (the module's {@code collections.json}), and the chaincodes it may call.
         */
        public ChaincodeDefinition definition(String deployedName) {
            return builder(deployedName).build();
        }

        /**
         * {@link #definition} before it is built, for a test that adds a contract of its own to the
         * chaincode.
         */
        public ChaincodeDefinition.Builder builder(String deployedName) {
            List<Class<? extends ContractInterface>> classes =
                    contractClasses.stream().map(this::contractClass).toList();
            ChaincodeDefinition.Builder builder =
                    ChaincodeDefinition.builder(deployedName).calls(calls);
            classes.forEach(builder::contractClasses);
            if (hasCollections) {
                builder.collections(collections(classes.get(0)));
            }
            return builder;
        }

        private Class<? extends ContractInterface> contractClass(String name) {
            try {
                return Class.forName(name, true, classLoader()).asSubclass(ContractInterface.class);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(
                        "the registry names contract class "
                                + name
                                + " of chaincode "
                                + this.name
                                + ", which is not on the classpath (depend on module chaincode-"
                                + this.name
                                + ")",
                        e);
            } catch (ClassCastException e) {
                throw new IllegalStateException(
                        "the registry names " + name + ", which is no ContractInterface", e);
            }
        }

        private static ClassLoader classLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : ChaincodeRegistry.class.getClassLoader();
        }

        private static List<CollectionConfig> collections(Class<?> contract) {
            String resource =
                    "/" + contract.getPackageName().replace('.', '/') + "/" + COLLECTIONS_FILE;
            try (InputStream in = contract.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "collection definitions " + resource + " are not on the classpath");
                }
                return CollectionConfig.parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read collection definitions " + resource, e);
            }
        }
    }

    /** The registry packaged in this jar. */
    public static ChaincodeRegistry load() {
        try (InputStream in = ChaincodeRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads registry lines: blank lines and {@code #} comments are skipped; a line has five
     * columns.
     *
     * @throws IllegalArgumentException on a malformed line, a name given twice, or a call of a
     *     chaincode not listed before
     */
    public static ChaincodeRegistry parse(InputStream in) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            Entry entry = entry(text.split("\\s+"), number);
            for (String callee : entry.calls()) {
                if (!entries.containsKey(callee)) {
                    throw new IllegalArgumentException(
                            "line "
                                    + number
                                    + ": "
                                    + entry.name()
                                    + " calls "
                                    + callee
                                    + ", which is not listed before it");
                }
            }
            if (entries.putIfAbsent(entry.name(), entry) != null) {
                throw new IllegalArgumentException(
                        "line " + number + ": " + entry.name() + " is listed twice");
            }
        }
        return new ChaincodeRegistry(entries);
    }

    private static Entry entry(String[] columns, int number) {
        if (columns.length != 5) {
            throw new IllegalArgumentException(
                    "line "
                            + number
                            + " has "
                            + columns.length
                            + " columns; want name, port, contracts, collections, calls");
        }
        int port;
        try {
            port = Integer.parseInt(columns[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "line " + number + ": port " + columns[1] + " is not a number", e);
        }
        String collections = columns[3];
        if (!collections.equals("-") && !collections.equals(COLLECTIONS_FILE)) {
            throw new IllegalArgumentException(
                    "line "
                            + number
                            + ": collections is "
                            + COLLECTIONS_FILE
                            + " or -, not "
                            + collections);
        }
        return new Entry(
                columns[0], port, list(columns[2]), !collections.equals("-"), list(columns[4]));
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : Arrays.asList(column.split(","));
    }

    /** Every entry in deployment order. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Every chaincode name in deployment order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public Optional<Entry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The entry of this name. */
    public Entry entry(String name) {
        return find(name)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no chaincode " + name + " in the registry"));
    }

    /** The definitions of these chaincodes, under their registry names. */
    public List<ChaincodeDefinition> definitions(String... names) {
        return Arrays.stream(names).map(name -> entry(name).definition(name)).toList();
    }

    /** The definitions of every chaincode, in deployment order, under their registry names. */
    public List<ChaincodeDefinition> definitions() {
        return entries.values().stream().map(e -> e.definition(e.name())).toList();
    }
}
