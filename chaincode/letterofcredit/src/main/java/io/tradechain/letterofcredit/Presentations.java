package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Presentation of documents (交单) by the beneficiary or the nominated (advising) bank for it,
 * receipt by the issuing bank (到单), examination (审单), and the applicant's waiver or refusal of
 * discrepancies. Several partial presentations may draw the L/C up to its amount plus tolerance; a
 * refused one frees its amount.
 */
final class Presentations {
    static final String PRESENTATION = "presentation";
    static final String EXAMINATION = "examination";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final LcDesk desk;
    private final InvoiceCheck invoices;

    /** The presentations' invoices in the verification chaincode (backing, financing). */
    InvoiceCheck invoices() {
        return invoices;
    }

    Presentations(LcDesk desk, InvoiceCheck invoices) {
        this.desk = desk;
        this.invoices = invoices;
    }

    Presentation present(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role =
                desk.require(
                        terms,
                        "present documents under it",
                        LcRole.BENEFICIARY,
                        LcRole.ADVISING_BANK);
        LcDesk.requireState(lc, LcAction.PRESENT);
        if (desk.today().isAfter(LocalDate.parse(terms.expiryDate()))) {
            throw BusinessException.of(
                    LcErrorCode.LC_EXPIRED,
                    "letter of credit " + lcId + " expired on " + terms.expiryDate(),
                    "lcId",
                    lcId);
        }
        PresentationInput input =
                CanonicalJson.parseArgument(
                        PRESENTATION,
                        new String(
                                Args.transientValue(desk.stub(), PRESENTATION),
                                StandardCharsets.UTF_8),
                        PresentationInput.class);
        if (input.amount() == null) {
            throw invalid("presentation.amount", "presentation.amount is required");
        }
        Money amount = input.amount().requirePositive("presentation.amount");
        if (!amount.currency().equals(terms.amount().currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "the L/C is in " + terms.amount().currency(),
                    "field",
                    "presentation.amount");
        }
        Money drawn = terms.drawn().plus(amount);
        if (drawn.greaterThan(terms.ceiling())) {
            throw BusinessException.of(
                    LcErrorCode.AMOUNT_EXCEEDS_LC,
                    "drawing "
                            + amount.toDecimalString()
                            + " would bring "
                            + lcId
                            + " to "
                            + drawn.toDecimalString()
                            + ", above its amount plus "
                            + terms.tolerancePct()
                            + "% ("
                            + terms.ceiling().toDecimalString()
                            + ")",
                    "lcId",
                    lcId);
        }
        List<DocumentRef> documents = documents(input.documents());
        int number = lc.presentations() + 1;
        String invoiceId =
                invoices.back(lcId, number, terms.beneficiaryCode(), terms.applicantCode(), amount);
        List<String> hashes = documents.stream().map(DocumentRef::sha256).sorted().toList();
        String txId = desk.stub().getTxId();
        Presentation presentation =
                new Presentation(
                        lcId,
                        number,
                        PresentationStatus.PRESENTED,
                        hashes,
                        invoiceId,
                        Presentation.BENEFICIARY,
                        false,
                        null,
                        null,
                        null,
                        null,
                        desk.now(),
                        desk.now(),
                        txId);
        desk.state().putPresentation(presentation);
        desk.state()
                .putDetails(
                        new PresentationDetails(
                                lcId, number, amount, documents, List.of(), false, null));
        desk.state().putTerms(terms.withUsage(drawn, terms.paid()));
        desk.record(
                lc.withPresentations(number),
                "PRESENT",
                number,
                null,
                PresentationStatus.PRESENTED.name(),
                role,
                "LcPresented");
        return presentation;
    }

    Presentation receive(String lcId, int number) {
        Underway step =
                begin(
                        lcId,
                        number,
                        PresentationAction.RECEIVE,
                        "receive the documents",
                        LcRole.ISSUING_BANK);
        return step.finish(
                step.presentation.withStatus(
                        PresentationStatus.RECEIVED, desk.now(), desk.stub().getTxId()),
                "LcDocumentsReceived");
    }

