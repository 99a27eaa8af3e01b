package io.tradechain.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Idempotency;
import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.gateway.security.DemoUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Plays a demo fixture of steps ({@code fixtures/lc-demo.json}): each step is one chaincode call by
 * a demo user, with arguments and transient data in which {@code ${name}} is a value captured from
 * an earlier step's answer and {@code ${today+N}} a date N days from today. Each step carries an
 * idempotency key; when the first step is a replay (an earlier start played the script) nothing
 * more is done. A step that fails stops the script with a warning: the demo is a convenience, never
 * a reason not to start.
 */
final class DemoScript {
    private static final Logger LOG = Logger.getLogger(DemoScript.class);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z]+)(?:\\+([0-9]+))?}");

    private final LedgerPort ledger;
    private final ObjectMapper mapper;
    private final List<DemoUser> users;

    DemoScript(LedgerPort ledger, ObjectMapper mapper, List<DemoUser> users) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.users = users;
    }

    /**
     * Plays the script in {@code file}; returns the captured values (empty if nothing was played).
     */
    Map<String, String> play(Path file, String name) {
        Map<String, String> values = new HashMap<>();
        if (!Files.exists(file)) {
            return values;
        }
        JsonNode steps;
        try {
            steps = mapper.readTree(Files.readAllBytes(file)).path("steps");
        } catch (IOException e) {
            LOG.warnf("demo %s not played: %s is unreadable (%s)", name, file, e.getMessage());
            return values;
        }
        int index = 0;
        for (Iterator<JsonNode> it = steps.elements(); it.hasNext(); index++) {
            JsonNode step = it.next();
            String where =
                    name + " step " + (index + 1) + " (" + step.path("function").asText() + ")";
            try {
                Optional<Committed> committed =
                        run(step, values, "demo-seed:" + name + ":" + index);
                if (committed.isEmpty()) {
                    if (index == 0) {
                        return values;
                    }
                    LOG.warnf("demo %s replayed an earlier start's step: stopping", where);
                    return values;
                }
                capture(step, committed.get(), values);
            } catch (LedgerException | IllegalArgumentException e) {
                LOG.warnf(
                        "demo %s failed, the rest of the demo is skipped: %s",
                        where, e.getMessage());
                return values;
            }
        }
        return values;
    }

    private Optional<Committed> run(JsonNode step, Map<String, String> values, String key) {
        DemoUser user =
                users.stream()
                        .filter(u -> u.username().equals(step.path("user").asText()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no demo user " + step.path("user").asText()));
        List<String> args = new ArrayList<>();
        step.path("args").forEach(arg -> args.add(substitute(arg.asText(), values)));
        Proposal proposal =
                Proposal.of(
                        new Signer(user.mspId(), user.identity(), Signer.CLIENT),
                        step.path("chaincode").asText(),
                        step.path("function").asText(),
                        args.toArray(String[]::new));
        for (Iterator<Map.Entry<String, JsonNode>> it = step.path("transient").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            proposal =
                    proposal.withTransient(
                            entry.getKey(),
                            substitute(entry.getValue().toString(), values)
                                    .getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(
                    ledger.submit(
                            proposal.withTransient(
                                    Idempotency.TRANSIENT_KEY,
                                    key.getBytes(StandardCharsets.UTF_8))));
        } catch (LedgerException e) {
            // played by an earlier start (on another day, the same step's dates differ: still
            // played)
            if (CommonErrorCode.IDEMPOTENT_REPLAY.name().equals(e.code())
                    || CommonErrorCode.IDEMPOTENCY_KEY_REUSED.name().equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void capture(JsonNode step, Committed committed, Map<String, String> values) {
        if (!step.has("capture")) {
            return;
        }
        try {
            JsonNode answer = mapper.readTree(committed.payload());
            step.path("capture")
                    .fields()
                    .forEachRemaining(
                            entry ->
                                    values.put(
                                            entry.getKey(),
                                            answer.path(entry.getValue().asText()).asText()));
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable answer: " + e.getMessage(), e);
        }
    }

    static String substitute(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if ("today".equals(m.group(1))) {
                int days = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                replacement = LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
            } else if (values.containsKey(m.group(1))) {
                replacement = values.get(m.group(1));
            } else {
                throw new IllegalArgumentException("no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
