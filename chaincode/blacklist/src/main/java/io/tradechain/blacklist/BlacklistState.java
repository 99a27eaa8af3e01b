package io.tradechain.blacklist;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.HistoryEntry;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PrivateEntityStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The blacklist's ledger layout over one transaction's stub (see README "Keys"): public reports and
 * listings with a status index, private details and notes. Holds no rules.
 */
final class BlacklistState {
    private static final String REPORT = "report";
    private static final String LISTING = "listing";
    private static final String LISTING_BY_STATUS = "listing~status";
    private static final String DETAILS = "reportDetails";
    private static final String NOTE = "reportNote";
    private static final String APPEAL_NOTE = "appealNote";

    private final ChaincodeStub stub;
    private final EntityStore<Report> reports;
    private final EntityStore<Listing> listings;
    private final Index listingsByStatus;
    private final PrivateEntityStore<ReportDetails> details;
    private final PrivateEntityStore<ReportNote> notes;
    private final PrivateEntityStore<ReportNote> appealNotes;

    BlacklistState(ChaincodeStub stub) {
        this.stub = stub;
        this.reports = new EntityStore<>(stub, REPORT, Report.class);
        this.listings = new EntityStore<>(stub, LISTING, Listing.class);
        this.listingsByStatus = new Index(stub, LISTING_BY_STATUS);
        this.details =
                new PrivateEntityStore<>(
                        stub, BlacklistCollections.DETAILS, DETAILS, ReportDetails.class);
        this.notes =
                new PrivateEntityStore<>(
                        stub, BlacklistCollections.DETAILS, NOTE, ReportNote.class);
        this.appealNotes =
                new PrivateEntityStore<>(
                        stub, BlacklistCollections.APPEALS, APPEAL_NOTE, ReportNote.class);
    }

    /** The report, or {@code REPORT_NOT_FOUND}. */
    Report report(String reportId) {
        return reports.find(reportId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        BlacklistErrorCode.REPORT_NOT_FOUND,
                                        "no report " + reportId + " on the blacklist",
                                        "reportId",
                                        reportId));
    }

    void putReport(Report report) {
        reports.put(report, report.reportId());
    }

    List<HistoryEntry<Report>> reportHistory(String reportId) {
        return reports.history(reportId);
    }

    Optional<Listing> findListing(String codeHash) {
        return listings.find(codeHash);
    }

    /** Writes the listing and moves its status index entry when the status changed. */
    void putListing(Optional<Listing> before, Listing after) {
        listings.put(after, after.codeHash());
        if (before.isEmpty() || before.get().status() != after.status()) {
            before.ifPresent(old -> listingsByStatus.remove(old.status().name(), old.codeHash()));
            listingsByStatus.add(after.status().name(), after.codeHash());
        }
    }

    /**
     * One page of listings in code-hash order, optionally of one status (evaluate only: paginated
     * query).
     */
    Page<Listing> listings(Optional<ListingStatus> status, PageRequest page) {
        return status.isEmpty()
                ? listings.list(page)
                : listingsByStatus.page(page, status.get().name()).map(listings::get);
    }

    void insertDetails(ReportDetails value) {
        details.insert(value, value.reportId());
    }

    Optional<ReportDetails> details(String reportId) {
        return details.find(reportId);
    }

    /**
     * Stores the reason of a change: appeals in their own collection, bank decisions with the
     * details.
     */
    void putNote(ReportNote note) {
        PrivateEntityStore<ReportNote> store =
                note.action() == ReportAction.APPEALED ? appealNotes : notes;
        store.put(note, note.reportId(), note.txId());
    }

    /**
     * Every note of a report from both collections, oldest change first (evaluate only: private
     * range query).
     */
    List<ReportNote> notes(String reportId) {
        List<ReportNote> all = new ArrayList<>();
        all.addAll(scan(BlacklistCollections.DETAILS, NOTE, reportId));
        all.addAll(scan(BlacklistCollections.APPEALS, APPEAL_NOTE, reportId));
        all.sort(Comparator.comparingLong(ReportNote::version));
        return all;
    }

    private List<ReportNote> scan(String collection, String objectType, String reportId) {
        List<ReportNote> found = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> results =
                stub.getPrivateDataByPartialCompositeKey(
                        collection, stub.createCompositeKey(objectType, reportId))) {
            for (KeyValue entry : results) {
                found.add(CanonicalJson.fromBytes(entry.getValue(), ReportNote.class));
            }
            return found;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "private query of " + objectType + " failed: " + e.getMessage(), e);
        }
    }
}
