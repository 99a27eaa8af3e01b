package io.tradechain.blacklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The listing summary derived from its reports, without a ledger. */
class ListingTest {
    private static final String HASH = "h";

    private static ListedReport report(
            String id, String msp, ReportCategory category, ReportStatus status) {
        return new ListedReport(id, msp, category, status);
    }

    @Test
    void oneActiveReportLists() {
        Listing listing =
                Listing.first(
                        HASH,
                        report("r1", "Bank1MSP", ReportCategory.FRAUD, ReportStatus.ACTIVE),
                        "t0",
                        "tx0");
        assertThat(listing.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(listing.activeReports()).isEqualTo(1);
        assertThat(listing.version()).isEqualTo(1);
        assertThat(listing.check())
                .isEqualTo(new BlacklistStatus(true, 1, java.util.List.of("FRAUD")));
    }

    @Test
    void appealedOnlyIsStillListedButShowsAppealed() {
        Listing listing =
                Listing.first(
                                HASH,
                                report("r1", "Bank1MSP", ReportCategory.FRAUD, ReportStatus.ACTIVE),
                                "t0",
                                "tx0")
                        .with(
                                report(
                                        "r1",
                                        "Bank1MSP",
                                        ReportCategory.FRAUD,
                                        ReportStatus.APPEALED),
                                "t1",
                                "tx1");
        assertThat(listing.status()).isEqualTo(ListingStatus.APPEALED);
        assertThat(listing.check().listed()).isTrue();
        assertThat(listing.reports()).hasSize(1);
        assertThat(listing.version()).isEqualTo(2);
        assertThat(listing.updatedTxId()).isEqualTo("tx1");
    }

    @Test
    void anActiveReportBesideAnAppealedOneLists() {
        Listing listing =
                Listing.first(
                                HASH,
                                report(
                                        "r1",
                                        "Bank1MSP",
                                        ReportCategory.FRAUD,
                                        ReportStatus.APPEALED),
                                "t0",
                                "tx0")
                        .with(
                                report(
                                        "r2",
                                        "Bank2MSP",
                                        ReportCategory.LOAN_DEFAULT,
                                        ReportStatus.ACTIVE),
                                "t1",
                                "tx1");
        assertThat(listing.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(listing.categories())
                .containsExactly(ReportCategory.FRAUD, ReportCategory.LOAN_DEFAULT);
        assertThat(listing.inForceReportOf("Bank1MSP")).isPresent();
        assertThat(listing.inForceReportOf("Bank3MSP")).isEmpty();
    }

    @Test
    void delistedReportsNeitherCountNorCategorise() {
        Listing listing =
                Listing.first(
                                HASH,
                                report("r1", "Bank1MSP", ReportCategory.FRAUD, ReportStatus.ACTIVE),
                                "t0",
                                "tx0")
                        .with(
                                report(
                                        "r1",
                                        "Bank1MSP",
                                        ReportCategory.FRAUD,
                                        ReportStatus.DELISTED),
                                "t1",
                                "tx1");
        assertThat(listing.status()).isEqualTo(ListingStatus.DELISTED);
        assertThat(listing.categories()).isEmpty();
        assertThat(listing.activeReports()).isZero();
        assertThat(listing.inForceReportOf("Bank1MSP")).isEmpty();
        assertThat(listing.check()).isEqualTo(BlacklistStatus.notListed());
    }
}
