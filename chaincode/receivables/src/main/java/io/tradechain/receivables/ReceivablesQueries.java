package io.tradechain.receivables;

import io.tradechain.chaincode.common.Args;
import io.tradechain.chaincode.common.BusinessException;
import io.tradechain.chaincode.common.Caller;
import io.tradechain.chaincode.common.CommonErrorCode;
import io.tradechain.chaincode.common.Organisations;
import io.tradechain.chaincode.common.Page;
import io.tradechain.chaincode.common.PageRequest;
import io.tradechain.chaincode.common.PartyDirectory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Reads: a line, a certificate, a piece, a trace, a party's holdings. */
final class ReceivablesQueries {
    private final ReceivablesState state;
    private final PartyDirectory parties;

    ReceivablesQueries(ReceivablesState state, PartyDirectory parties) {
        this.state = state;
        this.parties = parties;
    }

    CreditLine line(Caller caller, String lineId) {
        CreditLine line = state.line(Args.text("lineId", lineId, 128));
        if (!Organisations.isReadOnly(caller.mspId())
                && !caller.mspId().equals(line.funderMsp())
                && !parties.callerParty().creditCode().equals(line.debtorCode())) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "line "
                            + lineId
                            + " is visible to its bank, "
                            + "its enterprise and the regulator",
                    "lineId",
                    lineId);
        }
        return line;
    }

    RootCertificate root(Caller caller, String rootId) {
        RootCertificate root = state.root(Args.text("rootId", rootId, 128));
        ReceivablesAccess.requireReader(caller, root, root.firstHolderCode(), parties);
        return root;
    }

    /**
     * Every hop from the root down to the piece, root first: for each holder on the path the piece
     * through which it received the value (and the traced piece itself). Visible to the piece's
     * holder and the root's readers.
     */
    Trace trace(Caller caller, String pieceId) {
        Piece piece = state.piece(Args.text("pieceId", pieceId, 200));
        RootCertificate root = state.root(piece.rootId());
        ReceivablesAccess.requireReader(caller, root, piece.holderCode(), parties);
        Deque<Piece> hops = new ArrayDeque<>();
        hops.addFirst(piece);
        Piece entry = entryOf(piece);
        if (entry != piece) {
            hops.addFirst(entry);
        }
        while (entry.parentId() != null) {
            entry = entryOf(state.piece(entry.parentId()));
            hops.addFirst(entry);
        }
        return new Trace(root, List.copyOf(hops));
    }

    private Piece entryOf(Piece piece) {
        return piece.entryId() == null || piece.entryId().equals(piece.pieceId())
                ? piece
                : state.piece(piece.entryId());
    }

    /** Every piece of a root, a page at a time (for its tree): the certificate's readers. */
    Page<Piece> pieces(Caller caller, String rootId, PageRequest page) {
        RootCertificate root = root(caller, rootId);
        return state.piecesOf(root.rootId(), page);
    }

    /** A party's live pieces; the party itself and the regulator. */
    Page<Piece> holdings(Caller caller, String holderCode, PageRequest page) {
        String code = Args.creditCode("holderCode", holderCode);
        if (!Organisations.isReadOnly(caller.mspId())
                && !parties.callerParty().creditCode().equals(code)) {
            throw BusinessException.of(
                    CommonErrorCode.ACCESS_DENIED,
                    "a party's holdings are visible to the party " + "and the regulator",
                    "holderCode",
                    code);
        }
        return state.holdings(code, page);
    }
}
