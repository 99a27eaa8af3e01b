package io.tradechain.chaincode.common.fakeparties;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ErrorCode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.ErrorKind;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * A stand-in for the party registry chaincode: Bank1MSP identities act for one bank, everyone else
 * is unbound. Its party records hold more than a PartyRef, as the real registry's do.
 */
@Contract(name = "fakeparties")
@Default
public final class FakePartiesContract implements ContractInterface {
    /** A credit code this registry knows. */
    public static final String KNOWN = "91310115MA1K4HQ27W";

    /** A credit code whose lookup fails with a message only (no payload of ours). */
    public static final String SUSPENDED = "91110000710934YQ4T";

    /** A credit code whose lookup is forbidden. */
    public static final String SECRET = "113100000000134775";

    /** The registry's own error codes. */
    public enum RegistryError implements ErrorCode {
        PARTY_NOT_FOUND(ErrorKind.NOT_FOUND),
        CALLER_NOT_BOUND(ErrorKind.FORBIDDEN),
        PARTY_HIDDEN(ErrorKind.FORBIDDEN);

        private final ErrorKind kind;

        RegistryError(ErrorKind kind) {
            this.kind = kind;
        }

        @Override
        public ErrorKind kind() {
            return kind;
        }
    }

    /** The caller's party. */
    @Transaction(name = "WhoAmI", intent = Transaction.TYPE.EVALUATE)
    public String whoAmI(Context ctx) {
        Caller caller = Caller.of(ctx);
        if (!caller.mspId().equals("Bank1MSP")) {
            throw BusinessException.of(
                    RegistryError.CALLER_NOT_BOUND,
                    caller.commonName()
                            + " of "
                            + caller.mspId()
                            + " does not act for a registered party",
                    "clientId",
                    caller.clientId());
        }
        return "{\"creditCode\":\""
                + KNOWN
                + "\",\"kind\":\"BANK\",\"mspId\":\"Bank1MSP\",\"name\":\"First Bank\","
                + "\"registeredAt\":\"2026-01-05T00:00:00Z\",\"status\":\"ACTIVE\"}";
    }

    /** The caller and parties by code in one call, as the real registry's Resolve. */
    @Transaction(name = "Resolve", intent = Transaction.TYPE.EVALUATE)
    public String resolve(Context ctx, String codesJson) {
        String[] codes =
                CanonicalJson.fromBytes(
                        codesJson.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        String[].class);
        StringBuilder parties = new StringBuilder("[");
        for (int i = 0; i < codes.length; i++) {
            parties.append(i == 0 ? "" : ",");
            try {
                parties.append(getParty(ctx, codes[i]));
            } catch (BusinessException e) {
                if (e.kind() != ErrorKind.NOT_FOUND) {
                    throw e;
                }
                parties.append("null");
            }
        }
        parties.append("]");
        String caller;
        try {
            caller = "\"caller\":" + whoAmI(ctx);
        } catch (BusinessException e) {
            caller =
                    "\"callerError\":"
                            + CanonicalJson.toJson(
                                    new ErrorInfo(e.code(), e.kind(), e.text(), e.details()));
        }
        return "{" + caller + ",\"parties\":" + parties + "}";
    }

    /** A party by code. */
    @Transaction(name = "GetParty", intent = Transaction.TYPE.EVALUATE)
    public String getParty(Context ctx, String creditCode) {
        switch (creditCode) {
            case KNOWN:
                return "{\"creditCode\":\""
                        + KNOWN
                        + "\",\"kind\":\"BANK\",\"mspId\":\"Bank1MSP\","
                        + "\"name\":\"First Bank\",\"status\":\"ACTIVE\"}";
            case SUSPENDED:
                throw new ChaincodeException(
                        "party lookup failed: [CONFLICT/PARTY_SUSPENDED] party "
                                + SUSPENDED
                                + " is suspended");
            case SECRET:
                throw BusinessException.of(
                        RegistryError.PARTY_HIDDEN, "party " + SECRET + " is not visible to you");
            default:
                throw BusinessException.of(
                        RegistryError.PARTY_NOT_FOUND,
                        "party " + creditCode + " is not registered",
                        "creditCode",
                        creditCode);
        }
    }
}
