package io.tradechain.verification;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.ChaincodeNames;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.DocumentUses;
import io.tradechain.chaincode.common.EntryChaincode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The products that back and finance documents through this chaincode, and the chaincodes a
 * transaction may enter through to change a product's uses: the product itself, and for L/Cs also
 * the forfaiting chaincode, which drives claim transfers of the L/C chaincode. A client calling
 * this chaincode directly is refused: only the product's own rules (who may issue, cancel, present,
 * refuse, negotiate) may create or give back its uses.
 */
final class UseProducts {
    private static final Map<String, Set<String>> ENTRY_POINTS =
            Map.of(
                    DocumentUses.RECEIVABLES, Set.of(DocumentUses.RECEIVABLES),
                    DocumentUses.LETTER_OF_CREDIT,
                            Set.of(DocumentUses.LETTER_OF_CREDIT, ChaincodeNames.FORFAITING));

    /** A product's public reference: a root id, {@code <lcId>:<n>}. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,159}");

    private UseProducts() {}

    /** The product, checked against the chaincode the transaction entered through. */
    static String require(ChaincodeStub stub, String product) {
        Set<String> entries = product == null ? null : ENTRY_POINTS.get(product);
        if (entries == null) {
            throw BusinessException.of(
                    CommonErrorCode.INVALID_ARGUMENT,
                    "product must be one of " + ENTRY_POINTS.keySet().stream().sorted().toList(),
                    "field",
                    "product");
        }
        String entry = EntryChaincode.of(stub);
        if (!entries.contains(entry)) {
            throw BusinessException.of(
                    VerificationErrorCode.PRODUCT_CALL_REQUIRED,
                    "uses of product "
                            + product
                            + " change only through the "
                            + product
                            + " chaincode's own functions, not from a transaction "
                            + "of "
                            + entry,
                    "product",
                    product);
        }
        return product;
    }

    static String reference(String value) {
        return Args.matches(
                "reference",
                value,
                REFERENCE,
                "1 to 160 letters, digits or . _ : - starting with a letter or digit");
    }

    /**
     * The financing reference of a product's lock: unique per product use, apart from banks' own
     * references.
     */
    static String financingRef(String product, String reference) {
        return product + "/" + reference;
    }
}
