package io.tradechain.gateway.ledger.fabric;

import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.Signer;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

/**
 * The signing identities of one gateway on a Fabric network: for each identity name of users.json
 * an MSP folder {@code <dir>/<name>/signcerts/<one>.pem} and {@code <dir>/<name>/keystore/<one
 * key>} (what cryptogen and the Fabric CA client write). Loaded once per name.
 */
final class FabricIdentities {
    private final Path dir;
    private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

    /** An identity and the signer of its private key. */
    record Loaded(
            Identity identity,
            org.hyperledger.fabric.client.identity.Signer signer,
            String commonName) {}

    FabricIdentities(Path dir) {
        this.dir = dir;
    }

    Loaded get(Signer signer) {
        return cache.computeIfAbsent(
                signer.mspId() + "/" + signer.identityName(), key -> load(signer));
    }

    private Loaded load(Signer signer) {
        Path msp = dir.resolve(signer.identityName());
        try {
            X509Certificate certificate;
            try (Reader reader = Files.newBufferedReader(single(msp.resolve("signcerts")))) {
                certificate = Identities.readX509Certificate(reader);
            }
            PrivateKey key;
            try (Reader reader = Files.newBufferedReader(single(msp.resolve("keystore")))) {
                key = Identities.readPrivateKey(reader);
            }
            return new Loaded(
                    new X509Identity(signer.mspId(), certificate),
                    Signers.newPrivateKeySigner(key),
                    certificate.getSubjectX500Principal().getName());
        } catch (IOException | CertificateException | InvalidKeyException e) {
            throw LedgerException.unavailable(
                    "cannot load the Fabric identity "
                            + signer.identityName()
                            + " of "
                            + signer.mspId()
                            + " from "
                            + msp
                            + ": "
                            + e.getMessage());
        }
    }

    /**
     * What the chaincode shim's {@code ClientIdentity.getId()} answers for a signer's certificate:
     * {@code x509::<subject DN>::<issuer DN>}, as Java prints X.500 names.
     */
    @SuppressWarnings("deprecation")
    String clientId(Signer signer) {
        X509Certificate certificate = ((X509Identity) get(signer).identity()).getCertificate();
        return "x509::"
                + certificate.getSubjectDN().getName()
                + "::"
                + certificate.getIssuerDN().getName();
    }

    /** The one file of a folder (signcerts and keystore hold exactly one). */
    private static Path single(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " does not exist");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).sorted().toList();
            if (regular.size() != 1) {
                throw new IOException(
                        folder + " must hold exactly one file, holds " + regular.size());
            }
            return regular.get(0);
        }
    }
}
