package io.tradechain.receivables;

import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.EntityStore;
import io.tradechain.chaincode.common.Index;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PrivateEntityStore;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Keys of the receivables chain: {@code rline} + lineId, {@code rroot} + rootId, {@code rpiece} +
 * pieceId; indexes {@code rlive} + rootId + pieceId (live pieces of a root, for settlement in
 * pages) and {@code rhold} + holderCode + pieceId (a party's live pieces), {@code rall} + rootId +
 * pieceId (every piece of a root, written once at creation, for the tree). A move touches only the
 * moved piece's keys, so moves of different pieces of one root never conflict and cost the same
 * whatever the root's size.
 *
 * <p>Work queues, written when the state they list changes: {@code rfpend} + funderMsp + requestId
 * (financing requests awaiting that bank's decision), {@code rlineby} + funderMsp + lineId (a
 * bank's lines), {@code rdebtor} + debtorCode + rootId and {@code rfunder} + funderMsp + rootId
 * (certificates by debtor and by funder bank, written at issue).
 */
final class ReceivablesState {
    private final EntityStore<CreditLine> lines;
    private final EntityStore<RootCertificate> roots;
    private final EntityStore<Piece> pieces;
    private final Index liveByRoot;
    private final Index liveByHolder;
    private final Index allByRoot;
    private final EntityStore<FinancingRequest> financings;
    private final Index pendingByFunder;
    private final Index linesByFunder;
    private final Index rootsByDebtor;
    private final Index rootsByFunder;
    private final ChaincodeStub stub;

    ReceivablesState(ChaincodeStub stub) {
        this.stub = stub;
        this.financings = new EntityStore<>(stub, "rfin", FinancingRequest.class);
        this.lines = new EntityStore<>(stub, "rline", CreditLine.class);
        this.roots = new EntityStore<>(stub, "rroot", RootCertificate.class);
        this.pieces = new EntityStore<>(stub, "rpiece", Piece.class);
        this.liveByRoot = new Index(stub, "rlive");
        this.liveByHolder = new Index(stub, "rhold");
        this.allByRoot = new Index(stub, "rall");
        this.pendingByFunder = new Index(stub, "rfpend");
        this.linesByFunder = new Index(stub, "rlineby");
        this.rootsByDebtor = new Index(stub, "rdebtor");
        this.rootsByFunder = new Index(stub, "rfunder");
    }

    Optional<CreditLine> findLine(String lineId) {
        return lines.find(lineId);
    }

    CreditLine line(String lineId) {
        return findLine(lineId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.LINE_NOT_FOUND,
                                        "no credit line " + lineId,
                                        "lineId",
                                        lineId));
    }

    void putLine(CreditLine line) {
        lines.put(line, line.lineId());
    }

    /** A new line, entered in its bank's queue. */
    void insertLine(CreditLine line) {
        putLine(line);
        linesByFunder.add(line.funderMsp(), line.lineId());
    }

    RootCertificate root(String rootId) {
        return roots.find(rootId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.ROOT_NOT_FOUND,
                                        "no certificate " + rootId,
                                        "rootId",
                                        rootId));
    }

    void putRoot(RootCertificate root) {
        roots.put(root, root.rootId());
    }

    /** A newly issued certificate, entered in its debtor's and its funder bank's queues. */
    void insertRoot(RootCertificate root) {
        putRoot(root);
        rootsByDebtor.add(root.debtorCode(), root.rootId());
        rootsByFunder.add(root.funderMsp(), root.rootId());
    }

    Piece piece(String pieceId) {
        return pieces.find(pieceId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.PIECE_NOT_FOUND,
                                        "no piece " + pieceId,
                                        "pieceId",
                                        pieceId));
    }

    /** Writes a piece and keeps the live indexes in step with its status. */
    void putPiece(Piece piece, PieceStatus before) {
        boolean wasLive = outstanding(before);
        boolean isLive = outstanding(piece.status());
        pieces.put(piece, piece.pieceId());
        if (before == null) {
            allByRoot.add(piece.rootId(), piece.pieceId());
        }
        if (wasLive && !isLive) {
            liveByRoot.remove(piece.rootId(), piece.pieceId());
            liveByHolder.remove(piece.holderCode(), piece.pieceId());
        } else if (!wasLive && isLive) {
            liveByRoot.add(piece.rootId(), piece.pieceId());
            liveByHolder.add(piece.holderCode(), piece.pieceId());
        }
    }

    /**
     * LIVE and FINANCING pieces are what the debtor owes: settlement pays them, holdings list them.
     */
    static boolean outstanding(PieceStatus status) {
        return status == PieceStatus.LIVE || status == PieceStatus.FINANCING;
    }

    Optional<FinancingRequest> findFinancing(String requestId) {
        return financings.find(requestId);
    }

    FinancingRequest financing(String requestId) {
        return findFinancing(requestId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.FINANCING_NOT_FOUND,
                                        "no financing request " + requestId,
                                        "requestId",
                                        requestId));
    }

    /**
     * Writes a financing request and keeps its bank's queue of pending requests in step with its
     * status.
     */
    void putFinancing(FinancingRequest request, FinancingStatus before) {
        financings.put(request, request.requestId());
        boolean wasPending = before == FinancingStatus.REQUESTED;
        boolean isPending = request.status() == FinancingStatus.REQUESTED;
        if (isPending && !wasPending) {
            pendingByFunder.add(request.funderMsp(), request.requestId());
        } else if (wasPending && !isPending) {
            pendingByFunder.remove(request.funderMsp(), request.requestId());
        }
    }

    /**
     * The funder's private terms, in the collection of that bank, the enterprises and the
     * regulator.
     */
    void insertTerms(String funderMsp, FinancingTerms terms) {
        terms(funderMsp).insert(terms, terms.requestId());
    }

    FinancingTerms terms(String funderMsp, String requestId) {
        return terms(funderMsp)
                .find(requestId)
                .orElseThrow(
                        () ->
                                BusinessException.of(
                                        ReceivablesErrorCode.FINANCING_NOT_FOUND,
                                        "no terms for financing " + requestId,
                                        "requestId",
                                        requestId));
    }

    /** A line's pricing, in the funder's terms collection. */
    void putPricing(String funderMsp, LinePricing pricing) {
        pricings(funderMsp).put(pricing, pricing.lineId());
    }

    java.util.Optional<LinePricing> pricing(String funderMsp, String lineId) {
        return pricings(funderMsp).find(lineId);
    }

    private PrivateEntityStore<LinePricing> pricings(String funderMsp) {
        return new PrivateEntityStore<>(
                stub, ReceivablesCollections.termsOf(funderMsp), "rpricing", LinePricing.class);
    }

    private PrivateEntityStore<FinancingTerms> terms(String funderMsp) {
        return new PrivateEntityStore<>(
                stub, ReceivablesCollections.termsOf(funderMsp), "rterms", FinancingTerms.class);
    }

    /** The first live pieces of a root, usable in a submit (its reads guard against phantoms). */
    List<String> firstLivePieces(String rootId, int limit) {
        return liveByRoot.firstN(limit, rootId);
    }

    /** Every credit line, a page at a time (the regulator's exposure views). */
    Page<CreditLine> allLines(PageRequest page) {
        return lines.list(page);
    }

    /** Every root certificate, a page at a time (the regulator's exposure views). */
    Page<RootCertificate> allRoots(PageRequest page) {
        return roots.list(page);
    }

    /** Every financing request, a page at a time (the regulator's exposure views). */
    Page<FinancingRequest> allFinancings(PageRequest page) {
        return financings.list(page);
    }

    /** A page of every piece ever created under a root, in id order; evaluate only. */
    Page<Piece> piecesOf(String rootId, PageRequest page) {
        return allByRoot.page(page, rootId).map(this::piece);
    }

    /** A page of a party's live pieces; evaluate only. */
    Page<Piece> holdings(String holderCode, PageRequest page) {
        return liveByHolder.page(page, holderCode).map(this::piece);
    }

    /**
     * Financing requests awaiting a bank's decision (every bank's for {@code ""}), oldest id first;
     * evaluate only.
     */
    Page<FinancingRequest> pendingFinancings(String funderMsp, PageRequest page) {
        return pendingByFunder.page(page, leading(funderMsp)).map(this::financing);
    }

    /** A bank's credit lines (every bank's for {@code ""}); evaluate only. */
    Page<CreditLine> linesOf(String funderMsp, PageRequest page) {
        return linesByFunder.page(page, leading(funderMsp)).map(this::line);
    }

    /** The certificates a core enterprise issued (every debtor's for {@code ""}); evaluate only. */
    Page<RootCertificate> rootsOfDebtor(String debtorCode, PageRequest page) {
        return rootsByDebtor.page(page, leading(debtorCode)).map(this::root);
    }

    /**
     * The certificates issued against a bank's lines (every bank's for {@code ""}); evaluate only.
     */
    Page<RootCertificate> rootsOfFunder(String funderMsp, PageRequest page) {
        return rootsByFunder.page(page, leading(funderMsp)).map(this::root);
    }

    private static String[] leading(String subject) {
        return subject.isEmpty() ? new String[0] : new String[] {subject};
    }
}
