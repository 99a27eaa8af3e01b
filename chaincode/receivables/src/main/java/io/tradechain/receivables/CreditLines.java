package io.tradechain.receivables;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CanonicalJson;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Money;
import io.tradechain.chaincode.common.PartyDirectory;
import io.tradechain.chaincode.common.PartyRef;
import java.time.LocalDate;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** A funder bank grants, adjusts, freezes and unfreezes a core enterprise's credit line. */
final class CreditLines {
    /** The longest tenor a line may have. */
    static final int MAX_TENOR_YEARS = 5;

    private final ChaincodeStub stub;
    private final ReceivablesState state;
    private final PartyDirectory parties;

    CreditLines(ChaincodeStub stub, ReceivablesState state, PartyDirectory parties) {
        this.stub = stub;
        this.state = state;
        this.parties = parties;
    }

    CreditLine grant(Caller caller, String debtorCode, String limitJson, String expiresOn) {
        parties.prefetch(debtorCode);
        ReceivablesAccess.requireBankWriter(caller, "grant a credit line");
        String code = Args.creditCode("debtorCode", debtorCode);
        PartyRef debtor =
                parties.find(code)
                        .orElseThrow(
                                () ->
                                        BusinessException.of(
                                                ReceivablesErrorCode.PARTY_NOT_FOUND,
                                                "no party " + code + " in the registry",
                                                "debtorCode",
                                                code));
        if (!"CORE_ENTERPRISE".equals(debtor.kind())) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    debtor.name()
                            + " is a "
                            + debtor.kind()
                            + "; credit lines are for core enterprises",
                    "field",
                    "debtorCode");
        }
        Money limit =
                CanonicalJson.parseArgument("limit", limitJson, Money.class)
                        .requirePositive("limit");
        LocalDate today = Dates.today(stub);
        LocalDate expiry = LocalDate.parse(Args.isoDate("expiresOn", expiresOn));
        if (!expiry.isAfter(today) || expiry.isAfter(today.plusYears(MAX_TENOR_YEARS))) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "expiresOn "
                            + expiry
                            + " must be after "
                            + today
                            + " and at most "
                            + MAX_TENOR_YEARS
                            + " years ahead",
                    "field",
                    "expiresOn");
        }
        String lineId = CreditLine.idOf(caller.mspId(), code);
        if (state.findLine(lineId).isPresent()) {
            throw BusinessException.of(
                    ReceivablesErrorCode.LINE_ALREADY_EXISTS,
                    caller.mspId() + " already granted " + code + " a line; adjust it instead",
                    "lineId",
                    lineId);
        }
        String at = Dates.now(stub);
        CreditLine line =
                new CreditLine(
                        lineId,
                        caller.mspId(),
                        code,
                        limit,
                        Money.zero(limit.currency()),
                        LineStatus.ACTIVE,
                        expiry.toString(),
                        at,
                        at,
                        stub.getTxId());
        state.insertLine(line);
        LinePricings pricings = new LinePricings(stub, state, parties);
        pricings.sent().ifPresent(input -> pricings.record(caller, line, input));
        ReceivablesEvents.line(stub, "CreditLineGranted", line);
        return line;
    }

    CreditLine adjust(Caller caller, String lineId, String limitJson) {
        CreditLine line = state.line(lineId);
        ReceivablesAccess.requireFunder(caller, line, "adjust it");
        Money limit =
                CanonicalJson.parseArgument("limit", limitJson, Money.class)
                        .requirePositive("limit");
        if (!limit.currency().equals(line.limit().currency())) {
            throw BusinessException.of(
                    CommonErrorCode.CURRENCY_MISMATCH,
                    "the line is in " + line.limit().currency(),
                    "field",
                    "limit");
        }
        if (line.used().greaterThan(limit)) {
            throw BusinessException.of(
                    ReceivablesErrorCode.CREDIT_LINE_EXCEEDED,
                    "a limit of "
                            + limit.toDecimalString()
                            + " is below the "
                            + line.used().toDecimalString()
                            + " outstanding on the line",
                    "lineId",
                    lineId,
                    "used",
                    line.used().minorUnitsText(),
                    "currency",
                    line.used().currency());
        }
        CreditLine adjusted = line.withLimit(limit, Dates.now(stub), stub.getTxId());
        state.putLine(adjusted);
        ReceivablesEvents.line(stub, "CreditLineAdjusted", adjusted);
        return adjusted;
    }

    CreditLine setStatus(Caller caller, String lineId, LineStatus status) {
        CreditLine line = state.line(lineId);
        ReceivablesAccess.requireFunder(
                caller, line, status == LineStatus.FROZEN ? "freeze it" : "unfreeze it");
        if (line.status() == status) {
            throw BusinessException.of(
                    CommonErrorCode.STATE_CONFLICT,
                    "line " + lineId + " is " + status + " already",
                    "lineId",
                    lineId);
        }
        CreditLine changed = line.withStatus(status, Dates.now(stub), stub.getTxId());
        state.putLine(changed);
        ReceivablesEvents.line(
                stub,
                status == LineStatus.FROZEN ? "CreditLineFrozen" : "CreditLineUnfrozen",
                changed);
        return changed;
    }
}
