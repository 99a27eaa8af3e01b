package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;

/**
 * The claim of one presentation as the forfaiting chaincode and the banks see it: how much, when
 * due, who holds it and whether a transfer is pending.
 */
public record Claim(
        String lcId,
        int number,
        PresentationStatus status,
        Money amount,
        String maturityDate,
        String claimHolder,
        boolean negotiated,
        String pendingTransferTo,
        String transferRef,
        String paidTo,
        String issuingBankMsp,
        String applicantCode,
        String beneficiaryCode) {}
