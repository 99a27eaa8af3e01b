package io.tradechain.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradechain.blacklist.BlacklistErrorCode;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.forfaiting.ForfaitingErrorCode;
import io.tradechain.gateway.error.HttpStatusOf;
import io.tradechain.letterofcredit.LcErrorCode;
import io.tradechain.parties.PartyErrorCode;
import io.tradechain.receivables.ReceivablesErrorCode;
import io.tradechain.supervision.SupervisionErrorCode;
import io.tradechain.verification.VerificationErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md and the code agree: every code a chaincode can raise is in the table with the
 * status its kind gives, a code raised by several chaincodes has one status, every code the gateway
 * answers with itself is listed, and the table names no code that nothing raises.
 */
class ErrorCatalogueTest {
    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", ".."));
    private static final List<Class<? extends Enum<?>>> CHAINCODE_CODES =
            List.of(
                    CommonErrorCode.class,
                    PartyErrorCode.class,
                    BlacklistErrorCode.class,
                    VerificationErrorCode.class,
                    ReceivablesErrorCode.class,
                    LcErrorCode.class,
                    ForfaitingErrorCode.class,
                    SupervisionErrorCode.class);
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z_]+)` \\| (\\d{3}) \\|");

    /**
     * The code argument of the ways the gateway answers an error (ApiException, Problem,
     * LedgerException...).
     */
    private static final Pattern GATEWAY_CODE =
            Pattern.compile(
                    "(?:(?:forbidden|badRequest|notFound|conflict)\\("
                            + "|Problem\\.of\\(\\s*\\d+,|answer\\(\\s*\\d+,|send\\(context,\\s*\\d+,|new ApiException\\(\\s*\\d+,"
                            + "|new LedgerException\\(|code = |static final String [A-Z_]+ =)\\s*\"([A-Z][A-Z_]{2,})\"");

    private static Map<String, Integer> table() throws IOException {
        Map<String, Integer> rows = new TreeMap<>();
        for (String line : Files.readAllLines(REPOSITORY.resolve("docs/errors.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Integer earlier = rows.put(row.group(1), Integer.parseInt(row.group(2)));
                assertThat(earlier).as(row.group(1) + " is listed once").isNull();
            }
        }
        return rows;
    }

    private static Map<String, Set<Integer>> chaincodeCodes() {
        Map<String, Set<Integer>> codes = new TreeMap<>();
        for (Class<? extends Enum<?>> type : CHAINCODE_CODES) {
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.computeIfAbsent(constant.name(), k -> new TreeSet<>())
                        .add(HttpStatusOf.kind(((ErrorCode) constant).kind()));
            }
        }
        return codes;
    }

    @Test
    void everyChaincodeCodeIsListedWithTheStatusOfItsKindAndHasOneStatus() throws IOException {
        Map<String, Integer> table = table();
        List<String> problems = new ArrayList<>();
        chaincodeCodes()
                .forEach(
                        (code, statuses) -> {
                            if (statuses.size() > 1) {
                                problems.add(code + " has several statuses " + statuses);
                            } else if (!statuses.iterator().next().equals(table.get(code))) {
                                problems.add(
                                        code
                                                + " is "
                                                + statuses
                                                + " but the table says "
                                                + table.get(code));
                            }
                        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCodeTheGatewayAnswersWithIsListedAndTheTableNamesNothingElse() throws IOException {
        Map<String, Integer> table = table();
        Set<String> raised = new TreeSet<>(chaincodeCodes().keySet());
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher code = GATEWAY_CODE.matcher(source);
                while (code.find()) {
                    raised.add(code.group(1));
                }
                Matcher literal = Pattern.compile("\"([A-Z][A-Z_]{2,})\"").matcher(source);
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
            }
        }
        assertThat(raised).as("codes found in the code").hasSizeGreaterThan(100);
        assertThat(table.keySet()).as("codes raised but not in docs/errors.md").containsAll(raised);
        Set<String> unknown = new TreeSet<>(table.keySet());
        unknown.removeAll(chaincodeCodes().keySet());
        unknown.removeAll(literals);
        assertThat(unknown).as("codes in docs/errors.md that nothing raises").isEmpty();
    }
}
