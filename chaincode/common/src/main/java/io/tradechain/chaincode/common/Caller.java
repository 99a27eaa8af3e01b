package io.tradechain.chaincode.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.naming.InvalidNameException;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Who created the transaction, read from the creator's X.509 certificate through Fabric's {@link
 * ClientIdentity}: organisation, client id, common name, NodeOU role and Fabric CA attributes.
 * Authorisation always starts here, never from an argument the client could choose.
 */
public final class Caller {
    private static final String ADMIN_OU = "admin";

    private final ClientIdentity identity;
    private final LdapName subject;

    private Caller(ClientIdentity identity) {
        this.identity = identity;
        try {
            this.subject =
                    new LdapName(identity.getX509Certificate().getSubjectX500Principal().getName());
        } catch (InvalidNameException e) {
            throw new IllegalStateException("the creator certificate has an unreadable subject", e);
        }
    }

    /**
     * The creator of the context's transaction; reuses the identity the shim parsed for the
     * context.
     */
    public static Caller of(Context ctx) {
        ClientIdentity parsed = ctx.getClientIdentity();
        return parsed != null ? new Caller(parsed) : of(ctx.getStub());
    }

    /** The creator of the stub's transaction. */
    public static Caller of(ChaincodeStub stub) {
        try {
            return new Caller(new ClientIdentity(stub));
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot read the transaction creator's identity: " + e.getMessage(), e);
        }
    }

    /** The creator's organisation, e.g. {@code Bank1MSP}. */
    public String mspId() {
        return identity.getMSPID();
    }

    /** The client id {@code x509::<subject DN>::<issuer DN>}, unique within the organisation. */
    public String clientId() {
        return identity.getId();
    }

    /** The subject's common name (CN); the client id if the subject has none. */
    public String commonName() {
        return subjectValues("CN").findFirst().orElse(clientId());
    }

    /**
     * True for an organisation administrator: the subject has {@code OU=admin} (Fabric NodeOU
     * convention).
     */
    public boolean isAdmin() {
        return subjectValues("OU").anyMatch(ADMIN_OU::equals);
    }

    /**
     * A Fabric CA attribute of the certificate (e.g. {@code hf.EnrollmentID} or one the CA admin
     * added).
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(identity.getAttributeValue(name));
    }

    /**
     * Refuses callers outside the given organisations.
     *
     * @throws BusinessException {@code WRONG_ORGANISATION} naming the caller's and the allowed
     *     organisations
     */
    public void requireMsp(String... allowedMspIds) {
        if (!Arrays.asList(allowedMspIds).contains(mspId())) {
            throw BusinessException.of(
                    CommonErrorCode.WRONG_ORGANISATION,
                    "organisation "
                            + mspId()
                            + " may not do this; allowed: "
                            + String.join(", ", allowedMspIds),
                    "mspId",
                    mspId());
        }
    }

    /**
     * Refuses callers that are not organisation administrators.
     *
     * @throws BusinessException {@code NOT_ADMIN} naming the caller
     */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw BusinessException.of(
                    CommonErrorCode.NOT_ADMIN,
                    "only an administrator of "
                            + mspId()
                            + " may do this; "
                            + commonName()
                            + " is not one",
                    "mspId",
                    mspId());
        }
    }

    /**
     * Refuses the read-only organisation (the regulator).
     *
     * @throws BusinessException {@code READ_ONLY_ORGANISATION}
     */
    public void requireWriter() {
        if (Organisations.isReadOnly(mspId())) {
            throw BusinessException.of(
                    CommonErrorCode.READ_ONLY_ORGANISATION,
                    mspId() + " reads and audits the ledger; it cannot change it",
                    "mspId",
                    mspId());
        }
    }

    /**
     * Refuses the regulator and every organisation that is not a bank.
     *
     * @throws BusinessException {@code READ_ONLY_ORGANISATION} or {@code WRONG_ORGANISATION} naming
     *     the action
     */
    public void requireBankWriter(String action) {
        requireWriter();
        if (!Organisations.isBank(mspId())) {
            throw BusinessException.of(
                    CommonErrorCode.WRONG_ORGANISATION,
                    "only a bank may " + action + "; " + mspId() + " is not a bank",
                    "mspId",
                    mspId());
        }
    }

    /** Values of one attribute type in the subject, including those inside multi-valued RDNs. */
    private Stream<String> subjectValues(String type) {
        return subject.getRdns().stream()
                .map(Rdn::toAttributes)
                .map(attributes -> attributes.get(type))
                .filter(Objects::nonNull)
                .flatMap(Caller::values);
    }

    private static Stream<String> values(Attribute attribute) {
        List<String> values = new ArrayList<>();
        try {
            for (int i = 0; i < attribute.size(); i++) {
                values.add(String.valueOf(attribute.get(i)));
            }
        } catch (NamingException e) {
            throw new IllegalStateException("the creator certificate has an unreadable subject", e);
        }
        return values.stream();
    }
}
