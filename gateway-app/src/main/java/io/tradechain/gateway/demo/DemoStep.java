package io.tradechain.gateway.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One step of the demo plan: one chaincode call by one demo user, under its own idempotency key.
 * Arguments and transient values are templates: {@code ${name}} is a value captured from an earlier
 * step's answer, {@code ${today+N}} a date N days from today (UTC), {@code ${today+Ny}} N years
 * from today, and {@code ${clientId:user}} the Fabric client id of a demo user's identity, resolved
 * by whoever signs the step.
 *
 * @param key the idempotency key ({@code demo-seed:...}): a second play of the step commits nothing
 * @param group what the step belongs to, for the summary and for {@link OnRefusal#STOP_GROUP}
 * @param user the demo user (users.json) who signs
 * @param capture values to keep from the answer: name to field of the answer's JSON object
 * @param alreadyThere refusal codes that mean "what this step adds is there already" (registered by
 *     hand, or by an earlier seeding under another identity)
 * @param onRefusal what a refusal of any other code does to the rest of the plan
 */
public record DemoStep(
        String key,
        Group group,
        String user,
        String chaincode,
        String function,
        List<String> args,
        SortedMap<String, String> transientData,
        Map<String, String> capture,
        Set<String> alreadyThere,
        OnRefusal onRefusal) {

    public DemoStep {
        args = List.copyOf(args);
        transientData = new TreeMap<>(transientData);
        capture = Map.copyOf(capture);
        alreadyThere = Set.copyOf(alreadyThere);
    }

    /** The parts of the demo, in the order they are played. */
    public enum Group {
        PARTIES("parties"),
        BINDINGS("identity bindings"),
        DOCUMENTS("invoices/declarations"),
        CREDIT_LINES("credit lines"),
        LC("L/C demo steps");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a step's refusal means for the plan. */
    public enum OnRefusal {
        /** Seeding fails: the rest of the demo needs this step. */
        FAIL,
        /** A warning; the plan goes on (e.g. an invoice dated after this machine's today). */
        SKIP,
        /** A warning; the rest of the step's group is skipped (a script of dependent steps). */
        STOP_GROUP
    }
}
