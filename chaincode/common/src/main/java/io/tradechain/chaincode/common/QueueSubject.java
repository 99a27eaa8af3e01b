package io.tradechain.chaincode.common;

import java.util.function.Supplier;

/**
 * Whose work queue a caller may read. A queue belongs to one bank (its MSP id) or one party (its credit code); the
 * caller's real identity decides: a bank reads its own organisation's queues, a party (through the identity the party
 * registry binds to it) its own, the regulator any one, or, naming none, every one (the empty subject). Nobody else.
 */
public final class QueueSubject {
    private QueueSubject() {
    }

    /**
     * The bank whose queue is read: {@code bankMsp} itself, or {@code ""} for every bank (the regulator only).
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} for a name that is not a bank's MSP id,
     *                           {@code ACCESS_DENIED} for a caller that is neither that bank nor the regulator
     */
    public static String bank(Caller caller, String bankMsp) {
        String msp = bankMsp == null ? "" : bankMsp;
        if (!msp.isEmpty() && !Organisations.isBank(msp)) {
            throw BusinessException.of(CommonErrorCode.INVALID_ARGUMENT, "bankMsp must be a bank's MSP id such as "
                    + Organisations.BANK1_MSP + ", or empty", "field", "bankMsp");
        }
        if (Organisations.isReadOnly(caller.mspId()) || !msp.isEmpty() && msp.equals(caller.mspId())) {
            return msp;
        }
        throw BusinessException.of(CommonErrorCode.ACCESS_DENIED, msp.isEmpty()
                ? "only the regulator lists every bank's queue; name your own bank"
                : "a bank's queue is read by that bank and the regulator; " + caller.mspId() + " may not read "
                        + msp + "'s", "mspId", caller.mspId());
    }

    /**
     * The party whose queue is read: {@code creditCode} itself, or {@code ""} for every party (the regulator only).
     *
     * @param callerParty the credit code of the party the caller acts for (asked only when needed)
     * @throws BusinessException {@code INVALID_CREDIT_CODE} for a malformed code, {@code ACCESS_DENIED} for a caller
     *                           that neither acts for that party nor is the regulator
     */
    public static String party(Caller caller, String creditCode, Supplier<String> callerParty) {
        String code = creditCode == null || creditCode.isEmpty() ? "" : Args.creditCode("creditCode", creditCode);
        if (Organisations.isReadOnly(caller.mspId())) {
            return code;
        }
        if (!code.isEmpty() && code.equals(callerParty.get())) {
            return code;
        }
        throw BusinessException.of(CommonErrorCode.ACCESS_DENIED, code.isEmpty()
                ? "only the regulator lists every party's queue; name your own party"
                : "a party's queue is read by that party and the regulator", "creditCode", code);
    }
}
