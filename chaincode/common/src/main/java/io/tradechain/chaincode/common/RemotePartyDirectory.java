package io.tradechain.chaincode.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A {@link PartyDirectory} that asks the party registry chaincode with {@code invokeChaincode}:
 * same channel, same transaction, same creator, so the registry answers about the real caller and
 * its reads join this transaction's read set (a concurrent unbinding invalidates it).
 *
 * <p>A transaction invokes the registry once: the first question (the caller's party, a party by
 * code, or {@link #prefetch} of the codes the function will need) sends one {@code Resolve} with
 * the caller and every code known by then, and the answers are kept for the rest of the
 * transaction. Fabric's Java shim keys a running invocation by channel and transaction id and may
 * lose the second of two invocations of one chaincode in a transaction ("Task map missing entry");
 * the testkit refuses a second invocation outright, so a function that needs more than one party
 * must {@link #prefetch} them first.
 *
 * <p>A refusal of the registry is rethrown as a {@link BusinessException} with the registry's code
 * and text; {@link #find} gives an empty result for an unregistered code.
 */
public final class RemotePartyDirectory implements PartyDirectory {
    /** The party registry's chaincode name on the channel. */
    public static final String DEFAULT_CHAINCODE = ChaincodeNames.PARTIES;

    /**
     * Answers kept per transaction (per stub: one stub per chaincode invocation) and registry
     * chaincode.
     */
    private static final Map<ChaincodeStub, Map<String, Answers>> ANSWERS = new WeakHashMap<>();

    private final ChaincodeStub stub;
    private final String chaincode;

    /** Asks the chaincode named {@value #DEFAULT_CHAINCODE}. */
    public RemotePartyDirectory(ChaincodeStub stub) {
        this(stub, DEFAULT_CHAINCODE);
    }

    /** Asks the named party registry chaincode. */
    public RemotePartyDirectory(ChaincodeStub stub, String partiesChaincodeName) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.chaincode = Objects.requireNonNull(partiesChaincodeName, "partiesChaincodeName");
    }

    /** What the registry answered in this transaction. */
    private static final class Answers {
        PartyRef caller;
        ErrorInfo callerError;
        final Map<String, Optional<PartyRef>> parties = new HashMap<>();
    }

    /**
     * Asks the registry now, once, about the caller and these codes, unless this transaction asked
     * already; call it first in a function that needs several parties.
     */
    @Override
    public void prefetch(String... creditCodes) {
        // codes as the functions will look them up; one that is not a valid code is refused later,
        // by the function
        answers(
                Arrays.stream(creditCodes)
                        .map(CreditCode::normalise)
                        .filter(c -> c != null && CreditCode.isValid(c))
                        .toArray(String[]::new));
    }

    /** The caller's party; its refusal (e.g. the caller is not bound) is rethrown. */
    @Override
    public PartyRef callerParty() {
        Answers answers = answers();
        if (answers.callerError != null) {
            throw BusinessException.relay(answers.callerError);
        }
        return answers.caller;
    }

    /**
     * The registered party with this code, if any; asked of the registry with the caller if not
     * asked yet.
     */
    @Override
    public Optional<PartyRef> find(String creditCode) {
        Optional<PartyRef> known = answers(creditCode).parties.get(creditCode);
        if (known != null) {
            return known;
        }
        // a code the transaction's single question did not include: a second invocation, which the
        // shim may lose
        Optional<PartyRef> found = resolve(new String[] {creditCode}).parties.get(creditCode);
        answers().parties.put(creditCode, found);
        return found;
    }

    private Answers answers(String... codes) {
        synchronized (ANSWERS) {
            Answers known = ANSWERS.getOrDefault(stub, Map.of()).get(chaincode);
            if (known != null) {
                return known;
            }
        }
        Answers fresh = resolve(codes);
        synchronized (ANSWERS) {
            ANSWERS.computeIfAbsent(stub, s -> new HashMap<>()).put(chaincode, fresh);
        }
        return fresh;
    }

    private Answers resolve(String[] codes) {
        List<String> asked = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(codes)));
        PartyResolution resolution =
                read(
                        new ChaincodeInvocation(stub, chaincode)
                                .callRaw(PartyResolution.FUNCTION, CanonicalJson.toJson(asked)));
        Answers answers = new Answers();
        answers.caller = resolution.caller();
        answers.callerError = resolution.callerError();
        if (answers.caller == null && answers.callerError == null) {
            throw new IllegalStateException(
                    "the " + chaincode + " chaincode answered Resolve without the caller");
        }
        List<PartyRef> parties = resolution.parties() == null ? List.of() : resolution.parties();
        if (parties.size() != asked.size()) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered "
                            + parties.size()
                            + " parties for "
                            + asked.size()
                            + " codes");
        }
        for (int i = 0; i < asked.size(); i++) {
            answers.parties.put(asked.get(i), Optional.ofNullable(parties.get(i)));
        }
        return answers;
    }

    private PartyResolution read(byte[] json) {
        try {
            return CanonicalJson.mapper()
                    .readerFor(PartyResolution.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the "
                            + chaincode
                            + " chaincode answered Resolve unreadably: "
                            + (json == null ? "nothing" : new String(json, StandardCharsets.UTF_8)),
                    e);
        }
    }
}
