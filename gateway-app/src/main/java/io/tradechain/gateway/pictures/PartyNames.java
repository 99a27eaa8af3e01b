package io.tradechain.gateway.pictures;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Party names for pictures, as the party registry holds them, asked once per code within one
 * picture. A code the registry does not know is shown as the code itself.
 */
final class PartyNames {
    private final ChaincodeCalls calls;
    private final Signer reader;
    private final String chaincode;
    private final Map<String, JsonNode> parties = new HashMap<>();
    private Map<String, String> banksByMsp;

    PartyNames(ChaincodeCalls calls, Signer reader, String chaincode) {
        this.calls = calls;
        this.reader = reader;
        this.chaincode = chaincode;
    }

    /**
     * The registered name of the party with this credit code, or the code when none is registered.
     */
    String name(String creditCode) {
        String name = party(creditCode).path("name").asText("");
        return name.isEmpty() ? creditCode : name;
    }

    /** True when the party is a bank (a piece it holds is a financed piece). */
    boolean isBank(String creditCode) {
        return "BANK".equals(party(creditCode).path("kind").asText());
    }

    /**
     * The name of the bank party registered under this MSP (several: joined), or the MSP id when
     * none is.
     */
    String bankOf(String mspId) {
        if (banksByMsp == null) {
            banksByMsp = new LinkedHashMap<>();
            String bookmark = "";
            do {
                JsonNode page =
                        calls.evaluate(
                                Proposal.of(
                                        reader, chaincode, "ListParties", "BANK", "200", bookmark));
                for (JsonNode bank : page.path("items")) {
                    banksByMsp.merge(
                            bank.path("mspId").asText(),
                            bank.path("name").asText(),
                            (a, b) -> a + ", " + b);
                    parties.putIfAbsent(bank.path("creditCode").asText(), bank);
                }
                bookmark = page.path("bookmark").asText("");
            } while (!bookmark.isEmpty());
        }
        return banksByMsp.getOrDefault(mspId, mspId);
    }

    private JsonNode party(String creditCode) {
        return parties.computeIfAbsent(
                creditCode,
                code -> {
                    try {
                        return calls.evaluate(Proposal.of(reader, chaincode, "GetParty", code));
                    } catch (LedgerException e) {
                        if (e.isRefused(io.tradechain.chaincode.common.ErrorKind.NOT_FOUND)) {
                            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
                        }
                        throw e;
                    }
                });
    }
}
