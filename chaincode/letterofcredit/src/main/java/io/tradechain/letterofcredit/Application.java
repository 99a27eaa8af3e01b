package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;
import java.util.List;

/** What the applicant sends in the transient map under {@code application}. */
public record Application(
        String issuingBankMsp,
        String advisingBankMsp,
        String beneficiaryCode,
        Money amount,
        Integer tolerancePct,
        String expiryDate,
        Integer usanceDays,
        String goodsDescription,
        List<String> documentsRequired,
        String contractRef) {}
