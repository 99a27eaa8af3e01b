package io.tradechain.forfaiting;

import static io.tradechain.letterofcredit.LcNetwork.assertOk;
import static io.tradechain.letterofcredit.LcNetwork.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.ErrorInfo;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Identity;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import io.tradechain.letterofcredit.LcNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every product's uses of the same few invoices, interleaved at random on one ledger with the real
 * parties, blacklist, verification, receivables, L/C and forfaiting chaincodes: certificates issued
 * on Bank1's and Bank2's lines, accepted, rejected, cancelled, financed; drawings presented under
 * two L/Cs, examined, refused or waived, accepted, negotiated and their claims sold on; direct
 * financings locked, released and repaid by either bank; and pairs of these endorsed on the same
 * state and ordered into one block, as concurrent clients would.
 *
 * <p>The test keeps its own model of what each invoice should carry, written from the rule (the
 * backings of an invoice never exceed its face value; its financings never exceed it either,
 * whichever bank and product ask; a release gives its value back, a repayment does not), and
 * predicts each action's outcome from it before the action runs. After every step the verification
 * chaincode's record of every invoice must equal the model, and the model must respect both bounds.
 * A refusal to a bank names what was asked, never who used the invoice or for how much.
 */
class DocumentUseInterleavingTest {
    private static final int INVOICES = 3;
    private static final int STEPS = 2_500;
    private static final Set<String> REFUSAL_DETAILS =
            Set.of("documentId", "requested", "currency");

