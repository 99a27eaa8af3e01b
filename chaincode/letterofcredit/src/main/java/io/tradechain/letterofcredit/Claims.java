package io.tradechain.letterofcredit;

import io.tradechain.blacklist.BlacklistCheck;
import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.Organisations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The claim of a compliant presentation: acceptance (承兑, usance: maturity fixed), negotiation (议付:
 * the nominated bank pays the beneficiary early and holds the claim), payment (付款) to whoever holds
 * the claim, and the two halves of a claim transfer (forfaiting): the holder bank's consent and the
 * issuing bank's acknowledgement.
 */
final class Claims {
    static final String NEGOTIATION = "negotiation";

    private final LcDesk desk;
    private final Presentations presentations;
    private final BlacklistCheck blacklist;

    Claims(LcDesk desk, Presentations presentations, BlacklistCheck blacklist) {
        this.desk = desk;
        this.presentations = presentations;
        this.blacklist = blacklist;
    }

    Presentation accept(String lcId, int number) {
        Presentations.Underway step =
                presentations.begin(
                        lcId,
                        number,
                        PresentationAction.ACCEPT,
                        "accept the presentation",
                        LcRole.ISSUING_BANK);
        if (!step.terms.isUsance()) {
            throw BusinessException.of(
                    LcErrorCode.NOT_USANCE,
                    "letter of credit "
                            + lcId
                            + " is payable at sight: "
                            + "a compliant presentation is paid, not accepted",
                    "lcId",
                    lcId);
        }
        String maturity = desk.today().plusDays(step.terms.usanceDays()).toString();
        return step.finish(
                step.presentation.accepted(maturity, desk.now(), desk.stub().getTxId()),
                "LcAccepted");
    }

