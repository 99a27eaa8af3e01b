package io.tradechain.chaincode.common;

import java.util.Optional;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Asks the party registry chaincode through {@code invokeChaincode}, in the same transaction and with the same
 * creator, so the answer is about the real caller; the registry's reads join this transaction's read set.
 */
public final class RemotePartyDirectory implements PartyDirectory {
    public static final String DEFAULT_CHAINCODE = "parties";

    private static final com.fasterxml.jackson.databind.ObjectReader PARTY_READER = CanonicalJson.mapper()
            .readerFor(PartyRef.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ChaincodeStub stub;
    private final String chaincode;

    public RemotePartyDirectory(ChaincodeStub stub) {
        this(stub, DEFAULT_CHAINCODE);
    }

    public RemotePartyDirectory(ChaincodeStub stub, String partiesChaincodeName) {
        this.stub = stub;
        this.chaincode = partiesChaincodeName;
    }

    @Override
    public PartyRef callerParty() {
        return toRef(call("WhoAmI"));
    }

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

    /** The registry's party record holds more than a PartyRef (registration facts): take the four fields. */
    private static PartyRef toRef(byte[] json) {
        try {
            return PARTY_READER.readValue(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the party registry answered with an unreadable party", e);
        }
    }

    private byte[] call(String... args) {
        Chaincode.Response response = stub.invokeChaincodeWithStringArgs(chaincode, args);
        if (response.getStatusCode() >= 200 && response.getStatusCode() < 300) {
            return response.getPayload();
        }
        ErrorInfo error = ErrorInfo.fromPayload(response.getPayload())
                .or(() -> ErrorInfo.fromMessage(response.getMessage()))
                .orElseThrow(() -> new IllegalStateException("the " + chaincode + " chaincode failed: "
                        + response.getMessage()));
        throw new BusinessException(new CodeOf(error), error.message(), error.details());
    }

    /** An error code carried over from another chaincode's answer. */
    private record CodeOf(ErrorInfo error) implements ErrorCode {
        @Override
        public String name() {
            return error.code();
        }

        @Override
        public ErrorKind kind() {
            return error.kind();
        }
    }
}