    private final LcNetwork net = new LcNetwork();
    private final List<InvoiceModel> invoices = new ArrayList<>();
    private final List<Cert> certs = new ArrayList<>();
    private final List<Drawing> drawings = new ArrayList<>();
    private final List<DirectLock> locks = new ArrayList<>();
    private final List<String> lcs = new ArrayList<>();
    private Random random;
    private int refusals;
    private int concurrentConflicts;
    private int lockRefs;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 37, 41})
    void noInvoiceIsBackedOrFinancedBeyondItsFaceValueWhateverTheInterleaving(long seed) {
        random = new Random(seed);
        setUp();
        for (int step = 0; step < STEPS; step++) {
            String action = step(random.nextInt(100));
            checkInvariants(seed, step, action);
        }
        // the run exercised refusals and conflicts, not only the happy path
        assertThat(refusals).as("refusals seen").isGreaterThan(STEPS / 50);
        assertThat(concurrentConflicts)
                .as("concurrent pairs where only one could commit")
                .isPositive();
        assertThat(certs.stream().filter(c -> c.status == CertStatus.FINANCED).count())
                .isPositive();
        assertThat(drawings.stream().filter(d -> d.status == DrawingStatus.SOLD).count())
                .isPositive();
    }

    // ---- set-up
    // ------------------------------------------------------------------------------------------------

    private void setUp() {
        net.deployRegistered(ChaincodeNames.RECEIVABLES);
        net.deployRegistered(ChaincodeNames.FORFAITING);
        for (Identity bank : List.of(net.bank1, net.bank2)) {
            assertOk(
                    net.ledger.submit(
                            Invocation.builder(bank, "receivables", "GrantCreditLine")
                                    .args(LcNetwork.CORE, money(1_000_000_000_000L), "2027-03-01")
                                    .transientData(
                                            "pricing", "{\"feeBp\":10,\"ratePerAnnumBp\":350}")
                                    .build()));
        }
        for (int i = 0; i < INVOICES; i++) {
            Map<String, Object> fields = net.freshInvoice();
            JsonNode document = document(fields);
            invoices.add(
                    new InvoiceModel(
                            fields,
                            document.get("documentId").asText(),
                            document.get("faceValue").get("minorUnits").asLong()));
        }
        for (int i = 0; i < 2; i++) {
            Map<String, Object> application = LcNetwork.application(90);
            application.put("amount", Map.of("currency", "CNY", "minorUnits", 10_000_000_000L));
            String lcId = json(assertOk(net.apply(application))).get("lcId").asText();
            assertOk(net.submit(net.bank1, "Issue", lcId));
            assertOk(net.submit(net.bank2, "Advise", lcId));
            lcs.add(lcId);
        }
    }

    // ---- one step
    // ----------------------------------------------------------------------------------------------

    private String step(int dice) {
        if (dice < 14) {
            return issue();
        } else if (dice < 22) {
            return decideCertificate();
        } else if (dice < 32) {
            return financeCertificate();
        } else if (dice < 46) {
            return present();
        } else if (dice < 62) {
            return advanceDrawing();
        } else if (dice < 72) {
            return lockDirectly();
        } else if (dice < 80) {
            return endLock();
        } else if (dice < 90) {
            return concurrentBackings();
        }
        return concurrentLocks();
    }

    private String issue() {
        InvoiceModel invoice = anyInvoice();
        Identity funder = random.nextBoolean() ? net.bank1 : net.bank2;
        long amount = portion(invoice.face);
        TxResult result = net.ledger.submit(issueInvocation(invoice, funder, amount));
        if (invoice.backed + amount <= invoice.face) {
            Cert cert =
                    new Cert(
                            json(assertOk(result)).get("rootId").asText(), invoice, funder, amount);
            certs.add(cert);
            invoice.backed += amount;
        } else {
            refused(result, "DOCUMENT_ALREADY_BACKING");
        }
        return "issue " + amount + " on " + invoice.id;
    }

    private String decideCertificate() {
        Cert cert = any(certs, c -> c.status == CertStatus.PENDING);
        if (cert == null) {
            return "no pending certificate";
        }
        int choice = random.nextInt(3);
        if (choice == 0) {
            assertOk(
                    net.ledger.submit(
                            Invocation.of(net.a, "receivables", "AcceptCertificate", cert.rootId)));
            cert.status = CertStatus.LIVE;
            return "accept " + cert.rootId;
        }
        String function = choice == 1 ? "RejectCertificate" : "CancelCertificate";
        Identity who = choice == 1 ? net.a : net.core;
        assertOk(net.ledger.submit(Invocation.of(who, "receivables", function, cert.rootId)));
        cert.status = CertStatus.GIVEN_BACK;
        cert.invoice.backed -= cert.amount;
        return function + " " + cert.rootId;
    }

    private String financeCertificate() {
        Cert cert = any(certs, c -> c.status == CertStatus.LIVE);
        if (cert == null) {
            return "no live certificate";
        }
        String requestId =
                json(assertOk(
                                net.ledger.submit(
                                        Invocation.of(
                                                net.a,
                                                "receivables",
                                                "RequestFinancing",
                                                cert.rootId,
                                                money(cert.amount)))))
                        .get("requestId")
                        .asText();
        TxResult approval =
                net.ledger.submit(
                        Invocation.builder(cert.funder, "receivables", "ApproveFinancing")
                                .args(requestId)
                                .transientData(
                                        "document", CanonicalJson.toJson(cert.invoice.fields))
                                .build());
        InvoiceModel invoice = cert.invoice;
        if (invoice.financed + cert.amount <= invoice.face) {
            assertOk(approval);
            JsonNode terms =
                    json(
                            assertOk(
                                    net.ledger.evaluate(
                                            Invocation.of(
                                                    cert.funder,
                                                    "receivables",
                                                    "GetFinancingTerms",
                                                    requestId))));
            assertThat(terms.get("basis").asText()).isEqualTo("LINE_PRICING");
            assertThat(terms.get("ratePerAnnumBp").asInt()).isEqualTo(350);
            invoice.financed += cert.amount;
            cert.status = CertStatus.FINANCED;
            return "finance certificate " + cert.rootId;
        }
        refused(approval, "DUPLICATE_FINANCING");
        assertOk(
                net.ledger.submit(
                        Invocation.of(
                                cert.funder,
                                "receivables",
                                "RefuseFinancing",
                                requestId,
                                "the invoice is financed elsewhere")));
        return "financing of " + cert.rootId + " refused";
    }

    private String present() {
        InvoiceModel invoice = anyInvoice();
        String lcId = lcs.get(random.nextInt(lcs.size()));
        long amount = portion(invoice.face);
        TxResult result = net.present(net.a, lcId, amount, invoice.fields);
        if (invoice.backed + amount <= invoice.face) {
            int number = json(assertOk(result)).get("number").asInt();
            drawings.add(new Drawing(lcId, number, invoice, amount));
            invoice.backed += amount;
        } else {
            refused(result, "DOCUMENT_ALREADY_BACKING");
        }
        return "present " + amount + " of " + invoice.id + " under " + lcId;
    }

    private String advanceDrawing() {
        Drawing drawing =
                any(
                        drawings,
                        d -> d.status != DrawingStatus.REFUSED && d.status != DrawingStatus.SOLD);
        if (drawing == null) {
            return "no drawing under way";
        }
        String n = Integer.toString(drawing.number);
        switch (drawing.status) {
            case PRESENTED -> {
                assertOk(net.submit(net.bank1, "ReceiveDocuments", drawing.lcId, n));
                drawing.status = DrawingStatus.RECEIVED;
            }
            case RECEIVED -> {
                boolean discrepant = random.nextInt(3) == 0;
                assertOk(
                        discrepant
                                ? net.examine(drawing.lcId, drawing.number, "late shipment")
                                : net.examine(drawing.lcId, drawing.number));
                drawing.status = discrepant ? DrawingStatus.DISCREPANT : DrawingStatus.COMPLIANT;
            }
            case DISCREPANT -> {
                if (random.nextBoolean()) {
                    assertOk(net.submit(net.core, "WaiveDiscrepancies", drawing.lcId, n));
                    drawing.status = DrawingStatus.COMPLIANT;
                } else {
                    assertOk(net.submit(net.core, "RefuseDocuments", drawing.lcId, n));
                    drawing.status = DrawingStatus.REFUSED;
                    drawing.invoice.backed -= drawing.amount;
                }
            }
            case COMPLIANT -> {
                assertOk(net.submit(net.bank1, "AcceptPresentation", drawing.lcId, n));
                drawing.status = DrawingStatus.ACCEPTED;
            }
            case ACCEPTED -> {
                TxResult result =
                        net.negotiate(
                                drawing.lcId, drawing.number, drawing.amount - drawing.amount / 50);
                InvoiceModel invoice = drawing.invoice;
                if (invoice.financed + drawing.amount <= invoice.face) {
                    assertOk(result);
                    invoice.financed += drawing.amount;
                    drawing.status = DrawingStatus.NEGOTIATED;
                } else {
                    refused(result, "DUPLICATE_FINANCING");
                }
            }
            case NEGOTIATED -> {
                sellClaim(drawing);
                drawing.status =
                        DrawingStatus
                                .SOLD; // the financing moves to Bank1: the invoice's budgets stay
            }
            default -> throw new IllegalStateException(drawing.status.name());
        }
        return "drawing " + drawing.lcId + ":" + n + " now " + drawing.status;
    }

    private void sellClaim(Drawing drawing) {
        String offerId =
                json(assertOk(
                                net.ledger.submit(
                                        Invocation.builder(net.bank2, "forfaiting", "PublishOffer")
                                                .args(
                                                        drawing.lcId,
                                                        Integer.toString(drawing.number))
                                                .transientData(
                                                        "offer",
                                                        "{\"contact\":\"forfaiting desk\"}")
                                                .build())))
                        .get("offerId")
                        .asText();
        long price = drawing.amount - drawing.amount / 40;
        String quoteId =
                json(assertOk(
                                net.ledger.submit(
                                        Invocation.builder(net.bank1, "forfaiting", "SubmitQuote")
                                                .args(offerId)
                                                .transientData(
                                                        "quote",
                                                        CanonicalJson.toJson(
                                                                Map.of(
                                                                        "discountRateBp",
                                                                        300,
                                                                        "price",
                                                                        Map.of(
                                                                                "currency",
                                                                                "CNY",
                                                                                "minorUnits",
                                                                                price))))
                                                .build())))
                        .get("quoteId")
                        .asText();
        assertOk(
                net.ledger.submit(
                        Invocation.of(net.bank2, "forfaiting", "AcceptQuote", offerId, quoteId)));
        String transfer =
                CanonicalJson.toJson(
                        Map.of("agreementHash", "a".repeat(64), "noticeHash", "b".repeat(64)));
        for (Identity bank : List.of(net.bank2, net.bank1)) {
            assertOk(
                    net.ledger.submit(
                            Invocation.builder(bank, "forfaiting", "ConfirmTransfer")
                                    .args(offerId)
                                    .transientData("transfer", transfer)
                                    .build()));
        }
        assertOk(
                net.ledger.submit(
                        Invocation.of(net.bank1, "forfaiting", "AcknowledgeTransfer", offerId)));
    }

    private String lockDirectly() {
        InvoiceModel invoice = anyInvoice();
        Identity bank = random.nextBoolean() ? net.bank1 : net.bank2;
        long amount = portion(invoice.face);
        String ref = "FIN-" + (++lockRefs);
        TxResult result = net.ledger.submit(lockInvocation(bank, invoice, ref, amount));
        if (invoice.financed + amount <= invoice.face) {
            assertOk(result);
            invoice.financed += amount;
            locks.add(new DirectLock(invoice, bank, ref, amount));
        } else {
            refused(result, "DUPLICATE_FINANCING");
        }
        return "lock " + amount + " of " + invoice.id;
    }

    private String endLock() {
        DirectLock lock = any(locks, l -> !l.ended);
        if (lock == null) {
            return "no open lock";
        }
        lock.ended = true;
        if (random.nextBoolean()) {
            assertOk(
                    net.ledger.submit(
                            Invocation.of(
                                    lock.bank,
                                    "verification",
                                    "ReleaseLock",
                                    lock.invoice.id,
                                    lock.ref,
                                    "application withdrawn")));
            lock.invoice.financed -= lock.amount;
            return "release " + lock.ref;
        }
        // a repaid financing keeps its share: the invoice's trade was financed once, whatever
        // happened after
        assertOk(
                net.ledger.submit(
                        Invocation.of(
                                lock.bank,
                                "verification",
                                "RecordRepayment",
                                lock.invoice.id,
                                lock.ref,
                                money(lock.amount))));
        return "repay " + lock.ref;
    }

    /**
     * A certificate and an L/C drawing on the same invoice, endorsed on one state and ordered into
     * one block.
     */
    private String concurrentBackings() {
        InvoiceModel invoice = anyInvoice();
        long certAmount = portion(invoice.face);
        long drawingAmount = portion(invoice.face);
        Identity funder = random.nextBoolean() ? net.bank1 : net.bank2;
        String lcId = lcs.get(random.nextInt(lcs.size()));
        Endorsement issue = net.ledger.endorse(issueInvocation(invoice, funder, certAmount));
        Endorsement presentation =
                net.ledger.endorse(presentInvocation(lcId, invoice, drawingAmount));
        long free = invoice.face - invoice.backed;
        assertThat(issue.isSuccess()).as("issue endorsed").isEqualTo(certAmount <= free);
        assertThat(presentation.isSuccess())
                .as("presentation endorsed")
                .isEqualTo(drawingAmount <= free);
        commitConcurrently(
                List.of(issue, presentation),
                List.of(
                        valid -> {
                            certs.add(
                                    new Cert(
                                            json(valid).get("rootId").asText(),
                                            invoice,
                                            funder,
                                            certAmount));
                            invoice.backed += certAmount;
                        },
                        valid -> {
                            drawings.add(
                                    new Drawing(
                                            lcId,
                                            json(valid).get("number").asInt(),
                                            invoice,
                                            drawingAmount));
                            invoice.backed += drawingAmount;
                        }));
        return "concurrent certificate and drawing on " + invoice.id;
    }

    /** Both banks finance the same invoice at once. */
    private String concurrentLocks() {
        InvoiceModel invoice = anyInvoice();
        long first = portion(invoice.face);
        long second = portion(invoice.face);
        String ref1 = "FIN-" + (++lockRefs);
        String ref2 = "FIN-" + (++lockRefs);
        Endorsement atBank1 = net.ledger.endorse(lockInvocation(net.bank1, invoice, ref1, first));
        Endorsement atBank2 = net.ledger.endorse(lockInvocation(net.bank2, invoice, ref2, second));
        long balance = invoice.face - invoice.financed;
        assertThat(atBank1.isSuccess()).isEqualTo(first <= balance);
        assertThat(atBank2.isSuccess()).isEqualTo(second <= balance);
        commitConcurrently(
                List.of(atBank1, atBank2),
                List.of(
                        valid -> {
                            locks.add(new DirectLock(invoice, net.bank1, ref1, first));
                            invoice.financed += first;
                        },
                        valid -> {
                            locks.add(new DirectLock(invoice, net.bank2, ref2, second));
                            invoice.financed += second;
                        }));
        return "concurrent locks on " + invoice.id;
    }

    /** Orders the endorsed ones into one block; on the same invoice, at most the first commits. */
    private void commitConcurrently(
            List<Endorsement> endorsements, List<Consumer<TxResult>> onValid) {
        List<Endorsement> endorsed = new ArrayList<>();
        List<Consumer<TxResult>> effects = new ArrayList<>();
        for (int i = 0; i < endorsements.size(); i++) {
            if (endorsements.get(i).isSuccess()) {
                endorsed.add(endorsements.get(i));
                effects.add(onValid.get(i));
            } else {
                refusals++;
            }
        }
        if (endorsed.isEmpty()) {
            return;
        }
        List<TxResult> results = net.ledger.commit(endorsed);
        for (int i = 0; i < results.size(); i++) {
            TxResult result = results.get(i);
            if (i == 0) {
                assertThat(result.validationCode()).isEqualTo(ValidationCode.VALID);
            } else {
                assertThat(result.validationCode())
                        .as("a second use of the same invoice in one block")
                        .isEqualTo(ValidationCode.MVCC_READ_CONFLICT);
                concurrentConflicts++;
            }
            if (result.validationCode() == ValidationCode.VALID) {
                effects.get(i).accept(result);
            }
        }
    }

    // ---- invariants
    // --------------------------------------------------------------------------------------------

    private void checkInvariants(long seed, int step, String action) {
        for (InvoiceModel invoice : invoices) {
            String where =
                    "seed " + seed + ", step " + step + " (" + action + "), invoice " + invoice.id;
            assertThat(invoice.backed).as(where + ": model backed").isBetween(0L, invoice.face);
            assertThat(invoice.financed).as(where + ": model financed").isBetween(0L, invoice.face);
            JsonNode view =
                    json(
                            assertOk(
                                    net.ledger.evaluate(
                                            Invocation.of(
                                                    net.regulator,
                                                    "verification",
                                                    "GetDocument",
                                                    invoice.id))));
            JsonNode document = view.get("document");
            assertThat(minor(document, "backed")).as(where + ": backed").isEqualTo(invoice.backed);
            assertThat(minor(document, "unbacked"))
                    .as(where + ": unbacked")
                    .isEqualTo(invoice.face - invoice.backed);
            assertThat(minor(document, "financed"))
                    .as(where + ": financed")
                    .isEqualTo(invoice.financed);
            assertThat(minor(document, "balance"))
                    .as(where + ": balance")
                    .isEqualTo(invoice.face - invoice.financed);
            long lockedOrRepaid = 0;
            for (JsonNode lock : view.get("locks")) {
                if (!"RELEASED".equals(lock.get("status").asText())) {
                    lockedOrRepaid += minor(lock, "amount");
                }
            }
            assertThat(lockedOrRepaid)
                    .as(where + ": locks add up to financed")
                    .isEqualTo(invoice.financed);
        }
    }

    private void refused(TxResult result, String code) {
        assertThat(result.isSuccess()).as("expected %s", code).isFalse();
        ErrorInfo info =
                ErrorInfo.fromPayload(result.payload())
                        .or(() -> ErrorInfo.fromMessage(result.message()))
                        .orElseThrow(
                                () -> new AssertionError("no error code in: " + result.message()));
        assertThat(info.code()).as(result.message()).isEqualTo(code);
        assertThat(REFUSAL_DETAILS)
                .as("a refusal names what was asked, not the earlier use")
                .containsAll(info.details().keySet());
        assertThat(info.message())
                .doesNotContain("Bank1MSP", "Bank2MSP", "letterofcredit", "receivables/");
        refusals++;
    }

    // ---- invocations and helpers
    // -------------------------------------------------------------------------------

    private Invocation issueInvocation(InvoiceModel invoice, Identity funder, long amount) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("lineId", (funder == net.bank1 ? "Bank1MSP:" : "Bank2MSP:") + LcNetwork.CORE);
        request.put("supplierCode", LcNetwork.A);
        request.put("amount", Map.of("currency", "CNY", "minorUnits", amount));
        request.put("maturityDate", "2026-09-01");
        request.put("contractRef", "PO-2026-0311");
        request.put("invoiceDocumentId", invoice.id);
        return Invocation.builder(net.core, "receivables", "IssueCertificate")
                .args(CanonicalJson.toJson(request))
                .transientData("documents", CanonicalJson.toJson(List.of(invoice.fields)))
                .build();
    }

    private Invocation presentInvocation(String lcId, InvoiceModel invoice, long amount) {
        Map<String, Object> presentation =
                Map.of(
                        "amount",
                        Map.of("currency", "CNY", "minorUnits", amount),
                        "documents",
                        List.of(
                                Map.of(
                                        "type",
                                        "INVOICE",
                                        "reference",
                                        "3205194130-" + invoice.fields.get("invoiceNumber"),
                                        "sha256",
                                        "1".repeat(64)),
                                Map.of(
                                        "type",
                                        "BILL_OF_LADING",
                                        "reference",
                                        "COSU6184200110",
                                        "sha256",
                                        "2".repeat(64))));
        return Invocation.builder(net.a, "letterofcredit", "Present")
                .args(lcId)
                .transientData("presentation", CanonicalJson.toJson(presentation))
                .transientData("documents", CanonicalJson.toJson(List.of(invoice.fields)))
                .build();
    }

    private Invocation lockInvocation(
            Identity bank, InvoiceModel invoice, String ref, long amount) {
        return Invocation.builder(bank, "verification", "LockAmount")
                .args(ref, money(amount))
                .transientData("document", CanonicalJson.toJson(invoice.fields))
                .build();
    }

    private JsonNode document(Map<String, Object> fields) {
        String id =
                json(assertOk(
                                net.ledger.evaluate(
                                        Invocation.builder(net.bank1, "verification", "Verify")
                                                .transientData(
                                                        "documents",
                                                        CanonicalJson.toJson(List.of(fields)))
                                                .build())))
                        .get("results")
                        .get(0)
                        .get("documentId")
                        .asText();
        return json(assertOk(
                        net.ledger.evaluate(
                                Invocation.of(net.regulator, "verification", "GetDocument", id))))
                .get("document");
    }

    /**
     * Between a tenth and a half of the face value, in whole yuan: uses collide often, never
     * trivially.
     */
    private long portion(long face) {
        long tenth = face / 10;
        return (tenth + (long) (random.nextDouble() * (face / 2 - tenth))) / 100 * 100;
    }

    private InvoiceModel anyInvoice() {
        return invoices.get(random.nextInt(invoices.size()));
    }

    private <T> T any(List<T> items, java.util.function.Predicate<T> filter) {
        List<T> matching = items.stream().filter(filter).toList();
        return matching.isEmpty() ? null : matching.get(random.nextInt(matching.size()));
    }

    private static long minor(JsonNode node, String field) {
        return node.get(field).get("minorUnits").asLong();
    }

    private static String money(long minorUnits) {
        return "{\"currency\":\"CNY\",\"minorUnits\":" + minorUnits + "}";
    }

    // ---- the model
    // ---------------------------------------------------------------------------------------------

    private static final class InvoiceModel {
        final Map<String, Object> fields;
        final String id;
        final long face;
        long backed;
        long financed;

        InvoiceModel(Map<String, Object> fields, String id, long face) {
            this.fields = fields;
            this.id = id;
            this.face = face;
        }
    }

    private enum CertStatus {
        PENDING,
        LIVE,
        GIVEN_BACK,
        FINANCED
    }

    private static final class Cert {
        final String rootId;
        final InvoiceModel invoice;
        final Identity funder;
        final long amount;
        CertStatus status = CertStatus.PENDING;

        Cert(String rootId, InvoiceModel invoice, Identity funder, long amount) {
            this.rootId = rootId;
            this.invoice = invoice;
            this.funder = funder;
            this.amount = amount;
        }
    }

    private enum DrawingStatus {
        PRESENTED,
        RECEIVED,
        DISCREPANT,
        COMPLIANT,
        ACCEPTED,
        NEGOTIATED,
        SOLD,
        REFUSED
    }

    private static final class Drawing {
        final String lcId;
        final int number;
        final InvoiceModel invoice;
        final long amount;
        DrawingStatus status = DrawingStatus.PRESENTED;

        Drawing(String lcId, int number, InvoiceModel invoice, long amount) {
            this.lcId = lcId;
            this.number = number;
            this.invoice = invoice;
            this.amount = amount;
        }
    }

    private static final class DirectLock {
        final InvoiceModel invoice;
        final Identity bank;
        final String ref;
        final long amount;
        boolean ended;

        DirectLock(InvoiceModel invoice, Identity bank, String ref, long amount) {
            this.invoice = invoice;
            this.bank = bank;
            this.ref = ref;
            this.amount = amount;
        }
    }
}
