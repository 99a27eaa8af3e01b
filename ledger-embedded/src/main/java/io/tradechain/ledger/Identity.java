package io.tradechain.ledger;

import com.google.protobuf.ByteString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A client identity of one organisation: an X.509 certificate issued by the organisation's CA and
 * its key, as a peer hands it to the chaincode ({@code SerializedIdentity{mspid, id_bytes = PEM}}).
 */
public final class Identity {
    private final String mspId;
    private final String name;
    private final String role;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final String pem;

    Identity(
            String mspId,
            String name,
            String role,
            X509Certificate certificate,
            PrivateKey privateKey) {
        this.mspId = mspId;
        this.name = name;
        this.role = role;
        this.privateKey = privateKey;
        this.pem = toPem(certificate);
        this.certificate = reparse(pem);
    }

    public String mspId() {
        return mspId;
    }

    public String name() {
        return name;
    }

    /** NodeOU role: {@code admin}, {@code client} or {@code peer}. */
    public String role() {
        return role;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String certificatePem() {
        return pem;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The creator bytes a peer gives the chaincode. */
    public byte[] serialized() {
        return SerializedIdentity.newBuilder()
                .setMspid(mspId)
                .setIdBytes(ByteString.copyFromUtf8(pem))
                .build()
                .toByteArray();
    }

    /**
     * What {@code ClientIdentity.getId()} returns for this identity (computed the way the shim
     * does).
     */
    @SuppressWarnings("deprecation")
    public String clientId() {
        return "x509::"
                + certificate.getSubjectDN().getName()
                + "::"
                + certificate.getIssuerDN().getName();
    }

    @Override
    public String toString() {
        return name + "@" + mspId + "(" + role + ")";
    }

    private static String toPem(X509Certificate certificate) {
        try {
            String base64 =
                    Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK's own parse, as the shim does, so DN rendering matches. */
    private static X509Certificate reparse(String pem) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509")
                            .generateCertificate(
                                    new ByteArrayInputStream(
                                            pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }
}
