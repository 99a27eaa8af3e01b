package io.tradechain.gateway.supervision;

import io.tradechain.chaincode.common.Money;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The typed answers of the exposure views; every amount is {@link Money} (minor units and
 * currency).
 */
public final class ExposureViews {
    private ExposureViews() {}

    /** An enterprise's exposure across all banks. */
    @Schema(name = "EnterpriseExposure")
    public record EnterpriseExposure(
            String creditCode,
            CertificatesOwed certificatesOwed,
            LcsAsApplicant lettersOfCreditAsApplicant,
            DocumentLocks locksOnItsDocuments,
            List<BankShare> byBank) {}

    /** The certificates it owes: how many, the outstanding and financed sums per currency. */
    @Schema(name = "CertificatesOwed")
    public record CertificatesOwed(int count, List<Money> outstanding, List<Money> financed) {}

    /**
     * The L/Cs it applied for that still commit a bank: how many, and what is open per currency.
     */
    @Schema(name = "LcsAsApplicant")
    public record LcsAsApplicant(int count, List<Money> open) {}

    /** Its documents, those with locks, and the locked sums per currency. */
    @Schema(name = "DocumentLocks")
    public record DocumentLocks(int documents, int lockedDocuments, List<Money> financed) {}

    /** One bank's share of an enterprise's exposure. */
    @Schema(name = "BankShare")
    public record BankShare(
            String bankMsp,
            List<Money> certificatesOutstanding,
            List<Money> financed,
            List<Money> lcOpen) {}

    /** One certificate an enterprise owes, with what is financed on it. */
    @Schema(name = "CertificateExposure")
    public record CertificateExposure(
            String rootId,
            String funderMsp,
            String status,
            Money faceValue,
            Money settled,
            Money outstanding,
            Money financed,
            String maturityDate) {}

    /** One bank's totals, sums per currency. */
    @Schema(name = "BankExposure")
    public record BankExposure(
            String bankMsp,
            int lines,
            List<Money> linesGranted,
            List<Money> linesUsed,
            int financings,
            List<Money> financed,
            int lcsIssued,
            List<Money> lcOpen,
            int forfaitingClaims,
            List<Money> forfaitingHeld) {}
}
