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
import java.util.ArrayList;
import java.util.List;

/** Apply (申请), decline, issue (开证, blacklist checked) and advise (通知). */
final class Issuance {
    static final String APPLICATION = "application";
    static final int MAX_USANCE_DAYS = 360;
    static final int MAX_TOLERANCE_PCT = 10;

    private final LcDesk desk;
    private final BlacklistCheck blacklist;

    Issuance(LcDesk desk, BlacklistCheck blacklist) {
        this.desk = desk;
        this.blacklist = blacklist;
    }

    /**
     * The applicant (an enterprise, from its identity) applies; the terms travel in the transient
     * map.
     */
    LetterOfCredit apply() {
        desk.caller().requireWriter();
        desk.caller().requireMsp(Organisations.CORP_MSP);
        Application input =
                CanonicalJson.parseArgument(
                        APPLICATION,
                        new String(
                                Args.transientValue(desk.stub(), APPLICATION),
                                StandardCharsets.UTF_8),
                        Application.class);
        desk.parties()
                .prefetch(input.beneficiaryCode()); // the applicant and the beneficiary in one
        // registry call
        String applicant = desk.callerParty();
        LcTerms terms = validate(input, applicant);
        String lcId = desk.stub().getTxId();
        LetterOfCredit lc =
                new LetterOfCredit(
                        lcId,
                        LcStatus.APPLIED,
                        terms.issuingBankMsp(),
                        terms.advisingBankMsp(),
                        1,
                        null,
                        0,
                        0,
                        List.of(),
                        0,
                        desk.now(),
                        desk.now(),
                        lcId);
        desk.state().putTerms(terms);
        for (String participant :
                new java.util.TreeSet<>(
                        List.of(
                                applicant,
                                terms.beneficiaryCode(),
                                terms.issuingBankMsp(),
                                terms.advisingBankMsp()))) {
            desk.state().index(participant, lcId);
        }
        return desk.record(
                lc,
                LcAction.APPLY.name(),
                0,
                null,
                LcStatus.APPLIED.name(),
                LcRole.APPLICANT,
                "LcApplied");
    }

    LetterOfCredit decline(String lcId, String reason) {
        Args.text("reason", reason, 500);
        return move(
                lcId,
                LcAction.DECLINE,
                LcStatus.DECLINED,
                "LcDeclined",
                "decline it",
                LcRole.ISSUING_BANK);
    }

    LetterOfCredit issue(String lcId) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcTerms terms = desk.terms(lcId);
        LcRole role = desk.require(terms, "issue it", LcRole.ISSUING_BANK);
        LcDesk.requireState(lc, LcAction.ISSUE);
        if (LocalDate.parse(terms.expiryDate()).isBefore(desk.today())) {
            throw BusinessException.of(
                    LcErrorCode.LC_EXPIRED,
                    "the application's expiry date " + terms.expiryDate() + " has passed",
                    "lcId",
                    lcId);
        }
        blacklist.requireNoneListed(terms.applicantCode(), terms.beneficiaryCode());
        return desk.record(
                lc.withStatus(LcStatus.ISSUED),
                LcAction.ISSUE.name(),
                0,
                lc.status().name(),
                LcStatus.ISSUED.name(),
                role,
                "LcIssued");
    }

    LetterOfCredit advise(String lcId) {
        return move(
                lcId,
                LcAction.ADVISE,
                LcStatus.ADVISED,
                "LcAdvised",
                "advise it",
                LcRole.ADVISING_BANK);
    }

    private LetterOfCredit move(
            String lcId,
            LcAction action,
            LcStatus to,
            String event,
            String words,
            LcRole... roles) {
        LetterOfCredit lc = desk.state().lc(lcId);
        LcRole role = desk.require(desk.terms(lcId), words, roles);
        LcDesk.requireState(lc, action);
        return desk.record(
                lc.withStatus(to), action.name(), 0, lc.status().name(), to.name(), role, event);
    }

    private LcTerms validate(Application in, String applicant) {
        String issuing = bank("application.issuingBankMsp", in.issuingBankMsp());
        String advising = bank("application.advisingBankMsp", in.advisingBankMsp());
        String beneficiary = Args.creditCode("application.beneficiaryCode", in.beneficiaryCode());
        if (beneficiary.equals(applicant)) {
            throw invalid(
                    "application.beneficiaryCode",
                    "the beneficiary must be another party than the " + "applicant");
        }
        if (desk.parties().find(beneficiary).isEmpty()) {
            throw BusinessException.of(
                    LcErrorCode.PARTY_NOT_FOUND,
                    "the beneficiary " + beneficiary + " is not in the party registry",
                    "beneficiaryCode",
                    beneficiary);
        }
        if (in.amount() == null) {
            throw invalid("application.amount", "application.amount is required");
        }
        Money amount = in.amount().requirePositive("application.amount");
        int tolerance =
                Args.count(
                        "application.tolerancePct",
                        in.tolerancePct() == null ? 0 : in.tolerancePct(),
                        0,
                        MAX_TOLERANCE_PCT);
        int usance =
                Args.count(
                        "application.usanceDays",
                        in.usanceDays() == null ? 0 : in.usanceDays(),
                        0,
                        MAX_USANCE_DAYS);
        String expiry = Args.isoDate("application.expiryDate", in.expiryDate());
        if (!LocalDate.parse(expiry).isAfter(desk.today())) {
            throw invalid(
                    "application.expiryDate",
                    "application.expiryDate must be after today (" + desk.today() + ")");
        }
        String goods = Args.text("application.goodsDescription", in.goodsDescription(), 500);
        List<String> documents =
                in.documentsRequired() == null ? List.of() : in.documentsRequired();
        Args.count("application.documentsRequired (entries)", documents.size(), 1, 20);
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            checked.add(
                    Args.text("application.documentsRequired[" + i + "]", documents.get(i), 100));
        }
        String contract = Args.text("application.contractRef", in.contractRef(), 64);
        Money zero = Money.zero(amount.currency());
        return new LcTerms(
                desk.stub().getTxId(),
                applicant,
                beneficiary,
                issuing,
                advising,
                amount,
                tolerance,
                expiry,
                usance,
                goods,
                List.copyOf(checked),
                contract,
                zero,
                zero,
                1);
    }

    private static String bank(String field, String msp) {
        if (!Organisations.isBank(msp)) {
            throw invalid(
                    field,
                    field
                            + " must be a bank's organisation (BankNMSP), got "
                            + (msp == null ? "nothing" : "'" + msp + "'"));
        }
        return msp;
    }

    private static BusinessException invalid(String field, String message) {
        return BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, message, "field", field);
    }
}