    Presentation negotiate(String lcId, int number) {
        Presentations.Underway step =
                presentations.begin(
                        lcId,
                        number,
                        PresentationAction.NEGOTIATE,
                        "negotiate the presentation",
                        LcRole.ADVISING_BANK);
        if (step.presentation.negotiated() || step.presentation.holderIsBank()) {
            throw BusinessException.of(
                    LcErrorCode.ALREADY_NEGOTIATED,
                    "the claim of presentation "
                            + number
                            + " is held by "
                            + step.presentation.claimHolder()
                            + " already",
                    "lcId",
                    lcId);
        }
        Negotiation input =
                CanonicalJson.parseArgument(
                        NEGOTIATION,
                        new String(
                                Args.transientValue(desk.stub(), NEGOTIATION),
                                StandardCharsets.UTF_8),
                        Negotiation.class);
        PresentationDetails details = desk.state().details(lcId, number);
        if (input.price() == null) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "negotiation.price is required",
                    "field",
                    "negotiation.price");
        }
        Money price = input.price().requirePositive("negotiation.price");
        if (!price.currency().equals(details.amount().currency())
                || price.greaterThan(details.amount())) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "negotiation.price must be in "
                            + details.amount().currency()
                            + " and at most the amount drawn, "
                            + details.amount().toDecimalString(),
                    "field",
                    "negotiation.price");
        }
        // financing a drawing serves both parties of the L/C: neither may be on the blacklist (one
        // call for both)
        blacklist.requireNoneListed(step.terms.applicantCode(), step.terms.beneficiaryCode());
        desk.state().putDetails(details.negotiatedAt(price));
        presentations.invoices().finance(step.presentation, details.amount());
        return step.finish(
                step.presentation.heldBy(
                        desk.caller().mspId(), true, desk.now(), desk.stub().getTxId()),
                "LcNegotiated");
    }

    Presentation pay(String lcId, int number) {
        Presentations.Underway step =
                presentations.begin(
                        lcId,
                        number,
                        PresentationAction.PAY,
                        "pay the presentation",
                        LcRole.ISSUING_BANK);
        Presentation presentation = step.presentation;
        if (presentation.status() == PresentationStatus.COMPLIANT && step.terms.isUsance()) {
            throw BusinessException.of(
                    LcErrorCode.NOT_MATURED,
                    "letter of credit "
                            + lcId
                            + " is a usance L/C: "
                            + "accept the presentation, then pay it at maturity",
                    "lcId",
                    lcId);
        }
        if (presentation.status() == PresentationStatus.ACCEPTED
                && desk.today().isBefore(LocalDate.parse(presentation.maturityDate()))) {
            throw BusinessException.of(
                    LcErrorCode.NOT_MATURED,
                    "presentation " + number + " matures on " + presentation.maturityDate(),
                    "lcId",
                    lcId,
                    "maturityDate",
                    presentation.maturityDate());
        }
        Money amount = desk.state().details(lcId, number).amount();
        LcTerms terms = step.terms.withUsage(step.terms.drawn(), step.terms.paid().plus(amount));
        desk.state().putTerms(terms);
        Presentation paid = presentation.paid(desk.now(), desk.stub().getTxId());
        boolean othersOpen =
                desk.state().presentations(step.lc).stream()
                        .anyMatch(p -> p.number() != number && p.status().isOpen());
        LetterOfCredit lc = step.lc;
        if (!othersOpen && !terms.floor().greaterThan(terms.paid())) {
            lc = lc.withStatus(LcStatus.USED);
        }
        return step.finish(paid, lc, "LcPaid");
    }

    /**
     * The bank holding an accepted claim agrees to transfer it to {@code toMsp} (forfaiting: the
     * buyer).
     */
    Presentation consentToTransfer(String lcId, int number, String toMsp, String reference) {
        desk.caller().requireWriter();
        String ref = Args.text("transferRef", reference, 128);
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        Presentation presentation = desk.state().presentation(lcId, number);
        LcDesk.requireState(presentation, PresentationAction.CONSENT_TO_TRANSFER);
        if (!presentation.holderIsBank()
                || !presentation.claimHolder().equals(desk.caller().mspId())) {
            throw BusinessException.of(
                    LcErrorCode.NOT_ALLOWED_FOR_ROLE,
                    "only the bank holding the claim of "
                            + "presentation "
                            + number
                            + " of "
                            + lcId
                            + " may transfer it",
                    "lcId",
                    lcId);
        }
        if (!Organisations.isBank(toMsp) || toMsp.equals(presentation.claimHolder())) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "the claim can be transferred to another " + "bank only, got '" + toMsp + "'",
                    "field",
                    "toMsp");
        }
        if (presentation.pendingTransferTo() != null) {
            throw BusinessException.of(
                    LcErrorCode.CLAIM_NOT_TRANSFERABLE,
                    "the claim is being transferred to "
                            + presentation.pendingTransferTo()
                            + " ("
                            + presentation.transferRef()
                            + ")",
                    "lcId",
                    lcId);
        }
        Presentation after =
                presentation.transferPending(toMsp, ref, desk.now(), desk.stub().getTxId());
        desk.state().putPresentation(after);
        desk.record(
                lc,
                PresentationAction.CONSENT_TO_TRANSFER.name(),
                number,
                presentation.status().name(),
                after.status().name(),
                null,
                "LcClaimTransferAgreed");
        return after;
    }

    /**
     * The issuing bank acknowledges the pending transfer named {@code reference}: it will pay the
     * new holder.
     */
    Presentation acknowledgeTransfer(String lcId, int number, String reference) {
        Presentations.Underway step =
                presentations.begin(
                        lcId,
                        number,
                        PresentationAction.ACKNOWLEDGE_TRANSFER,
                        "acknowledge a transfer of its claim",
                        LcRole.ISSUING_BANK);
        Presentation presentation = step.presentation;
        if (presentation.pendingTransferTo() == null
                || !presentation.transferRef().equals(reference)) {
            throw BusinessException.of(
                    LcErrorCode.CLAIM_NOT_TRANSFERABLE,
                    "no transfer "
                            + reference
                            + " of presentation "
                            + number
                            + " of "
                            + lcId
                            + " waits for acknowledgement",
                    "lcId",
                    lcId);
        }
        presentations
                .invoices()
                .transferFinancing(
                        presentation,
                        presentation.pendingTransferTo(),
                        desk.state().details(lcId, number).amount());
        return step.finish(
                presentation.heldBy(
                        presentation.pendingTransferTo(), false, desk.now(), desk.stub().getTxId()),
                "LcClaimTransferred");
    }

    /**
     * The claim: for the L/C's parties, the regulator, the bank holding it and the bank it is being
     * sold to.
     */
    Claim claim(String lcId, int number) {
        LcTerms terms = desk.terms(lcId);
        Presentation presentation = desk.state().presentation(lcId, number);
        String msp = desk.caller().mspId();
        boolean holderSide =
                msp.equals(presentation.claimHolder())
                        || msp.equals(presentation.pendingTransferTo());
        if (!holderSide) {
            desk.requireReader(terms);
        }
        Money amount = desk.state().details(lcId, number).amount();
        return new Claim(
                lcId,
                number,
                presentation.status(),
                amount,
                presentation.maturityDate(),
                presentation.claimHolder(),
                presentation.negotiated(),
                presentation.pendingTransferTo(),
                presentation.transferRef(),
                presentation.paidTo(),
                terms.issuingBankMsp(),
                terms.applicantCode(),
                terms.beneficiaryCode());
    }
}
