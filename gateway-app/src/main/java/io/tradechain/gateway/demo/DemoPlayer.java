package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.gateway.demo.DemoSeedProgress.DemoSeedTally;
import io.tradechain.gateway.demo.DemoStep.Group;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.ledger.TransactionInfo;
import io.tradechain.gateway.security.DemoUser;
import io.tradechain.gateway.security.Roles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Plays the {@link DemoPlan} as its demo users, through the {@link LedgerPort}: each step is one
 * transaction signed by the step's user, under the step's idempotency key. The same code seeds both
 * ledgers: on the embedded ledger every organisation's identities are local, so one call plays the
 * whole plan; on Fabric each gateway holds its own organisation's identities only, so a call plays
 * the steps from the cursor while their users belong to an organisation this gateway may sign for,
 * and answers where it stopped and which organisation's gateway plays on ({@link
 * DemoSeedResource}).
 *
 * <p>A step played before (its key is claimed) commits nothing; its first transaction's answer is
 * read back so that the values it captured are known again, and the play goes on. So a second play
 * adds nothing, and a play interrupted midway resumes where it stopped.
 */
public final class DemoPlayer {
    private static final Logger LOG = Logger.getLogger(DemoPlayer.class);
    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{([A-Za-z]+)(?:\\+([0-9]+)(y?)|:([A-Za-z0-9._-]+))?}");

    /** The client id a signer's identity has on the ledger (what {@code BindIdentity} takes). */
    @FunctionalInterface
    public interface ClientIds {
        String clientId(Signer signer);
    }

    /**
     * Where a call stopped.
     *
     * @param next the MSP id whose gateway must play the next step; null at the end of the plan
     */
    public record Outcome(DemoSeedProgress progress, String next, int played) {}

    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private final ClientIds clientIds;
    private final Duration catchUp;

