package io.tradechain.gateway.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.Money;
import io.tradechain.gateway.http.ChaincodeCalls;
import io.tradechain.gateway.ledger.Proposal;
import io.tradechain.gateway.ledger.Signer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The regulator's exposure views, aggregated by the gateway from regulator-only chaincode reads
 * (the rules of what counts are in docs/supervision.md): receivables {@code SuperviseRecords}
 * (lines, certificates, financings), L/C {@code ListLcs}/{@code GetTerms}/{@code GetClaim},
 * forfaiting {@code ListOffers}, verification {@code ListDocuments}. Every list is read page by
 * page to its end; one view is built per request.
 */
final class Exposure {
    /** Certificate statuses that are still owed. */
    static final Set<String> OWED = Set.of("OUTSTANDING", "OVERDUE");

    /** L/C statuses under which the applicant is still committed. */
    static final Set<String> COMMITTED_LC = Set.of("ISSUED", "ADVISED", "USED");

    private static final int PAGE = 200;

    private final ChaincodeCalls calls;
    private final Signer signer;
    private final String partiesChaincode;

    Exposure(ChaincodeCalls calls, Signer signer, String partiesChaincode) {
        this.calls = calls;
        this.signer = signer;
        this.partiesChaincode = partiesChaincode;
    }

    // ---- enterprise
    // ---------------------------------------------------------------------------------------

    /** One certificate the enterprise owes, with what is financed on it. */
    record CertificateRow(
            String rootId,
            String funderMsp,
            String status,
            Money faceValue,
            Money settled,
            Money outstanding,
            Money financed,
            String maturityDate) {}

