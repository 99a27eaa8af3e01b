package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.demo.DemoStep.Group;
import io.tradechain.gateway.demo.DemoStep.OnRefusal;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.security.Roles;
import io.tradechain.parties.PartyErrorCode;
import io.tradechain.receivables.ReceivablesErrorCode;
import io.tradechain.verification.VerificationErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * What the demo data is, in one place: the steps that seed a ledger with the fixtures, in the order
 * they are played, on the embedded ledger and on a Fabric network alike ({@link DemoPlayer}).
 *
 * <ol>
 *   <li>each party of {@code parties.json}, registered by the first admin user of its organisation;
 *   <li>each demo user with a party (admins aside) bound to it by that admin;
 *   <li>the invoices and declarations of {@code documents.json}, registered by the authority's
 *       first operator;
 *   <li>a CNY 100,000,000.00 one-year line of Bank1 (its first operator) for every core enterprise;
 *   <li>the steps of {@code lc-demo.json} (an L/C up to Bank1's quote on Bank2's forfaiting offer).
 * </ol>
 *
 * Every step has its idempotency key, the same as the embedded gateway has always used, so a ledger
 * seeded by an earlier version is recognised as seeded.
 */
public final class DemoPlan {
    private static final Logger LOG = Logger.getLogger(DemoPlan.class);

    /** The funder's rate and fee for the demo lines' certificates: 3.50% a year, 0.10% fee. */
    static final String DEMO_LINE_PRICING = "{\"feeBp\":10,\"ratePerAnnumBp\":350}";

    static final String DEMO_LINE_LIMIT = "{\"currency\":\"CNY\",\"minorUnits\":10000000000}";

    private final List<DemoStep> steps;
    private final List<DemoUser> users;

    private DemoPlan(List<DemoStep> steps, List<DemoUser> users) {
        this.steps = List.copyOf(steps);
        this.users = List.copyOf(users);
    }

    public List<DemoStep> steps() {
        return steps;
    }

    /** The demo user named in a step; a plan only names users it was built with. */
    public DemoUser user(String username) {
        return users.stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
    }

    /** The admin user that acts for an organisation (the first in username order). */
    public Optional<DemoUser> adminOf(String mspId) {
        return adminOf(users, mspId);
    }

    private static Optional<DemoUser> adminOf(List<DemoUser> byName, String mspId) {
        return byName.stream()
                .filter(u -> u.mspId().equals(mspId) && u.roles().contains(Roles.ADMIN))
                .findFirst();
    }

    /**
     * The plan of the fixtures beside {@code partiesFile} ({@code documents.json}, {@code
     * lc-demo.json}) for these users; a missing documents or L/C file leaves its part out.
     */
    public static DemoPlan load(
            Path partiesFile, String partiesChaincode, List<DemoUser> users, ObjectMapper mapper) {
        List<DemoUser> byName = sorted(users);
        List<DemoStep> steps = new ArrayList<>();
        JsonNode parties = read(partiesFile, mapper);
        for (JsonNode party : parties) {
            String msp = party.path("mspId").asText();
            String code = party.path("creditCode").asText();
            Optional<DemoUser> admin = adminOf(byName, msp);
            if (admin.isEmpty()) {
                LOG.warnf("no admin user for %s: party %s not seeded", msp, code);
                continue;
            }
            steps.add(
                    step(
                            "demo-seed:party:" + code,
                            Group.PARTIES,
                            admin.get(),
                            partiesChaincode,
                            "RegisterParty",
                            List.of(code, party.path("name").asText(), party.path("kind").asText()),
                            Map.of(),
                            Set.of(PartyErrorCode.PARTY_ALREADY_REGISTERED.name()),
                            OnRefusal.FAIL));
        }
        for (DemoUser user : byName) {
            if (user.partyCode() == null || user.roles().contains(Roles.ADMIN)) {
                continue;
            }
            Optional<DemoUser> admin = adminOf(byName, user.mspId());
            if (admin.isEmpty()) {
                LOG.warnf("no admin user for %s: %s not bound", user.mspId(), user.username());
                continue;
            }
            steps.add(
                    step(
                            "demo-seed:bind:" + user.username(),
                            Group.BINDINGS,
                            admin.get(),
                            partiesChaincode,
                            "BindIdentity",
                            List.of(user.partyCode(), "${clientId:" + user.username() + "}"),
                            Map.of(),
                            Set.of(PartyErrorCode.IDENTITY_ALREADY_BOUND.name()),
                            OnRefusal.FAIL));
        }
        steps.addAll(documents(partiesFile.resolveSibling("documents.json"), byName, mapper));
        steps.addAll(creditLines(parties, byName));
        steps.addAll(script(partiesFile.resolveSibling("lc-demo.json"), "lc", mapper));
        return new DemoPlan(steps, byName);
    }

