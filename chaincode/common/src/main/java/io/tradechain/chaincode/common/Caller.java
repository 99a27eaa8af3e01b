package io.tradechain.chaincode.common;

import java.util.Arrays;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Who submitted the transaction, read from the creator's X.509 certificate: organisation, client id, common name,
 * NodeOU role and attributes. Authorisation always starts here, never from an argument.
 */
public final class Caller {
    private final ClientIdentity identity;
    private final LdapName subject;

    private Caller(ClientIdentity identity) {
        this.identity = identity;
        try {
            this.subject = new LdapName(identity.getX509Certificate().getSubjectX500Principal().getName());
        } catch (InvalidNameException e) {
            throw new IllegalStateException("the creator certificate has an unreadable subject", e);
        }
    }

    public static Caller of(Context ctx) {
        return of(ctx.getStub());
    }

    public static Caller of(ChaincodeStub stub) {
        try {
            return new Caller(new ClientIdentity(stub));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the transaction creator's identity", e);
        }
    }

    public String mspId() {
        return identity.getMSPID();
    }

    /** {@code x509::<subject>::<issuer>}, as Fabric's ClientIdentity renders it. */
    public String clientId() {
        return identity.getId();
    }

    public String commonName() {
        return attributeOfSubject("CN").orElse(clientId());
    }

    /** True for an organisation administrator (NodeOU {@code OU=admin} in the subject). */
    public boolean isAdmin() {
        for (Rdn rdn : subject.getRdns()) {
            if ("OU".equalsIgnoreCase(rdn.getType()) && "admin".equals(String.valueOf(rdn.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** A Fabric CA attribute of the certificate. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(identity.getAttributeValue(name));
    }

    public void requireMsp(String... allowedMspIds) {
        if (!Arrays.asList(allowedMspIds).contains(mspId())) {
            throw BusinessException.of(CommonErrorCode.WRONG_ORGANISATION, "organisation " + mspId()
                    + " may not do this; allowed: " + String.join(", ", allowedMspIds), "mspId", mspId());
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw BusinessException.of(CommonErrorCode.NOT_ADMIN,
                    "only an admin of " + mspId() + " may do this; " + commonName() + " is not one");
        }
    }

    /** Refuses the read-only organisation (the regulator). */
    public void requireWriter() {
        if (Organisations.isReadOnly(mspId())) {
            throw BusinessException.of(CommonErrorCode.READ_ONLY_ORGANISATION,
                    mspId() + " reads and audits; it cannot change the ledger", "mspId", mspId());
        }
    }

    private Optional<String> attributeOfSubject(String type) {
        for (Rdn rdn : subject.getRdns()) {
            if (type.equalsIgnoreCase(rdn.getType())) {
                return Optional.of(String.valueOf(rdn.getValue()));
            }
        }
        return Optional.empty();
    }
}
