package io.tradechain.gateway.supervision;

import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Records a supervision alert (chaincode {@code supervision}, {@code RecordAlert}) when a submit is
 * refused with a code that matters to the regulator, as the same identity that was refused
 * (docs/supervision.md). It runs after the refusal and beside the client's answer: the client's 4xx
 * is neither delayed nor changed. An alert that cannot be committed now (ledger unavailable, MVCC
 * conflict) is sent again with a growing pause, under the same reference, so the chaincode records
 * it once; a refusal of the alert itself (the chaincode does not find the claim borne out) is
 * logged and dropped.
 */
@ApplicationScoped
public class SupervisionAlerts {
    private static final Logger LOG = Logger.getLogger(SupervisionAlerts.class);

    /** The chaincode codes an alert is recorded for. */
    public static final Set<String> CODES =
            Set.of(
                    "DUPLICATE_FINANCING",
                    "OVER_FINANCING",
                    "DOCUMENT_ALREADY_BACKING",
                    "PARTY_BLACKLISTED",
                    "CREDIT_LINE_EXCEEDED");

    /**
     * About 10 minutes of attempts (the pause grows to 30 s): an alert cannot be endorsed while the
     * regulator's peer is down (its collection's only member must hold it first,
     * docs/supervision.md), and is recorded once it is back.
     */
    static final int MAX_ATTEMPTS = 26;

    private static final long FIRST_PAUSE_MS = 250;
    private static final long LONGEST_PAUSE_MS = 30_000;

    private final LedgerPort ledger;
    private final ScheduledExecutorService retries =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "supervision-alerts");
                        thread.setDaemon(true);
                        return thread;
                    });
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    public SupervisionAlerts(LedgerPort ledger) {
        this.ledger = ledger;
    }

    /**
     * Called with every refused submit; records an alert if the refusal is one the regulator must
     * see.
     */
    public void refused(Proposal refused, LedgerException refusal) {
        try {
            Optional<Map<String, String>> alert = alertOf(refused, refusal);
            if (alert.isEmpty()) {
                return;
            }
            String ref =
                    refusal.txId() != null && refusal.txId().matches("[0-9a-f]{64}")
                            ? refusal.txId()
                            : UUID.randomUUID().toString();
            Proposal record =
                    Proposal.of(refused.signer(), ChaincodeNames.SUPERVISION, "RecordAlert", ref)
                            .withTransient("alert", CanonicalJson.toBytes(alert.get()));
            send(record, alert.get(), 1);
        } catch (RuntimeException e) {
            LOG.errorf(
                    e,
                    "could not start recording the supervision alert of a %s refusal",
                    refusal.code());
        }
    }

    /**
     * The alert input for a refusal, empty when the refusal is not one for the regulator or lacks
     * its subject.
     */
    static Optional<Map<String, String>> alertOf(Proposal refused, LedgerException refusal) {
        String code = refusal.code();
        if (!CODES.contains(code) || Organisations.isReadOnly(refused.signer().mspId())) {
            return Optional.empty();
        }
        Map<String, String> details = refusal.details();
        Map<String, String> alert = new LinkedHashMap<>();
        alert.put("code", code);
        alert.put("function", refused.chaincode() + "." + refused.function());
        switch (code) {
            case "PARTY_BLACKLISTED" -> {
                if (details.get("creditCode") == null) {
                    return Optional.empty();
                }
                alert.put("creditCode", details.get("creditCode"));
            }
            case "CREDIT_LINE_EXCEEDED" -> {
                if (details.get("lineId") == null || details.get("requested") == null) {
                    return Optional
                            .empty(); // a limit lowered below what is used: not an over-line issue
                }
                alert.put("lineId", details.get("lineId"));
                alert.put("requested", details.get("requested"));
            }
            default -> {
                if (details.get("documentId") == null || details.get("requested") == null) {
                    return Optional.empty();
                }
                alert.put("documentId", details.get("documentId"));
                alert.put("requested", details.get("requested"));
            }
        }
        return Optional.of(alert);
    }

    private void send(Proposal record, Map<String, String> alert, int attempt) {
        ledger.submitAsync(record)
                .whenComplete(
                        (committed, failure) -> {
                            if (failure == null) {
                                recorded.incrementAndGet();
                                LOG.infof(
                                        "supervision alert %s recorded by %s in transaction %s (%s)",
                                        alert.get("code"),
                                        record.signer().mspId(),
                                        committed.txId(),
                                        alert.get("function"));
                                return;
                            }
                            RuntimeException error = LedgerException.unwrap(failure);
                            boolean transientFailure =
                                    error instanceof LedgerException e && e.isTransient();
                            if (transientFailure && attempt < MAX_ATTEMPTS) {
                                long pause =
                                        Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << (attempt - 1));
                                LOG.warnf(
                                        "supervision alert %s of %s not recorded yet (%s); attempt %d in %d ms",
                                        alert.get("code"),
                                        record.signer().mspId(),
                                        error.getMessage(),
                                        attempt + 1,
                                        pause);
                                try {
                                    retries.schedule(
                                            () -> send(record, alert, attempt + 1),
                                            pause,
                                            TimeUnit.MILLISECONDS);
                                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                                    dropped.incrementAndGet();
                                    LOG.errorf(
                                            "supervision alert %s of %s dropped: the gateway is stopping",
                                            alert.get("code"), record.signer().mspId());
                                }
                                return;
                            }
                            dropped.incrementAndGet();
                            LOG.errorf(
                                    "supervision alert %s of %s (%s) not recorded after %d attempt(s): %s",
                                    alert.get("code"),
                                    record.signer().mspId(),
                                    alert.get("function"),
                                    attempt,
                                    error.getMessage());
                        });
    }

    /** Alerts committed since start. */
    public long recorded() {
        return recorded.get();
    }

    /**
     * Alerts given up since start (refused by the chaincode, or still failing after every attempt).
     */
    public long dropped() {
        return dropped.get();
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
