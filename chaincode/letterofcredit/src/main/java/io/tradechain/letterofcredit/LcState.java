package io.tradechain.letterofcredit;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PrivateEntityStore;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Keys: public {@code lc} + lcId, {@code lcpres} + lcId + n (6 digits), {@code lcstep} + lcId + seq
 * (8 digits), index {@code lcby} + participant (bank MSP id or party credit code) + lcId; private
 * (collection {@code lcPrivate}) {@code lcterms} + lcId, {@code lcamend} + lcId + n, {@code
 * lcpresdet} + lcId + n.
 */
final class LcState {
    private final EntityStore<LetterOfCredit> lcs;
    private final EntityStore<Presentation> presentations;
    private final EntityStore<Step> steps;
    private final Index byParticipant;
    private final PrivateEntityStore<LcTerms> terms;
    private final PrivateEntityStore<Amendment> amendments;
    private final PrivateEntityStore<PresentationDetails> details;

    LcState(ChaincodeStub stub) {
        this.lcs = new EntityStore<>(stub, "lc", LetterOfCredit.class);
        this.presentations = new EntityStore<>(stub, "lcpres", Presentation.class);
        this.steps = new EntityStore<>(stub, "lcstep", Step.class);
        this.byParticipant = new Index(stub, "lcby");
        this.terms =
                new PrivateEntityStore<>(stub, LcCollections.PRIVATE, "lcterms", LcTerms.class);
        this.amendments =
                new PrivateEntityStore<>(stub, LcCollections.PRIVATE, "lcamend", Amendment.class);
        this.details =
                new PrivateEntityStore<>(
                        stub, LcCollections.PRIVATE, "lcpresdet", PresentationDetails.class);
    }

    LetterOfCredit lc(String lcId) {
        return lcs.find(lcId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        LcErrorCode.LC_NOT_FOUND,
                                        "no letter of credit " + lcId,
                                        "lcId",
                                        lcId));
    }

    void putLc(LetterOfCredit lc) {
        lcs.put(lc, lc.lcId());
    }

    LcTerms terms(String lcId) {
        return terms.find(lcId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        LcErrorCode.LC_NOT_FOUND,
                                        "no terms for "
                                                + "letter of credit "
                                                + lcId
                                                + " on this peer",
                                        "lcId",
                                        lcId));
    }

    void putTerms(LcTerms value) {
        terms.put(value, value.lcId());
    }

    void index(String participant, String lcId) {
        byParticipant.add(participant, lcId);
    }

    /** Every L/C, in id order; evaluate only. */
    Page<LetterOfCredit> allLcs(PageRequest page) {
        return lcs.list(page);
    }

    Page<LetterOfCredit> lcsOf(String participant, PageRequest page) {
        return byParticipant.page(page, participant).map(this::lc);
    }

    Presentation presentation(String lcId, int n) {
        return presentations
                .find(lcId, seq(n, 6))
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        LcErrorCode.PRESENTATION_NOT_FOUND,
                                        "letter of credit " + lcId + " has no presentation " + n,
                                        "lcId",
                                        lcId,
                                        "presentation",
                                        Integer.toString(n)));
    }

    void putPresentation(Presentation value) {
        presentations.put(value, value.lcId(), seq(value.number(), 6));
    }

    /**
     * Every presentation of an L/C, in order (an L/C has a handful; read one by one, usable in a
     * submit).
     */
    List<Presentation> presentations(LetterOfCredit lc) {
        List<Presentation> all = new ArrayList<>();
        for (int n = 1; n <= lc.presentations(); n++) {
            all.add(presentation(lc.lcId(), n));
        }
        return all;
    }

    PresentationDetails details(String lcId, int n) {
        return details.find(lcId, seq(n, 6))
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        LcErrorCode.PRESENTATION_NOT_FOUND,
                                        "no details of presentation "
                                                + n
                                                + " of "
                                                + lcId
                                                + " on this peer",
                                        "lcId",
                                        lcId));
    }

    void putDetails(PresentationDetails value) {
        details.put(value, value.lcId(), seq(value.number(), 6));
    }

    Amendment amendment(String lcId, int n) {
        return amendments
                .find(lcId, seq(n, 6))
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        LcErrorCode.AMENDMENT_NOT_FOUND,
                                        "letter of credit " + lcId + " has no amendment " + n,
                                        "lcId",
                                        lcId,
                                        "amendment",
                                        Integer.toString(n)));
    }

    void putAmendment(Amendment value) {
        amendments.put(value, value.lcId(), seq(value.number(), 6));
    }

    void putStep(String lcId, Step step) {
        steps.put(step, lcId, seq(step.seq(), 8));
    }

    /** The timeline, oldest first; evaluate only. */
    List<Step> steps(LetterOfCredit lc) {
        List<Step> all = new ArrayList<>();
        for (int s = 1; s <= lc.steps(); s++) {
            steps.find(lc.lcId(), seq(s, 8)).ifPresent(all::add);
        }
        return all;
    }

    private static String seq(int n, int digits) {
        String text = Integer.toString(n);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }
}