    /**
     * @param catchUp how long to wait for this gateway's peer to have the blocks earlier steps
     *     (played elsewhere) were committed in
     */
    public DemoPlayer(
            LedgerPort ledger, ObjectMapper mapper, ClientIds clientIds, Duration catchUp) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.clientIds = clientIds;
        this.catchUp = catchUp;
    }

    /**
     * Plays the plan from {@code progress} while the next step's user belongs to an organisation
     * {@code signsFor} accepts.
     *
     * @throws LedgerException when a step that the rest needs ({@link DemoStep.OnRefusal#FAIL}) is
     *     refused
     */
    public Outcome play(DemoPlan plan, DemoSeedProgress progress, Predicate<String> signsFor) {
        List<DemoStep> steps = plan.steps();
        int cursor = progress.cursor();
        Map<String, String> values = new TreeMap<>(progress.values());
        long[] block = {progress.block()};
        Map<String, DemoSeedTally> tally = new LinkedHashMap<>(progress.tally());
        int played = 0;
        waitForBlock(block[0]);
        while (cursor < steps.size()) {
            DemoStep step = steps.get(cursor);
            DemoUser user;
            try {
                user = plan.user(step.user());
            } catch (IllegalArgumentException e) {
                cursor = refused(steps, cursor, step, e, tally);
                played++;
                continue;
            }
            if (!signsFor.test(user.mspId())) {
                return new Outcome(
                        new DemoSeedProgress(cursor, values, block[0], tally),
                        user.mspId(),
                        played);
            }
            played++;
            try {
                boolean added = playStep(plan, step, user, values, block);
                count(tally, step.group(), new DemoSeedTally(added ? 1 : 0, added ? 0 : 1, 0));
                cursor++;
            } catch (LedgerException | IllegalArgumentException e) {
                if (step.onRefusal() == DemoStep.OnRefusal.FAIL) {
                    LOG.errorf(
                            "demo step %s (%s by %s) refused: %s",
                            step.key(), step.function(), step.user(), e.getMessage());
                    throw e;
                }
                cursor = refused(steps, cursor, step, e, tally);
            }
        }
        return new Outcome(new DemoSeedProgress(cursor, values, block[0], tally), null, played);
    }

    /** Counts a refused step, warns, and gives the cursor to go on from. */
    private static int refused(
            List<DemoStep> steps,
            int cursor,
            DemoStep step,
            RuntimeException e,
            Map<String, DemoSeedTally> tally) {
        count(tally, step.group(), new DemoSeedTally(0, 0, 1));
        String code = e instanceof LedgerException refusal ? refusal.code() + " " : "";
        if (step.onRefusal() != DemoStep.OnRefusal.STOP_GROUP) {
            LOG.warnf(
                    "demo step %s (%s by %s) not played: %s%s",
                    step.key(), step.function(), step.user(), code, e.getMessage());
            return cursor + 1;
        }
        int next = cursor + 1;
        while (next < steps.size() && steps.get(next).group() == step.group()) {
            next++;
        }
        LOG.warnf(
                "demo step %s (%s by %s) failed, the %d steps left of the %s are skipped: %s%s",
                step.key(),
                step.function(),
                step.user(),
                next - cursor - 1,
                step.group().label(),
                code,
                e.getMessage());
        return next;
    }

    private static void count(Map<String, DemoSeedTally> tally, Group group, DemoSeedTally one) {
        tally.merge(group.name(), one, DemoSeedTally::plus);
    }

    /**
     * Submits one step under its key.
     *
     * @return true when it committed now, false when it was found done
     */
    private boolean playStep(
            DemoPlan plan, DemoStep step, DemoUser user, Map<String, String> values, long[] block) {
        List<String> args = new ArrayList<>();
        for (String arg : step.args()) {
            args.add(substitute(arg, values, plan));
        }
        Proposal proposal =
                Proposal.of(
                        signer(user),
                        step.chaincode(),
                        step.function(),
                        args.toArray(String[]::new));
        for (Map.Entry<String, String> entry : step.transientData().entrySet()) {
            proposal =
                    proposal.withTransient(
                            entry.getKey(),
                            substitute(entry.getValue(), values, plan)
                                    .getBytes(StandardCharsets.UTF_8));
        }
        Proposal keyed =
                proposal.withTransient(
                        Idempotency.TRANSIENT_KEY, step.key().getBytes(StandardCharsets.UTF_8));
        // a lost MVCC race is retried by the ledger port itself (RetryingLedgerPort): one retry
        // layer
        try {
            Committed committed = ledger.submit(keyed);
            block[0] = Math.max(block[0], committed.blockNumber());
            capture(step, committed.payload(), values);
            return true;
        } catch (LedgerException e) {
            if (DemoPlan.playedBefore(e.code())) {
                replayed(step, e, values, block);
                return false;
            }
            if (step.alreadyThere().contains(e.code())) {
                return false;
            }
            throw e;
        }
    }

    /**
     * A step an earlier play committed: its first transaction's answer gives the captured values
     * again (an answer the ledger cannot show leaves them unknown: a later step needing them is
     * refused).
     */
    private void replayed(
            DemoStep step, LedgerException e, Map<String, String> values, long[] block) {
        String firstTxId = e.details().get("firstTxId");
        if (firstTxId == null) {
            return;
        }
        TransactionInfo first = ledger.transaction(firstTxId).orElse(null);
        if (first == null) {
            return;
        }
        block[0] = Math.max(block[0], first.blockNumber());
        capture(step, first.response(), values);
    }

    private void capture(DemoStep step, byte[] payload, Map<String, String> values) {
        if (step.capture().isEmpty()) {
            return;
        }
        JsonNode answer;
        try {
            answer = mapper.readTree(payload);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable answer: " + e.getMessage(), e);
        }
        step.capture().forEach((name, field) -> values.put(name, answer.path(field).asText()));
    }

    /** The identity a demo user signs with: its organisation's admin for admins, else its own. */
    static Signer signer(DemoUser user) {
        return new Signer(
                user.mspId(),
                user.identity(),
                user.roles().contains(Roles.ADMIN) ? Signer.ADMIN : Signer.CLIENT);
    }

    String substitute(String text, Map<String, String> values, DemoPlan plan) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if ("today".equals(name) && m.group(4) == null) {
                LocalDate today = LocalDate.now(ZoneOffset.UTC);
                int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                replacement =
                        ("y".equals(m.group(3)) ? today.plusYears(n) : today.plusDays(n))
                                .toString();
            } else if ("clientId".equals(name) && m.group(4) != null) {
                replacement = clientIds.clientId(signer(plan.user(m.group(4))));
            } else if (m.group(2) == null && m.group(4) == null && values.containsKey(name)) {
                replacement = values.get(name);
            } else {
                throw new IllegalArgumentException("no value for " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Waits until this gateway's ledger has the block an earlier step (maybe played by another
     * gateway) was committed in, so that the next step is endorsed on a state that holds it.
     */
    private void waitForBlock(long block) {
        long deadline = System.nanoTime() + catchUp.toNanos();
        while (ledger.height() <= block && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One line on the seeding so far. */
    public static String summary(DemoSeedProgress progress) {
        List<String> added = new ArrayList<>();
        int unchanged = 0;
        int refused = 0;
        for (Group group : Group.values()) {
            DemoSeedTally tally = progress.tally().get(group.name());
            if (tally == null) {
                continue;
            }
            if (tally.added() > 0) {
                added.add(tally.added() + " " + group.label());
            }
            unchanged += tally.unchanged();
            refused += tally.refused();
        }
        StringBuilder line =
                new StringBuilder(
                        added.isEmpty() ? "nothing added" : "added " + String.join(", ", added));
        if (unchanged > 0) {
            line.append("; ").append(unchanged).append(" steps were done already");
        }
        if (refused > 0) {
            line.append("; ")
                    .append(refused)
                    .append(" refused or skipped (see the gateways' logs)");
        }
        String lc = progress.values().get("lcId");
        String offer = progress.values().get("offerId");
        if (lc != null && !lc.isBlank()) {
            line.append("; demo L/C ").append(lc);
            if (offer != null && !offer.isBlank()) {
                line.append(", forfaiting offer ").append(offer);
            }
        }
        return line.toString();
    }
}
