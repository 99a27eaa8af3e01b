package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.Money;
import java.util.List;

/** The private part of a presentation: amount, documents, discrepancies, the negotiation price. */
public record PresentationDetails(
        String lcId,
        int number,
        Money amount,
        List<DocumentRef> documents,
        List<String> discrepancies,
        boolean waived,
        Money negotiationPrice) {

    PresentationDetails examined(List<String> found) {
        return new PresentationDetails(
                lcId, number, amount, documents, List.copyOf(found), waived, negotiationPrice);
    }

    PresentationDetails waivedNow() {
        return new PresentationDetails(
                lcId, number, amount, documents, discrepancies, true, negotiationPrice);
    }

    PresentationDetails negotiatedAt(Money price) {
        return new PresentationDetails(
                lcId, number, amount, documents, discrepancies, waived, price);
    }
}
