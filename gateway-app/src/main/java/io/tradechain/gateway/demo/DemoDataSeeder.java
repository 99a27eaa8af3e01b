package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import java.nio.charset.StandardCharsets;
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
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * On the first start of an empty embedded ledger, registers the fixture parties (each by its organisation's admin
 * user) and binds every demo user's identity to its party, through the same chaincode functions as the API uses.
 */
@Singleton
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);

    private final GatewayConfig config;
    private final ApiUserDirectory users;
    private final ObjectMapper mapper;
    private final jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded;
    private final LedgerPort ledger;

    public DemoDataSeeder(GatewayConfig config, ApiUserDirectory users, ObjectMapper mapper,
            jakarta.enterprise.inject.Instance<EmbeddedLedgerAdapter> embedded, LedgerPort ledger) {
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
                adminOf.putIfAbsent(user.mspId(), new Signer(user.mspId(), user.identity(), Signer.ADMIN));
            }
        }
        int parties = 0;
        for (JsonNode party : readParties()) {
            Signer admin = adminOf.get(party.get("mspId").asText());
            if (admin == null) {
                LOG.warnf("no admin user for %s: party %s not seeded", party.get("mspId").asText(),
                        party.get("creditCode").asText());
                continue;
            }
            String code = party.get("creditCode").asText();
            if (once(Proposal.of(admin, config.partiesChaincode(), "RegisterParty", code,
                    party.get("name").asText(), party.get("kind").asText()), "demo-seed:party:" + code)) {
                parties++;
            }
        }
        int bindings = 0;
        for (DemoUser user : users.all()) {
            if (user.partyCode() == null || user.roles().contains(Roles.ADMIN)) {
                continue;
            }
            Signer admin = adminOf.get(user.mspId());
            String clientId = embedded.get().identity(new Signer(user.mspId(), user.identity(), Signer.CLIENT))
                    .clientId();
            if (once(Proposal.of(admin, config.partiesChaincode(), "BindIdentity", user.partyCode(), clientId),
                    "demo-seed:bind:" + user.username())) {
                bindings++;
            }
        }
        LOG.infof("demo data: %d parties and %d identity bindings added (%s)", parties, bindings,
                ledger.describe());
    }

    /**
     * Submits a seeding transaction under an idempotency key, so that every start (also one after a crash in the
     * middle of seeding) adds exactly what is missing and never redoes what a user undid since.
     *
     * @return true when it committed now, false when an earlier start already did it
     */
    private boolean once(Proposal proposal, String key) {
        try {
            ledger.submit(proposal.withTransient(Idempotency.TRANSIENT_KEY, key.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (LedgerException e) {
            // A replay of an earlier start's seeding, or a party someone registered by hand: nothing to add.
            if (CommonErrorCode.IDEMPOTENT_REPLAY.name().equals(e.code()) || e.httpStatus() == 409) {
                return false;
            }
            throw e;
        }
    }

    private JsonNode readParties() {
        try {
            return mapper.readTree(Files.readAllBytes(FixtureFiles.resolve(config.partiesFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the parties file " + config.partiesFile(), e);
        }
    }
}
