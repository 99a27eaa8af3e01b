package io.tradechain.ledger;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One organisation with its own certificate authority, issuing identities the way cryptogen or
 * Fabric CA do with NodeOUs enabled (subject {@code CN=<name>, OU=<role>, O=<MSP>} as the JDK
 * renders it): the role is the subject's OU ({@code admin}, {@code client}, {@code peer}); Fabric
 * CA attributes go in extension {@code 1.2.3.4.5.6.7.8.1} as JSON {@code {"attrs":{...}}}.
 */
public final class Msp {
    /** OID under which Fabric CA stores identity attributes. */
    public static final String ATTRIBUTES_OID = "1.2.3.4.5.6.7.8.1";

    private final String mspId;
    private final KeyPair caKeys;
    private final X509Certificate caCertificate;
    private final X500Name caName;
    private final Map<String, Identity> issued = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong(1);

    Msp(String mspId) {
        this.mspId = mspId;
        String org = mspId.replaceFirst("MSP$", "").toLowerCase(Locale.ROOT);
        this.caName = new X500Name("O=" + mspId + ",CN=ca." + org + ".tradechain.example");
        this.caKeys = newKeyPair();
        this.caCertificate = sign(caName, caKeys, true, Map.of());
    }

    public String mspId() {
        return mspId;
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public Identity admin(String name) {
        return issue(name, "admin", Map.of());
    }

    public Identity client(String name) {
        return issue(name, "client", Map.of());
    }

    public Identity client(String name, Map<String, String> attributes) {
        return issue(name, "client", attributes);
    }

    public Identity peer(String name) {
        return issue(name, "peer", Map.of());
    }

    private Identity issue(String name, String role, Map<String, String> attributes) {
        String cacheKey = role + "/" + name + "/" + new TreeMap<>(attributes);
        return issued.computeIfAbsent(
                cacheKey,
                k -> {
                    KeyPair keys = newKeyPair();
                    X500Name subject = new X500Name("O=" + mspId + ",OU=" + role + ",CN=" + name);
                    return new Identity(
                            mspId,
                            name,
                            role,
                            sign(subject, keys, false, attributes),
                            keys.getPrivate());
                });
    }

    private X509Certificate sign(
            X500Name subject, KeyPair subjectKeys, boolean ca, Map<String, String> attributes) {
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            X509v3CertificateBuilder builder =
                    new JcaX509v3CertificateBuilder(
                            caName,
                            BigInteger.valueOf(serial.getAndIncrement()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(3650, ChronoUnit.DAYS)),
                            subject,
                            subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(
                    Extension.keyUsage,
                    true,
                    ca
                            ? new KeyUsage(
                                    KeyUsage.keyCertSign
                                            | KeyUsage.cRLSign
                                            | KeyUsage.digitalSignature)
                            : new KeyUsage(KeyUsage.digitalSignature));
            if (!attributes.isEmpty()) {
                builder.addExtension(
                        new ASN1ObjectIdentifier(ATTRIBUTES_OID),
                        false,
                        attributesJson(attributes).getBytes(StandardCharsets.UTF_8));
            }
            ContentSigner signer =
                    new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a certificate for " + subject, e);
        }
    }

    private static String attributesJson(Map<String, String> attributes) {
        StringBuilder json = new StringBuilder("{\"attrs\":{");
        String separator = "";
        for (Map.Entry<String, String> entry : new TreeMap<>(attributes).entrySet()) {
            json.append(separator)
                    .append(quote(entry.getKey()))
                    .append(':')
                    .append(quote(entry.getValue()));
            separator = ",";
        }
        return json.append("}}").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException("no P-256 key generator", e);
        }
    }
}
