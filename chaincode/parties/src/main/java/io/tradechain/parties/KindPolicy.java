package io.tradechain.parties;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Organisations;
import java.util.regex.Pattern;

/**
 * Which organisation may hold which kind of party. Without it, an enterprise admin could register
 * its company as a {@link PartyKind#BANK} and gain bank powers in the other chaincodes.
 *
 * <p>The rule follows the network's MSP naming: enterprises live in {@code CorpMSP}, authorities in
 * {@code AuthorityMSP}, and every bank has its own {@code Bank<N>MSP} (so a bank that joins later,
 * say {@code Bank3MSP}, registers without a chaincode upgrade). The regulator is never a party.
 */
final class KindPolicy {
    private static final Pattern BANK_MSP = Pattern.compile("Bank[0-9A-Za-z]*MSP");

    private KindPolicy() {}

    /** Refuses a kind the given organisation may not register. */
    static void requireAllowed(PartyKind kind, String mspId) {
        if (kind == PartyKind.REGULATOR) {
            throw BusinessException.of(
                    PartyErrorCode.REGULATOR_NOT_REGISTRABLE,
                    "the regulator reads through its organisation "
                            + Organisations.REGULATOR_MSP
                            + " and submits nothing, so it is not registered as a party");
        }
        if (!isAllowed(kind, mspId)) {
            throw BusinessException.of(
                    PartyErrorCode.KIND_NOT_ALLOWED_FOR_ORGANISATION,
                    "organisation " + mspId + " may not register a party of kind " + kind,
                    "kind",
                    kind.name(),
                    "mspId",
                    mspId);
        }
    }

    static boolean isAllowed(PartyKind kind, String mspId) {
        return switch (kind) {
            case CORE_ENTERPRISE, SUPPLIER -> Organisations.CORP_MSP.equals(mspId);
            case BANK -> BANK_MSP.matcher(mspId).matches();
            case AUTHORITY -> Organisations.AUTHORITY_MSP.equals(mspId);
            case REGULATOR -> false;
        };
    }
}
