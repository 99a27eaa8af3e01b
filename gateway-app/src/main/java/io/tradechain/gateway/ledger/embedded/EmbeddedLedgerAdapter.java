package io.tradechain.gateway.ledger.embedded;

import io.tradechain.gateway.ledger.Committed;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerPort;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import io.tradechain.testkit.ChaincodeDefinition;
import io.tradechain.testkit.Identity;
import io.tradechain.testkit.InMemoryLedger;
import io.tradechain.testkit.Invocation;
import io.tradechain.testkit.TxResult;
import io.tradechain.testkit.ValidationCode;
import java.util.Map;

/**
 * The embedded ledger behind the {@link LedgerPort}: every chaincode of this repository deployed in this process,
 * each call run through the chaincode's real entry point and committed in a block.
 *
 * <p>Identities are X.509 certificates issued by one CA per organisation inside the process; a user's client id
 * ({@code x509::subject::issuer}) depends only on its name, role and organisation, so it stays the same across
 * restarts.
 */
public final class EmbeddedLedgerAdapter implements LedgerPort {
    private final InMemoryLedger ledger;

    public EmbeddedLedgerAdapter(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    /** A fresh in-memory ledger on channel {@code channel} with the party registry deployed as {@code parties}. */
    public static EmbeddedLedgerAdapter withRepositoryChaincodes(String channel, String partiesChaincode) {
        InMemoryLedger ledger = InMemoryLedger.builder().channel(channel).build();
        ledger.deploy(ChaincodeDefinition.builder(partiesChaincode).contractPackages("io.tradechain.parties").build());
        return new EmbeddedLedgerAdapter(ledger);
    }

    @Override
    public Committed submit(Proposal proposal) {
        TxResult result = ledger.submit(invocation(proposal));
        if (!result.isEndorsed()) {
            throw LedgerException.fromChaincodeResponse(result.payload(), result.message(), result.txId());
        }
        if (result.validationCode() != ValidationCode.VALID) {
            throw LedgerException.invalidated(result.validationCode().name(), result.txId());
        }
        return new Committed(result.txId(), result.blockNumber(), result.payload());
    }

    @Override
    public byte[] evaluate(Proposal proposal) {
        TxResult result = ledger.evaluate(invocation(proposal));
        if (!result.isEndorsed()) {
            throw LedgerException.fromChaincodeResponse(result.payload(), result.message(), result.txId());
        }
        return result.payload();
    }

    @Override
    public String describe() {
        return "embedded ledger, height " + ledger.height();
    }

    /** Block height, for seeding decisions and audit. */
    public long height() {
        return ledger.height();
    }

    /** The certificate identity that signs for a signer; the same name and role always give the same client id. */
    public Identity identity(Signer signer) {
        var msp = ledger.msp(signer.mspId());
        return signer.isAdmin() ? msp.admin(signer.identityName()) : msp.client(signer.identityName());
    }

    private Invocation invocation(Proposal proposal) {
        Invocation.Builder builder = Invocation.builder(identity(proposal.signer()), proposal.chaincode(),
                proposal.function()).args(proposal.args().toArray(String[]::new));
        for (Map.Entry<String, byte[]> entry : proposal.transientData().entrySet()) {
            builder.transientData(entry.getKey(), entry.getValue());
        }
        return builder.build();
    }
}
