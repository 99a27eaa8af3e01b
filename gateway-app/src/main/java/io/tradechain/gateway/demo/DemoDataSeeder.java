package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.security.FixtureFiles;
import io.tradechain.gateway.security.Roles;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * On the first start of an empty embedded ledger, registers the fixture parties (each by its
 * organisation's admin user), binds every demo user's identity to its party, and has the authority
 * register the demo invoices and customs declarations, through the same chaincode functions as the
 * API uses.
 */
@Singleton
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    private final GatewayConfig config;
    private final ApiUserDirectory users;
    private final ObjectMapper mapper;
    private final jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded;
    private final LedgerPort ledger;

    public DemoDataSeeder(
            GatewayConfig config,
            ApiUserDirectory users,
            ObjectMapper mapper,
            jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded,
            LedgerPort ledger) {
        this.config = config;
        this.users = users;
        this.mapper = mapper;
        this.embedded = embedded;
        this.ledger = ledger;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.ledger() != GatewayConfig.LedgerKind.EMBEDDED || !config.seedDemoData()) {
            return;
        }
        Map<String, Signer> adminOf = new LinkedHashMap<>();
        for (DemoUser user : users.all()) {
            if (user.roles().contains(Roles.ADMIN)) {
                adminOf.putIfAbsent(
                        user.mspId(), new Signer(user.mspId(), user.identity(), Signer.ADMIN));
            }
        }
        int parties = 0;
        for (JsonNode party : readParties()) {
            Signer admin = adminOf.get(party.get("mspId").asText());
            if (admin == null) {
                LOG.warnf(
                        "no admin user for %s: party %s not seeded",
                        party.get("mspId").asText(), party.get("creditCode").asText());
                continue;
            }
            String code = party.get("creditCode").asText();
            if (once(
                    Proposal.of(
                            admin,
                            config.partiesChaincode(),
                            "RegisterParty",
                            code,
                            party.get("name").asText(),
                            party.get("kind").asText()),
                    "demo-seed:party:" + code)) {
                parties++;
            }
        }
        int bindings = 0;
        for (DemoUser user : users.all()) {
            if (user.partyCode() == null || user.roles().contains(Roles.ADMIN)) {
                continue;
            }
            Signer admin = adminOf.get(user.mspId());
            String clientId =
                    embedded.get()
                            .identity(new Signer(user.mspId(), user.identity(), Signer.CLIENT))
                            .clientId();
            if (once(
                    Proposal.of(
                            admin,
                            config.partiesChaincode(),
                            "BindIdentity",
                            user.partyCode(),
                            clientId),
                    "demo-seed:bind:" + user.username())) {
                bindings++;
            }
        }
        int documents = seedDocuments();
        int lines = seedCreditLines();
        LOG.infof(
                "demo data: %d parties, %d identity bindings, %d invoices/declarations and %d credit lines added "
                        + "(%s)",
                parties, bindings, documents, lines, ledger.describe());
        Map<String, String> lc =
                new DemoScript(ledger, mapper, users.all())
                        .play(
                                FixtureFiles.resolve(config.partiesFile())
                                        .resolveSibling("lc-demo.json"),
                                "lc");
        if (!lc.isEmpty()) {
            LOG.infof(
                    "demo letter of credit %s (accepted, negotiated by Bank2) and forfaiting offer %s (one quote "
                            + "by Bank1) added: see fixtures/lc-demo.json for the steps left to try",
                    lc.get("lcId"), lc.get("offerId"));
        }
    }

    /** Bank1 grants every core enterprise of the fixtures a CNY 100,000,000.00 line for a year. */
    private int seedCreditLines() {
        Signer bank =
                users.all().stream()
                        .filter(
                                u ->
                                        Organisations.BANK1_MSP.equals(u.mspId())
                                                && u.roles().contains(Roles.OPERATOR))
                        .findFirst()
                        .map(u -> new Signer(u.mspId(), u.identity(), Signer.CLIENT))
                        .orElse(null);
        if (bank == null) {
            return 0;
        }
        String expiresOn =
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString();
        int added = 0;
        for (JsonNode party : readParties()) {
            if (!"CORE_ENTERPRISE".equals(party.path("kind").asText())) {
                continue;
            }
            String code = party.get("creditCode").asText();
            try {
                if (once(
                        Proposal.of(
                                        bank,
                                        ChaincodeNames.RECEIVABLES,
                                        "GrantCreditLine",
                                        code,
                                        "{\"currency\":\"CNY\",\"minorUnits\":10000000000}",
                                        expiresOn)
                                .withTransient(
                                        "pricing",
                                        DEMO_LINE_PRICING.getBytes(StandardCharsets.UTF_8)),
                        "demo-seed:line:" + bank.mspId() + ":" + code)) {
                    added++;
                }
            } catch (LedgerException e) {
                LOG.warnf(
                        "demo credit line for %s not granted: %s %s",
                        code, e.code(), e.getMessage());
            }
        }
        return added;
    }

    /**
     * The authority registers the invoices and declarations of documents.json (beside the parties
     * file).
     */
    private int seedDocuments() {
        Signer authority =
                users.all().stream()
                        .filter(
                                u ->
                                        Organisations.AUTHORITY_MSP.equals(u.mspId())
                                                && u.roles().contains(Roles.OPERATOR))
                        .findFirst()
                        .map(u -> new Signer(u.mspId(), u.identity(), Signer.CLIENT))
                        .orElse(null);
        java.nio.file.Path file =
                FixtureFiles.resolve(config.partiesFile()).resolveSibling("documents.json");
        if (authority == null || !Files.exists(file)) {
            LOG.warnf(
                    "no authority operator or no %s: demo invoices and declarations not seeded",
                    file);
            return 0;
        }
        JsonNode fixture;
        try {
            fixture = mapper.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documents file " + file, e);
        }
        int added = 0;
        for (JsonNode invoice : fixture.path("invoices")) {
            added +=
                    seedDocument(
                            authority,
                            "RegisterInvoice",
                            "invoice",
                            invoice,
                            "demo-seed:invoice:"
                                    + invoice.path("invoiceCode").asText()
                                    + "-"
                                    + invoice.path("invoiceNumber").asText());
        }
        for (JsonNode declaration : fixture.path("declarations")) {
            added +=
                    seedDocument(
                            authority,
                            "RegisterDeclaration",
                            "declaration",
                            declaration,
                            "demo-seed:declaration:"
                                    + declaration.path("declarationNumber").asText());
        }
        return added;
    }

    private int seedDocument(
            Signer authority, String function, String transientKey, JsonNode fields, String key) {
        Proposal proposal =
                Proposal.of(authority, ChaincodeNames.VERIFICATION, function)
                        .withTransient(
                                transientKey, fields.toString().getBytes(StandardCharsets.UTF_8));
        try {
            return once(proposal, key) ? 1 : 0;
        } catch (LedgerException e) {
            // e.g. DATE_IN_FUTURE when this machine's clock is before the fixture's dates: the demo
            // goes on without it
            LOG.warnf(
                    "demo %s %s not registered: %s %s",
                    transientKey, key, e.code(), e.getMessage());
            return 0;
        }
    }

    /**
     * Submits a seeding transaction under an idempotency key, so that every start (also one after a
     * crash in the middle of seeding) adds exactly what is missing and never redoes what a user
     * undid since.
     *
     * @return true when it committed now, false when an earlier start already did it
     */
    /** The funder's rate and fee for the demo lines' certificates: 3.50% a year, 0.10% fee. */
    private static final String DEMO_LINE_PRICING = "{\"feeBp\":10,\"ratePerAnnumBp\":350}";

    private boolean once(Proposal proposal, String key) {
        try {
            ledger.submit(
                    proposal.withTransient(
                            Idempotency.TRANSIENT_KEY, key.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (LedgerException e) {
            // A replay of an earlier start's seeding (the same request, or one whose dates an
            // earlier day computed),
            // or a party someone registered by hand: nothing to add.
            if (CommonErrorCode.IDEMPOTENT_REPLAY.name().equals(e.code())
                    || CommonErrorCode.IDEMPOTENCY_KEY_REUSED.name().equals(e.code())
                    || e.isRefused(io.tradechain.chaincode.common.ErrorKind.CONFLICT)
                    || e.is(LedgerException.Category.INVALIDATED)) {
                return false;
            }
            throw e;
        }
    }

    private JsonNode readParties() {
        try {
            return mapper.readTree(Files.readAllBytes(FixtureFiles.resolve(config.partiesFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the parties file " + config.partiesFile(), e);
        }
    }
}
