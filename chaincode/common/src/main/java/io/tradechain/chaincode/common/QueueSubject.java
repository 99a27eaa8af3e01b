package io.tradechain.chaincode.common;

import java.util.function.Supplier;

/**
 * Whose work queue a caller may read. A queue belongs to one bank (its MSP id) or one party (its
 * credit code); the caller's real identity decides: a bank reads its own organisation's queues, a
 * party (through the identity the party registry binds to it) its own, the regulator any one.
 * Naming none (the empty subject) means the caller's own queue, and for the regulator every owner's
 * queue at once. Nobody reads another owner's queue.
 */
public final class QueueSubject {
    private QueueSubject() {}

    /**
     * The bank whose queue is read: {@code bankMsp}; when empty, the caller's own bank, or {@code
     * ""} (every bank) for the regulator.
     *
     * @throws BusinessException {@code INVALID_ARGUMENT} for a name that is not a bank's MSP id,
     *     {@code ACCESS_DENIED} for a caller that is neither that bank nor the regulator
     */
    public static String bank(Caller caller, String bankMsp) {
        String msp = bankMsp == null ? "" : bankMsp;
        if (!msp.isEmpty() && !Organisations.isBank(msp)) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "bankMsp must be a bank's MSP id such as "
                            + Organisations.BANK1_MSP
                            + ", or empty",
                    "field",
                    "bankMsp");
        }
        if (Organisations.isReadOnly(caller.mspId())) {
            return msp;
        }
        if (msp.isEmpty() && Organisations.isBank(caller.mspId())) {
            return caller.mspId();
        }
        if (msp.equals(caller.mspId())) {
            return msp;
        }
        throw BusinessException.of(
                CommonErrorCode.ACCESS_DENIED,
                msp.isEmpty()
                        ? "bank queues are read by the banks and the regulator; "
                                + caller.mspId()
                                + " is neither"
                        : "a bank's queue is read by that bank and the regulator; "
                                + caller.mspId()
                                + " may not read "
                                + msp
                                + "'s",
                "mspId",
                caller.mspId());
    }

    /**
     * The party whose queue is read: {@code creditCode}; when empty, the party the caller acts for,
     * or {@code ""} (every party) for the regulator.
     *
     * @param callerParty the credit code of the party the caller acts for (asked only when needed)
     * @throws BusinessException {@code INVALID_CREDIT_CODE} for a malformed code, {@code
     *     ACCESS_DENIED} for a caller that neither acts for that party nor is the regulator
     */
    public static String party(Caller caller, String creditCode, Supplier<String> callerParty) {
        String code =
                creditCode == null || creditCode.isEmpty()
                        ? ""
                        : Args.creditCode("creditCode", creditCode);
        if (Organisations.isReadOnly(caller.mspId())) {
            return code;
        }
        String own = callerParty.get();
        if (code.isEmpty() || code.equals(own)) {
            return own;
        }
        throw BusinessException.of(
                CommonErrorCode.ACCESS_DENIED,
                "a party's queue is read by that party and the " + "regulator",
                "creditCode",
                code);
    }
}
