package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Amendments (修改): the issuing bank proposes one at a time (at the applicant's request, off the
 * ledger); it takes effect only when the beneficiary accepts it, and a rejected one leaves the L/C
 * as it was.
 */
final class Amendments {
    static final String AMENDMENT = "amendment";

    private final LcDesk desk;

    Amendments(LcDesk desk) {
        this.desk = desk;
    }

    LetterOfCredit propose(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role = desk.require(terms, "amend it", LcRole.ISSUING_BANK);
        LcDesk.requireState(lc, LcAction.PROPOSE_AMENDMENT);
        if (lc.pendingAmendment() != null) {
            throw BusinessException.of(
                    LcErrorCode.AMENDMENT_PENDING,
                    "amendment "
                            + lc.pendingAmendment()
                            + " of "
                            + lcId
                            + " still waits for the beneficiary",
                    "lcId",
                    lcId);
        }
        AmendmentChanges changes =
                CanonicalJson.parseArgument(
                        AMENDMENT,
                        new String(
                                Args.transientValue(desk.stub(), AMENDMENT),
                                StandardCharsets.UTF_8),
                        AmendmentChanges.class);
        validate(changes, terms);
        int number = lc.amendments() + 1;
        desk.state()
                .putAmendment(
                        new Amendment(
                                lcId,
                                number,
                                changes,
                                AmendmentStatus.PENDING,
                                desk.now(),
                                null,
                                desk.stub().getTxId(),
                                null));
        return desk.record(
                lc.withAmendment(number, number, lc.version()),
                LcAction.PROPOSE_AMENDMENT.name(),
                number,
                lc.status().name(),
                lc.status().name(),
                role,
                "LcAmendmentProposed");
    }

    LetterOfCredit accept(String lcId, int number) {
        return decide(lcId, number, LcAction.ACCEPT_AMENDMENT);
    }

    LetterOfCredit reject(String lcId, int number) {
        return decide(lcId, number, LcAction.REJECT_AMENDMENT);
    }

    private LetterOfCredit decide(String lcId, int number, LcAction action) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        boolean accept = action == LcAction.ACCEPT_AMENDMENT;
        LcRole role =
                desk.require(
                        terms,
                        accept ? "accept its amendment" : "reject its amendment",
                        LcRole.BENEFICIARY);
        LcDesk.requireState(lc, action);
        if (lc.pendingAmendment() == null || lc.pendingAmendment() != number) {
            throw BusinessException.of(
                    LcErrorCode.NO_PENDING_AMENDMENT,
                    "amendment "
                            + number
                            + " of "
                            + lcId
                            + " is not waiting for a decision"
                            + (lc.pendingAmendment() == null
                                    ? ""
                                    : " (amendment " + lc.pendingAmendment() + " is)"),
                    "lcId",
                    lcId);
        }
        Amendment amendment = desk.state().amendment(lcId, number);
        int version = lc.version();
        if (accept) {
            validate(amendment.changes(), terms);
            desk.state().putTerms(terms.amended(amendment.changes()));
            version++;
        }
        AmendmentStatus status = accept ? AmendmentStatus.ACCEPTED : AmendmentStatus.REJECTED;
        desk.state().putAmendment(amendment.decided(status, desk.now(), desk.stub().getTxId()));
        return desk.record(
                lc.withAmendment(null, lc.amendments(), version),
                action.name(),
                number,
                lc.status().name(),
                lc.status().name(),
                role,
                accept ? "LcAmendmentAccepted" : "LcAmendmentRejected");
    }

    /** Something must change; the L/C may not fall below what is drawn, nor expire in the past. */
    private void validate(AmendmentChanges changes, LcTerms terms) {
        if (changes.amount() == null
                && changes.tolerancePct() == null
                && changes.expiryDate() == null
                && changes.goodsDescription() == null) {
            throw invalid(
                    "amendment",
                    "an amendment changes at least one of amount, tolerancePct, expiryDate, "
                            + "goodsDescription");
        }
        if (changes.note() != null) {
            Args.text("amendment.note", changes.note(), 500);
        }
        if (changes.goodsDescription() != null) {
            Args.text("amendment.goodsDescription", changes.goodsDescription(), 500);
        }
        if (changes.tolerancePct() != null) {
            Args.count(
                    "amendment.tolerancePct",
                    changes.tolerancePct(),
                    0,
                    Issuance.MAX_TOLERANCE_PCT);
        }
        if (changes.expiryDate() != null) {
            Args.isoDate("amendment.expiryDate", changes.expiryDate());
            if (LocalDate.parse(changes.expiryDate()).isBefore(desk.today())) {
                throw BusinessException.of(
                        LcErrorCode.AMENDMENT_INVALID,
                        "the new expiry date " + changes.expiryDate() + " is in the past",
                        "field",
                        "amendment.expiryDate");
            }
        }
        if (changes.amount() != null) {
            Money amount = changes.amount().requirePositive("amendment.amount");
            if (!amount.currency().equals(terms.amount().currency())) {
                throw BusinessException.of(
                        CommonErrorCode.CURRENCY_MISMATCH,
                        "the L/C is in " + terms.amount().currency(),
                        "field",
                        "amendment.amount");
            }
        }
        LcTerms after = terms.amended(changes);
        if (terms.drawn().greaterThan(after.ceiling())) {
            throw BusinessException.of(
                    LcErrorCode.AMENDMENT_INVALID,
                    "the amended L/C would allow "
                            + after.ceiling().toDecimalString()
                            + " but "
                            + terms.drawn().toDecimalString()
                            + " is already drawn",
                    "field",
                    "amendment.amount");
        }
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
