package io.tradechain.chaincode.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * A {@link PartyDirectory} that asks the party registry chaincode with {@code invokeChaincode}: same channel, same
 * transaction, same creator, so {@code WhoAmI} answers about the real caller and the registry's reads join this
 * transaction's read set (a concurrent unbinding invalidates it).
 *
 * <p>A refusal of the registry is rethrown as a {@link BusinessException} with the registry's code and text, read
 * from its error payload or else from its {@code [KIND/CODE] text} message; {@link #find} turns a refusal of kind
 * {@code NOT_FOUND} into an empty result.
 */
public final class RemotePartyDirectory implements PartyDirectory {
    /** The party registry's chaincode name on the channel. */
    public static final String DEFAULT_CHAINCODE = "parties";

    /** The registry's party record holds more than a PartyRef (registration facts): take the four fields. */
    private static final ObjectReader PARTY_READER = CanonicalJson.mapper()
            .readerFor(PartyRef.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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

    /** The registry's {@code WhoAmI} answer; its refusal (e.g. the caller is not bound) is rethrown. */
    @Override
    public PartyRef callerParty() {
        return toRef(call("WhoAmI"));
    }

    /** The registry's {@code GetParty} answer; empty on a NOT_FOUND-kind refusal, other refusals rethrown. */
    @Override
    public Optional<PartyRef> find(String creditCode) {
        try {
            return Optional.of(toRef(call("GetParty", creditCode)));
        } catch (BusinessException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private PartyRef toRef(byte[] json) {
        try {
            PartyRef ref = PARTY_READER.readValue(json);
            if (ref == null || ref.creditCode() == null) {
                throw new IOException("no creditCode");
            }
            return ref;
        } catch (IOException e) {
            throw new IllegalStateException("the " + chaincode + " chaincode answered with an unreadable party: "
                    + (json == null ? "nothing" : new String(json, StandardCharsets.UTF_8)), e);
        }
    }

    private byte[] call(String... args) {
        Chaincode.Response response = stub.invokeChaincodeWithStringArgs(chaincode, args);
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return response.getPayload();
        }
        ErrorInfo error = ErrorInfo.fromPayload(response.getPayload())
                .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                .orElseThrow(() -> new IllegalStateException("the " + chaincode + " chaincode failed on " + args[0]
                        + " with status " + status + ": " + response.getMessage()));
        throw new BusinessException(RemoteErrorCode.of(error), error.message(), error.details());
    }
}