    List<CertificateRow> certificatesOwedBy(String creditCode) {
        List<JsonNode> roots = new ArrayList<>();
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("CERTIFICATES"),
                root -> {
                    if (creditCode.equals(root.path("debtorCode").asText())
                            && OWED.contains(root.path("status").asText())) {
                        roots.add(root);
                    }
                });
        Map<String, Totals> financed = financedByRoot();
        List<CertificateRow> rows = new ArrayList<>();
        for (JsonNode root : roots) {
            Money face = money(root.path("faceValue"));
            Money settled =
                    root.hasNonNull("settled")
                            ? money(root.path("settled"))
                            : Money.zero(face.currency());
            String rootId = root.path("rootId").asText();
            Totals onIt = financed.getOrDefault(rootId, new Totals());
            rows.add(
                    new CertificateRow(
                            rootId,
                            root.path("funderMsp").asText(),
                            root.path("status").asText(),
                            face,
                            settled,
                            face.minus(settled),
                            Money.of(onIt.minorUnits(face.currency()), face.currency()),
                            root.path("maturityDate").asText(null)));
        }
        return rows;
    }

    ExposureViews.EnterpriseExposure enterprise(String creditCode) {
        List<CertificateRow> rows = certificatesOwedBy(creditCode);
        Totals outstanding = new Totals();
        Totals financed = new Totals();
        Map<String, Totals[]> perBank = new TreeMap<>();
        for (CertificateRow row : rows) {
            outstanding.add(row.outstanding());
            financed.add(row.financed());
            Totals[] bank =
                    perBank.computeIfAbsent(
                            row.funderMsp(),
                            b -> new Totals[] {new Totals(), new Totals(), new Totals()});
            bank[0].add(row.outstanding());
        }
        Map<String, Totals> financedPerBank = financedOnRootsByBank(rows);
        financedPerBank.forEach(
                (bank, totals) ->
                        perBank.computeIfAbsent(
                                                bank,
                                                b ->
                                                        new Totals[] {
                                                            new Totals(), new Totals(), new Totals()
                                                        })[1] =
                                totals);
        Totals lcOpen = new Totals();
        int lcCount = 0;
        for (JsonNode lc : lcsOf(creditCode)) {
            if (!COMMITTED_LC.contains(lc.path("status").asText())) {
                continue;
            }
            JsonNode terms =
                    evaluate(ChaincodeNames.LETTER_OF_CREDIT, "GetTerms", lc.path("lcId").asText());
            if (!creditCode.equals(terms.path("applicantCode").asText())) {
                continue;
            }
            Money open = openAmount(terms);
            lcOpen.add(open);
            lcCount++;
            perBank
                    .computeIfAbsent(
                            terms.path("issuingBankMsp").asText(),
                            b -> new Totals[] {new Totals(), new Totals(), new Totals()})[2]
                    .add(open);
        }
        Totals locked = new Totals();
        int lockedDocuments = 0;
        List<JsonNode> documents = new ArrayList<>();
        all(ChaincodeNames.VERIFICATION, "ListDocuments", List.of(creditCode), documents::add);
        for (JsonNode document : documents) {
            JsonNode record = document.has("document") ? document.get("document") : document;
            if (record.path("lockCount").asInt() > 0) {
                lockedDocuments++;
                locked.add(money(record.path("financed")));
            }
        }
        List<ExposureViews.BankShare> banks = new ArrayList<>();
        perBank.forEach(
                (bank, totals) ->
                        banks.add(
                                new ExposureViews.BankShare(
                                        bank,
                                        totals[0].view(),
                                        totals[1].view(),
                                        totals[2].view())));
        return new ExposureViews.EnterpriseExposure(
                creditCode,
                new ExposureViews.CertificatesOwed(
                        rows.size(), outstanding.view(), financed.view()),
                new ExposureViews.LcsAsApplicant(lcCount, lcOpen.view()),
                new ExposureViews.DocumentLocks(documents.size(), lockedDocuments, locked.view()),
                banks);
    }

    // ---- banks
    // --------------------------------------------------------------------------------------------

    /** One bank's totals. */
    record BankRow(
            String bankMsp,
            int lines,
            Totals linesGranted,
            Totals linesUsed,
            int financings,
            Totals financed,
            int lcsIssued,
            Totals lcOpen,
            int forfaitingClaims,
            Totals forfaitingHeld) {}

    List<BankRow> banks() {
        Map<String, BankRow> rows = new TreeMap<>();
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("LINES"),
                line -> {
                    BankRow row =
                            rows.computeIfAbsent(
                                    line.path("funderMsp").asText(), Exposure::emptyRow);
                    row.linesGranted().add(money(line.path("limit")));
                    row.linesUsed().add(money(line.path("used")));
                    rows.put(row.bankMsp(), with(row, 1, 0, 0, 0));
                });
        Set<String> owedRoots = new HashSet<>();
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("CERTIFICATES"),
                root -> {
                    if (OWED.contains(root.path("status").asText())) {
                        owedRoots.add(root.path("rootId").asText());
                    }
                });
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("FINANCINGS"),
                financing -> {
                    if ("APPROVED".equals(financing.path("status").asText())
                            && owedRoots.contains(financing.path("rootId").asText())) {
                        BankRow row =
                                rows.computeIfAbsent(
                                        financing.path("funderMsp").asText(), Exposure::emptyRow);
                        row.financed().add(money(financing.path("amount")));
                        rows.put(row.bankMsp(), with(row, 0, 1, 0, 0));
                    }
                });
        List<JsonNode> offers = new ArrayList<>();
        all(ChaincodeNames.FORFAITING, "ListOffers", List.of(), offers::add);
        Set<String> banks = new TreeSet<>(rows.keySet());
        offers.forEach(
                o -> {
                    if (!o.path("buyerMsp").asText("").isEmpty()) {
                        banks.add(o.path("buyerMsp").asText());
                    }
                    banks.add(o.path("issuingBankMsp").asText());
                });
        for (String bank : banks) {
            for (JsonNode lc : lcsOf(bank)) {
                if (!bank.equals(lc.path("issuingBankMsp").asText())
                        || !COMMITTED_LC.contains(lc.path("status").asText())) {
                    continue;
                }
                JsonNode terms =
                        evaluate(
                                ChaincodeNames.LETTER_OF_CREDIT,
                                "GetTerms",
                                lc.path("lcId").asText());
                BankRow row = rows.computeIfAbsent(bank, Exposure::emptyRow);
                row.lcOpen().add(openAmount(terms));
                rows.put(bank, with(row, 0, 0, 1, 0));
            }
        }
        for (JsonNode offer : offers) {
            String buyer = offer.path("buyerMsp").asText("");
            if (!"COMPLETED".equals(offer.path("status").asText()) || buyer.isEmpty()) {
                continue;
            }
            JsonNode claim =
                    evaluate(
                            ChaincodeNames.LETTER_OF_CREDIT,
                            "GetClaim",
                            offer.path("lcId").asText(),
                            Integer.toString(offer.path("presentation").asInt()));
            if (!buyer.equals(claim.path("claimHolder").asText())
                    || !claim.path("paidTo").asText("").isEmpty()) {
                continue;
            }
            BankRow row = rows.computeIfAbsent(buyer, Exposure::emptyRow);
            row.forfaitingHeld().add(money(claim.path("amount")));
            rows.put(buyer, with(row, 0, 0, 0, 1));
        }
        return List.copyOf(rows.values());
    }

    private static BankRow emptyRow(String bank) {
        return new BankRow(
                bank,
                0,
                new Totals(),
                new Totals(),
                0,
                new Totals(),
                0,
                new Totals(),
                0,
                new Totals());
    }

    private static BankRow with(BankRow r, int lines, int financings, int lcs, int claims) {
        return new BankRow(
                r.bankMsp(),
                r.lines() + lines,
                r.linesGranted(),
                r.linesUsed(),
                r.financings() + financings,
                r.financed(),
                r.lcsIssued() + lcs,
                r.lcOpen(),
                r.forfaitingClaims() + claims,
                r.forfaitingHeld());
    }

    static ExposureViews.BankExposure view(BankRow row) {
        return new ExposureViews.BankExposure(
                row.bankMsp(),
                row.lines(),
                row.linesGranted().view(),
                row.linesUsed().view(),
                row.financings(),
                row.financed().view(),
                row.lcsIssued(),
                row.lcOpen().view(),
                row.forfaitingClaims(),
                row.forfaitingHeld().view());
    }

    // ---- reads
    // --------------------------------------------------------------------------------------------

    /** APPROVED financings per root certificate. */
    private Map<String, Totals> financedByRoot() {
        Map<String, Totals> byRoot = new TreeMap<>();
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("FINANCINGS"),
                financing -> {
                    if ("APPROVED".equals(financing.path("status").asText())) {
                        byRoot.computeIfAbsent(financing.path("rootId").asText(), r -> new Totals())
                                .add(money(financing.path("amount")));
                    }
                });
        return byRoot;
    }

    private Map<String, Totals> financedOnRootsByBank(List<CertificateRow> rows) {
        Set<String> roots = new HashSet<>();
        rows.forEach(r -> roots.add(r.rootId()));
        Map<String, Totals> byBank = new TreeMap<>();
        all(
                ChaincodeNames.RECEIVABLES,
                "SuperviseRecords",
                List.of("FINANCINGS"),
                financing -> {
                    if ("APPROVED".equals(financing.path("status").asText())
                            && roots.contains(financing.path("rootId").asText())) {
                        byBank.computeIfAbsent(
                                        financing.path("funderMsp").asText(), b -> new Totals())
                                .add(money(financing.path("amount")));
                    }
                });
        return byBank;
    }

    private List<JsonNode> lcsOf(String participant) {
        List<JsonNode> lcs = new ArrayList<>();
        all(ChaincodeNames.LETTER_OF_CREDIT, "ListLcs", List.of(participant), lcs::add);
        return lcs;
    }

    /**
     * What the applicant is still committed to: the amount less what was paid, never below zero.
     */
    private static Money openAmount(JsonNode terms) {
        Money amount = money(terms.path("amount"));
        Money paid =
                terms.hasNonNull("paid")
                        ? money(terms.path("paid"))
                        : Money.zero(amount.currency());
        Money open = amount.minus(paid);
        return open.isNegative() ? Money.zero(amount.currency()) : open;
    }

    /** Every item of a paged list function whose last two arguments are page size and bookmark. */
    private void all(
            String chaincode, String function, List<String> leading, Consumer<JsonNode> each) {
        String bookmark = "";
        do {
            List<String> args = new ArrayList<>(leading);
            args.add(Integer.toString(PAGE));
            args.add(bookmark);
            JsonNode page = evaluate(chaincode, function, args.toArray(String[]::new));
            page.path("items").forEach(each);
            bookmark = page.path("bookmark").asText("");
        } while (!bookmark.isEmpty());
    }

    private JsonNode evaluate(String chaincode, String function, String... args) {
        return calls.evaluate(Proposal.of(signer, chaincode, function, args));
    }

    static Money money(JsonNode node) {
        return Money.of(node.path("minorUnits").asLong(), node.path("currency").asText());
    }

    String partiesChaincode() {
        return partiesChaincode;
    }
}
