package io.tradechain.gateway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.demo.DemoSeedProgress.DemoSeedTally;
import io.tradechain.gateway.demo.DemoStep.Group;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgerAdapter;
import io.tradechain.gateway.ledger.embedded.EmbeddedLedgers;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.security.FixtureFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demo plan of the fixtures and its player, on fresh in-memory ledgers: played at once (the
 * embedded gateway's start) and played organisation by organisation with hand-offs (what the
 * gateways of a Fabric network do for {@code scripts/network.sh seed}), it seeds the same
 * transactions; a second play adds nothing.
 */
class DemoPlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PARTIES = FixtureFiles.resolve("fixtures/parties.json");

    static List<DemoUser> users() throws Exception {
        return JSON.readValue(
                Files.readAllBytes(FixtureFiles.resolve("fixtures/users.json")),
                new TypeReference<List<DemoUser>>() {});
    }

    static DemoPlan plan() throws Exception {
        return DemoPlan.load(PARTIES, "parties", users(), JSON);
    }

    @Test
    void thePlanKeepsTheKeysAndSignersTheEmbeddedGatewayHasAlwaysSeededWith() throws Exception {
        DemoPlan plan = plan();
        Map<Group, Integer> perGroup = new LinkedHashMap<>();
        plan.steps().forEach(s -> perGroup.merge(s.group(), 1, Integer::sum));
        int documents =
                JSON.readTree(PARTIES.resolveSibling("documents.json").toFile())
                                .path("invoices")
                                .size()
                        + JSON.readTree(PARTIES.resolveSibling("documents.json").toFile())
                                .path("declarations")
                                .size();
        int lcSteps =
                JSON.readTree(PARTIES.resolveSibling("lc-demo.json").toFile()).path("steps").size();
        assertThat(perGroup)
                .containsExactly(
                        Map.entry(Group.PARTIES, 10),
                        Map.entry(Group.BINDINGS, 11),
                        Map.entry(Group.DOCUMENTS, documents),
                        Map.entry(Group.CREDIT_LINES, 1),
                        Map.entry(Group.LC, lcSteps));
        List<DemoStep> steps = plan.steps();
        assertThat(steps.get(0).key()).isEqualTo("demo-seed:party:91310115MA1K4HQ27W");
        assertThat(steps.get(0).user()).isEqualTo("corp.admin");
        assertThat(steps.get(10).key()).isEqualTo("demo-seed:bind:bank1.officer");
        assertThat(steps.get(10).user()).isEqualTo("bank1.admin");
        assertThat(steps.get(10).args())
                .containsExactly("91110000710934YQ4T", "${clientId:bank1.officer}");
        DemoStep firstDocument = steps.get(21);
        assertThat(firstDocument.key()).isEqualTo("demo-seed:invoice:3205194130-04471203");
        assertThat(firstDocument.user()).isEqualTo("customs.officer");
        DemoStep line = steps.get(21 + documents);
        assertThat(line.key()).isEqualTo("demo-seed:line:Bank1MSP:91310115MA1K4HQ27W");
        assertThat(line.user()).isEqualTo("bank1.officer");
        assertThat(line.transientData()).containsEntry("pricing", DemoPlan.DEMO_LINE_PRICING);
        DemoStep apply = steps.get(22 + documents);
        assertThat(apply.key()).isEqualTo("demo-seed:lc:0");
        assertThat(apply.capture()).containsEntry("lcId", "lcId");
        assertThat(steps.stream().map(DemoStep::key).distinct().count()).isEqualTo(steps.size());
    }

    @Test
    void playedAtOnceOrHandedFromOrganisationToOrganisationItSeedsTheSameAndOnlyOnce()
            throws Exception {
        DemoPlan plan = plan();
        try (EmbeddedLedgerAdapter atOnce = EmbeddedLedgers.inMemory("tradechain", "parties");
                EmbeddedLedgerAdapter handedOn =
                        EmbeddedLedgers.inMemory("tradechain", "parties")) {
            DemoPlayer.Outcome whole =
                    player(atOnce).play(plan, DemoSeedProgress.start(), msp -> true);
            assertThat(whole.next()).isNull();
            assertThat(whole.played()).isEqualTo(plan.steps().size());
            assertAllAdded(whole.progress(), plan);

            List<String> organisations = new ArrayList<>();
            DemoSeedProgress relayed = handOff(plan, player(handedOn), organisations);
            assertAllAdded(relayed, plan);
            assertThat(organisations)
                    .as("each call plays one organisation's run of steps")
                    .startsWith("CorpMSP", "Bank1MSP", "Bank2MSP", "AuthorityMSP", "Bank1MSP")
                    .hasSizeGreaterThan(10);
            assertThat(new TreeSet<>(organisations))
                    .containsExactly("AuthorityMSP", "Bank1MSP", "Bank2MSP", "CorpMSP");

            assertThat(transactions(handedOn)).isEqualTo(transactions(atOnce));
            assertThat(relayed.values().keySet()).containsExactly("lcId", "offerId");

            long height = handedOn.height();
            DemoSeedProgress again = handOff(plan, player(handedOn), new ArrayList<>());
            assertThat(handedOn.height()).as("a second seeding commits nothing").isEqualTo(height);
            for (DemoSeedTally tally : again.tally().values()) {
                assertThat(tally.added()).isZero();
                assertThat(tally.refused()).isZero();
            }
            assertThat(again.tally().values().stream().mapToInt(DemoSeedTally::unchanged).sum())
                    .isEqualTo(plan.steps().size());
            assertThat(again.values())
                    .as("values captured again from the first transactions")
                    .isEqualTo(relayed.values());
            assertThat(DemoPlayer.summary(again))
                    .startsWith(
                            "nothing added; " + plan.steps().size() + " steps were done already");
        }
    }

    @Test
    void aPlayInterruptedMidwayResumesWhereItStopped() throws Exception {
        DemoPlan plan = plan();
        try (EmbeddedLedgerAdapter ledger = EmbeddedLedgers.inMemory("tradechain", "parties")) {
            DemoPlayer player = player(ledger);
            DemoPlayer.Outcome stopped =
                    player.play(plan, DemoSeedProgress.start(), msp -> !msp.equals("Bank2MSP"));
            assertThat(stopped.next()).isEqualTo("Bank2MSP");
            int done = stopped.progress().cursor();
            assertThat(done).isPositive();

            DemoPlayer.Outcome resumed = player.play(plan, DemoSeedProgress.start(), msp -> true);
            assertThat(resumed.next()).isNull();
            int unchanged =
                    resumed.progress().tally().values().stream()
                            .mapToInt(DemoSeedTally::unchanged)
                            .sum();
            int added =
                    resumed.progress().tally().values().stream()
                            .mapToInt(DemoSeedTally::added)
                            .sum();
            assertThat(unchanged).isEqualTo(done);
            assertThat(added).isEqualTo(plan.steps().size() - done);
        }
    }

    @Test
    void aRefusalInTheLcScriptSkipsTheRestOfTheScriptOnly() throws Exception {
        List<DemoUser> users = new ArrayList<>();
        for (DemoUser user : users()) {
            // the treasurer left unbound: Huadong cannot apply for the L/C
            users.add(
                    user.username().equals("coreco.treasurer")
                            ? new DemoUser(
                                    user.username(),
                                    user.password(),
                                    user.mspId(),
                                    null,
                                    user.identity(),
                                    user.roles(),
                                    user.description())
                            : user);
        }
        DemoPlan plan = DemoPlan.load(PARTIES, "parties", users, JSON);
        try (EmbeddedLedgerAdapter ledger = EmbeddedLedgers.inMemory("tradechain", "parties")) {
            DemoPlayer.Outcome outcome =
                    player(ledger).play(plan, DemoSeedProgress.start(), msp -> true);
            assertThat(outcome.next()).isNull();
            assertThat(outcome.progress().tally().get("LC"))
                    .as("the application is refused, the rest of the script is not tried")
                    .isEqualTo(new DemoSeedTally(0, 0, 1));
            assertThat(outcome.progress().tally().get("CREDIT_LINES"))
                    .isEqualTo(new DemoSeedTally(1, 0, 0));
            assertThat(DemoPlayer.summary(outcome.progress())).contains("1 refused");
        }
    }

    private static void assertAllAdded(DemoSeedProgress progress, DemoPlan plan) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        plan.steps().forEach(s -> expected.merge(s.group().name(), 1, Integer::sum));
        Map<String, Integer> added = new LinkedHashMap<>();
        progress.tally().forEach((group, tally) -> added.put(group, tally.added()));
        assertThat(added).isEqualTo(expected);
        assertThat(progress.tally().values()).allMatch(t -> t.refused() == 0 && t.unchanged() == 0);
    }

    /**
     * What the network script does, with one player per organisation on one ledger: starts
     * anywhere, then follows {@code next}.
     */
    private static DemoSeedProgress handOff(
            DemoPlan plan, DemoPlayer player, List<String> organisations) {
        DemoSeedProgress progress = DemoSeedProgress.start();
        String organisation = "Bank1MSP";
        for (int calls = 0; calls < 200; calls++) {
            String serving = organisation;
            DemoPlayer.Outcome outcome = player.play(plan, progress, msp -> msp.equals(serving));
            if (outcome.played() > 0) {
                organisations.add(serving);
            }
            progress = outcome.progress();
            if (outcome.next() == null) {
                return progress;
            }
            assertThat(outcome.next()).isNotEqualTo(serving);
            organisation = outcome.next();
        }
        throw new AssertionError("the hand-offs never end");
    }

    private static DemoPlayer player(EmbeddedLedgerAdapter ledger) {
        return new DemoPlayer(
                ledger, JSON, signer -> ledger.identity(signer).clientId(), Duration.ofSeconds(1));
    }

    /** Each committed transaction's signer, chaincode, function and key. */
    private static List<String> transactions(EmbeddedLedgerAdapter ledger) {
        List<String> all = new ArrayList<>();
        for (long n = 0; n < ledger.height(); n++) {
            BlockInfo block = ledger.block(n).orElseThrow();
            for (TransactionInfo tx : block.transactions()) {
                if (tx.isValid()) {
                    all.add(
                            tx.creatorMsp()
                                    + " "
                                    + tx.creatorName()
                                    + " "
                                    + tx.chaincode()
                                    + " "
                                    + tx.function());
                }
            }
        }
        return all;
    }
}
