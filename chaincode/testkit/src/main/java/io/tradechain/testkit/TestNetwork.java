package io.tradechain.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CreditCode;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.ledger.ChaincodeDefinition;
import io.tradechain.ledger.ChaincodeRegistry;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.InMemoryLedger;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TestClock;
import io.tradechain.ledger.TxResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The test network every chaincode module's tests start from: an in-memory channel on a {@link
 * TestClock}, the registry's chaincodes deployed as the embedded ledger deploys them ({@link
 * ChaincodeRegistry}: contract classes, collections.json, declared calls), identities of the
 * network's organisations, parties registered and bound in the real party registry, and the
 * assertions on a transaction's outcome. A module's fixture extends it with its own parties and
 * inputs.
 *
 * <p>The cast every fixture shares is here: the enterprises' admin, the authority's admin and its
 * tax officer, an officer of each bank and the regulator's auditor; a fixture registers the parties
 * it needs for them.
 */
public class TestNetwork {
    public final TestClock clock;
    public final InMemoryLedger ledger;

    /** Admin of CorpMSP: registers and binds the enterprises. */
    public final Identity corpAdmin;

    /** Admin of AuthorityMSP: registers the authorities. */
    public final Identity authorityAdmin;

    /** A client of AuthorityMSP: the tax bureau's officer, who registers documents once bound. */
    public final Identity taxOfficer;

    public final Identity bank1;
    public final Identity bank2;
    public final Identity regulator;

    /**
     * A channel whose clock starts at {@code start}, with these chaincodes of the registry, in this
     * order.
     */
    public TestNetwork(Instant start, String... chaincodes) {
        this.clock = new TestClock(start);
        this.ledger = InMemoryLedger.builder().clock(clock).build();
        deployRegistered(chaincodes);
        corpAdmin = admin(Organisations.CORP_MSP, "corp-admin");
        authorityAdmin = admin(Organisations.AUTHORITY_MSP, "authority-admin");
        taxOfficer = client(Organisations.AUTHORITY_MSP, "tax-officer");
        bank1 = client(Organisations.BANK1_MSP, "bank1-officer");
        bank2 = client(Organisations.BANK2_MSP, "bank2-officer");
        regulator = client(Organisations.REGULATOR_MSP, "regulator-auditor");
    }

    /** Deploys these chaincodes of the registry, in this order, under their registry names. */
    public final void deployRegistered(String... chaincodes) {
        ChaincodeRegistry.load().definitions(chaincodes).forEach(ledger::deploy);
    }

    /**
     * Deploys a chaincode the registry does not know (a test probe, a chaincode with test contracts
     * inside).
     */
    public final void deploy(ChaincodeDefinition definition) {
        ledger.deploy(definition);
    }

    public final Identity client(String msp, String name) {
        return ledger.msp(msp).client(name);
    }

    public final Identity admin(String msp, String name) {
        return ledger.msp(msp).admin(name);
    }

    /**
     * Registers a party in the party registry as {@code admin} (an admin of the party's MSP) and
     * binds each of {@code bound} to it; fails the test if the registry refuses.
     */
    public final void registerParty(
            Identity admin, String code, String name, String kind, Identity... bound) {
        assertOk(
                ledger.submit(
                        Invocation.of(
                                admin, ChaincodeNames.PARTIES, "RegisterParty", code, name, kind)));
        for (Identity identity : bound) {
            assertOk(
                    ledger.submit(
                            Invocation.of(
                                    admin,
                                    ChaincodeNames.PARTIES,
                                    "BindIdentity",
                                    code,
                                    identity.clientId())));
        }
    }

    /**
     * A new client identity of the admin's MSP, named {@code clerkName}, bound to a newly
     * registered party.
     */
    public final Identity party(
            Identity admin, String code, String name, String kind, String clerkName) {
        Identity clerk = ledger.msp(admin.mspId()).client(clerkName);
        registerParty(admin, code, name, kind, clerk);
        return clerk;
    }

    /**
     * Registers a bank of {@code msp} (named "{@code <msp> bank}") as that MSP's admin and binds
     * its officer.
     */
    public final void registerBank(String msp, String code, Identity officer) {
        registerParty(
                admin(msp, msp.toLowerCase() + "-admin"), code, msp + " bank", "BANK", officer);
    }

    /** A valid unified social credit code from its first 17 characters. */
    public static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The transaction's answer as JSON. */
    public static JsonNode json(TxResult result) {
        try {
            return CanonicalJson.mapper().readTree(result.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the transaction succeeded. */
    public static TxResult assertOk(TxResult result) {
        if (!result.isSuccess()) {
            throw new AssertionError(
                    "expected success but got status " + result.status() + ": " + result.message());
        }
        return result;
    }

    /**
     * Fails unless the chaincode refused the transaction at endorsement with this code, the same in
     * the message (as a peer relays it) and in the payload (as the embedded ledger gives it), with
     * one kind.
     */
    public static ErrorInfo assertRefused(TxResult result, String code) {
        if (result.isSuccess()) {
            throw new AssertionError("expected refusal " + code + " but it succeeded");
        }
        if (result.isEndorsed() || result.blockNumber() != -1) {
            throw new AssertionError(
                    "expected refusal "
                            + code
                            + " at endorsement, but the transaction was "
                            + "endorsed: "
                            + result.validationCode()
                            + " "
                            + result.message());
        }
        ErrorInfo fromMessage =
                ErrorInfo.fromMessage(result.message())
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no error code in message: " + result.message()));
        ErrorInfo fromPayload =
                ErrorInfo.fromPayload(result.payload())
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no error in payload of: " + result.message()));
        if (!fromMessage.code().equals(code) || !fromPayload.code().equals(code)) {
            throw new AssertionError(
                    "expected refusal "
                            + code
                            + " but got "
                            + fromMessage.code()
                            + " (payload "
                            + fromPayload.code()
                            + "): "
                            + result.message());
        }
        if (fromMessage.kind() != fromPayload.kind()) {
            throw new AssertionError(
                    "the message says "
                            + fromMessage.kind()
                            + ", the payload "
                            + fromPayload.kind()
                            + ": "
                            + result.message());
        }
        return fromPayload;
    }
}
