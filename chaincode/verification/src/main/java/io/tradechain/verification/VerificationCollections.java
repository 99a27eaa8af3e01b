package io.tradechain.verification;

/**
 * The private data collection of this chaincode, defined in collections.json (copied into the jar).
 */
public final class VerificationCollections {
    /** The authority's document fields: AuthorityMSP and RegulatorMSP. */
    public static final String DOCUMENTS = "verificationDocuments";

    /**
     * Classpath resource of the collection definitions, for deployments that read them from the
     * jar.
     */
    public static final String RESOURCE = "/io/tradechain/verification/collections.json";

    private VerificationCollections() {}
}