    /** The authority registers the invoices and declarations of documents.json. */
    private static List<DemoStep> documents(Path file, List<DemoUser> users, ObjectMapper mapper) {
        Optional<DemoUser> authority = firstOperator(users, Organisations.AUTHORITY_MSP);
        if (authority.isEmpty() || !Files.exists(file)) {
            LOG.warnf(
                    "no authority operator or no %s: demo invoices and declarations not seeded",
                    file);
            return List.of();
        }
        JsonNode fixture = read(file, mapper);
        List<DemoStep> steps = new ArrayList<>();
        Set<String> registered = Set.of(VerificationErrorCode.DOCUMENT_ALREADY_REGISTERED.name());
        for (JsonNode invoice : fixture.path("invoices")) {
            steps.add(
                    step(
                            "demo-seed:invoice:"
                                    + invoice.path("invoiceCode").asText()
                                    + "-"
                                    + invoice.path("invoiceNumber").asText(),
                            Group.DOCUMENTS,
                            authority.get(),
                            ChaincodeNames.VERIFICATION,
                            "RegisterInvoice",
                            List.of(),
                            Map.of("invoice", invoice.toString()),
                            registered,
                            OnRefusal.SKIP));
        }
        for (JsonNode declaration : fixture.path("declarations")) {
            steps.add(
                    step(
                            "demo-seed:declaration:"
                                    + declaration.path("declarationNumber").asText(),
                            Group.DOCUMENTS,
                            authority.get(),
                            ChaincodeNames.VERIFICATION,
                            "RegisterDeclaration",
                            List.of(),
                            Map.of("declaration", declaration.toString()),
                            registered,
                            OnRefusal.SKIP));
        }
        return steps;
    }

    /** Bank1 grants every core enterprise of the fixtures a CNY 100,000,000.00 line for a year. */
    private static List<DemoStep> creditLines(JsonNode parties, List<DemoUser> users) {
        Optional<DemoUser> bank = firstOperator(users, Organisations.BANK1_MSP);
        if (bank.isEmpty()) {
            return List.of();
        }
        List<DemoStep> steps = new ArrayList<>();
        for (JsonNode party : parties) {
            if (!"CORE_ENTERPRISE".equals(party.path("kind").asText())) {
                continue;
            }
            String code = party.path("creditCode").asText();
            steps.add(
                    step(
                            "demo-seed:line:" + bank.get().mspId() + ":" + code,
                            Group.CREDIT_LINES,
                            bank.get(),
                            ChaincodeNames.RECEIVABLES,
                            "GrantCreditLine",
                            List.of(code, DEMO_LINE_LIMIT, "${today+1y}"),
                            Map.of("pricing", DEMO_LINE_PRICING),
                            Set.of(ReceivablesErrorCode.LINE_ALREADY_EXISTS.name()),
                            OnRefusal.SKIP));
        }
        return steps;
    }

    /**
     * A fixture of steps (user, chaincode, function, args, transient, capture), keyed {@code
     * demo-seed:<name>:<index>}: a script of dependent steps, so a refusal skips the rest of it.
     */
    private static List<DemoStep> script(Path file, String name, ObjectMapper mapper) {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode fixture = read(file, mapper);
        List<DemoStep> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : fixture.path("steps")) {
            List<String> args = new ArrayList<>();
            step.path("args").forEach(arg -> args.add(arg.asText()));
            TreeMap<String, String> transientData = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = step.path("transient").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                transientData.put(entry.getKey(), entry.getValue().toString());
            }
            TreeMap<String, String> capture = new TreeMap<>();
            step.path("capture")
                    .fields()
                    .forEachRemaining(e -> capture.put(e.getKey(), e.getValue().asText()));
            steps.add(
                    new DemoStep(
                            "demo-seed:" + name + ":" + index,
                            Group.LC,
                            step.path("user").asText(),
                            step.path("chaincode").asText(),
                            step.path("function").asText(),
                            args,
                            transientData,
                            capture,
                            Set.of(),
                            OnRefusal.STOP_GROUP));
            index++;
        }
        return steps;
    }

    private static DemoStep step(
            String key,
            Group group,
            DemoUser user,
            String chaincode,
            String function,
            List<String> args,
            Map<String, String> transientData,
            Set<String> alreadyThere,
            OnRefusal onRefusal) {
        return new DemoStep(
                key,
                group,
                user.username(),
                chaincode,
                function,
                args,
                new TreeMap<>(transientData),
                Map.of(),
                alreadyThere,
                onRefusal);
    }

    private static Optional<DemoUser> firstOperator(List<DemoUser> users, String mspId) {
        return users.stream()
                .filter(u -> mspId.equals(u.mspId()) && u.roles().contains(Roles.OPERATOR))
                .findFirst();
    }

    private static List<DemoUser> sorted(List<DemoUser> users) {
        return users.stream().sorted(Comparator.comparing(DemoUser::username)).toList();
    }

    private static JsonNode read(Path file, ObjectMapper mapper) {
        try {
            return mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo fixture " + file, e);
        }
    }

    /** Codes that say an idempotency key was used before: the step was played by an earlier run. */
    static boolean playedBefore(String code) {
        return CommonErrorCode.IDEMPOTENT_REPLAY.name().equals(code)
                || CommonErrorCode.IDEMPOTENCY_KEY_REUSED.name().equals(code);
    }
}