    Presentation examine(String lcId, int number) {
        Underway step =
                begin(
                        lcId,
                        number,
                        PresentationAction.EXAMINE,
                        "examine the documents",
                        LcRole.ISSUING_BANK);
        Examination input =
                CanonicalJson.parseArgument(
                        EXAMINATION,
                        new String(
                                Args.transientValue(desk.stub(), EXAMINATION),
                                StandardCharsets.UTF_8),
                        Examination.class);
        List<String> found = input.discrepancies() == null ? List.of() : input.discrepancies();
        Args.count("examination.discrepancies (entries)", found.size(), 0, 20);
        for (int i = 0; i < found.size(); i++) {
            Args.text("examination.discrepancies[" + i + "]", found.get(i), 200);
        }
        PresentationDetails details = desk.state().details(lcId, number);
        desk.state().putDetails(details.examined(found));
        PresentationStatus next =
                found.isEmpty() ? PresentationStatus.COMPLIANT : PresentationStatus.DISCREPANT;
        return step.finish(
                step.presentation.withStatus(next, desk.now(), desk.stub().getTxId()),
                "LcExamined");
    }

    Presentation waive(String lcId, int number) {
        Underway step =
                begin(
                        lcId,
                        number,
                        PresentationAction.WAIVE,
                        "waive the discrepancies",
                        LcRole.APPLICANT);
        desk.state().putDetails(desk.state().details(lcId, number).waivedNow());
        return step.finish(
                step.presentation.withStatus(
                        PresentationStatus.COMPLIANT, desk.now(), desk.stub().getTxId()),
                "LcDiscrepanciesWaived");
    }

    Presentation refuse(String lcId, int number) {
        Underway step =
                begin(
                        lcId,
                        number,
                        PresentationAction.REFUSE,
                        "refuse the documents",
                        LcRole.APPLICANT);
        Money amount = desk.state().details(lcId, number).amount();
        desk.state()
                .putTerms(
                        step.terms.withUsage(step.terms.drawn().minus(amount), step.terms.paid()));
        invoices.release(step.presentation, "documents refused by the applicant");
        return step.finish(
                step.presentation.withStatus(
                        PresentationStatus.REFUSED, desk.now(), desk.stub().getTxId()),
                "LcPresentationRefused");
    }

    /**
     * Loads the L/C, checks the role and the presentation's state: the start of every presentation
     * action.
     */
    Underway begin(
            String lcId, int number, PresentationAction action, String words, LcRole... roles) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role = desk.require(terms, words, roles);
        Presentation presentation = desk.state().presentation(lcId, number);
        LcDesk.requireState(presentation, action);
        return new Underway(lc, terms, presentation, role, action);
    }

    /** One presentation action under way. */
    final class Underway {
        final LetterOfCredit lc;
        final LcTerms terms;
        final Presentation presentation;
        final LcRole role;
        final PresentationAction action;

        Underway(
                LetterOfCredit lc,
                LcTerms terms,
                Presentation presentation,
                LcRole role,
                PresentationAction action) {
            this.lc = lc;
            this.terms = terms;
            this.presentation = presentation;
            this.role = role;
            this.action = action;
        }

        Presentation finish(Presentation after, String event) {
            return finish(after, lc, event);
        }

        Presentation finish(Presentation after, LetterOfCredit lcAfter, String event) {
            desk.state().putPresentation(after);
            desk.record(
                    lcAfter,
                    action.name(),
                    after.number(),
                    presentation.status().name(),
                    after.status().name(),
                    role,
                    event);
            return after;
        }
    }

    private static List<DocumentRef> documents(List<DocumentRef> documents) {
        List<DocumentRef> given = documents == null ? List.of() : documents;
        Args.count("presentation.documents (entries)", given.size(), 1, 20);
        List<DocumentRef> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DocumentRef d = given.get(i);
            String at = "presentation.documents[" + i + "]";
            if (d == null) {
                throw invalid(at, at + " is required");
            }
            checked.add(
                    new DocumentRef(
                            Args.text(at + ".type", d.type(), 40),
                            Args.text(at + ".reference", d.reference(), 100),
                            Args.matches(
                                    at + ".sha256",
                                    d.sha256(),
                                    SHA256,
                                    "a SHA-256 hash written as 64 lowercase hex characters")));
        }
        return List.copyOf(checked);
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
