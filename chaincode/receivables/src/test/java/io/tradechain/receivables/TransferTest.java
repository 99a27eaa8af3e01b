package io.tradechain.receivables;

import static io.tradechain.receivables.ReceivablesNetwork.A;
import static io.tradechain.receivables.ReceivablesNetwork.B;
import static io.tradechain.receivables.ReceivablesNetwork.C;
import static io.tradechain.receivables.ReceivablesNetwork.D;
import static io.tradechain.receivables.ReceivablesNetwork.UNREGISTERED;
import static io.tradechain.receivables.ReceivablesNetwork.assertOk;
import static io.tradechain.receivables.ReceivablesNetwork.assertRefused;
import static io.tradechain.receivables.ReceivablesNetwork.json;
import static io.tradechain.receivables.ReceivablesNetwork.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tradechain.ledger.Endorsement;
import io.tradechain.ledger.Invocation;
import io.tradechain.ledger.TxResult;
import io.tradechain.ledger.ValidationCode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Scenarios 2 and 5 of docs/domain.md: split and transfer to any depth, trace, conservation and
 * spend-once.
 */
class TransferTest {
    private final ReceivablesNetwork net = new ReceivablesNetwork();
    private final String rootId;

    TransferTest() {
        net.grantLine(100_000_000);
        rootId = net.liveRoot(1_000_000);
    }

    private long held(String party, io.tradechain.ledger.Identity who) {
        JsonNode page = json(assertOk(net.evaluate(who, "ListHoldings", party, "200", "")));
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .mapToLong(p -> p.get("amount").get("minorUnits").asLong())
                .sum();
    }

    @Test
    void scenario2SplitTransferToThreeTiersAndTraceTheLastPiece() {
        JsonNode toB = json(assertOk(net.transfer(net.a, rootId, B, 300_000)));
        assertThat(toB.get("spent").get("status").asText()).isEqualTo("SPENT");
        assertThat(toB.get("remainder").get("amount").get("minorUnits").asLong())
                .isEqualTo(700_000);
        String bPiece = toB.get("transferred").get("pieceId").asText();
        String aRest = toB.get("remainder").get("pieceId").asText();

        assertOk(net.transfer(net.a, aRest, C, 200_000));
        JsonNode toD = json(assertOk(net.transfer(net.b, bPiece, D, 300_000)));
        assertThat(toD.has("remainder")).isFalse();
        String dPiece = toD.get("transferred").get("pieceId").asText();

        JsonNode trace = json(assertOk(net.evaluate(net.d, "TracePiece", dPiece)));
        assertThat(trace.get("root").get("invoiceDocumentId").asText())
                .isEqualTo(net.defaultInvoiceId);
        assertThat(trace.get("root").get("contractRef").asText()).isEqualTo("PO-2026-0117");
        assertThat(trace.get("hops"))
                .extracting(h -> h.get("holderCode").asText())
                .containsExactly(A, B, D);
        assertThat(trace.get("hops"))
                .extracting(h -> h.get("depth").asInt())
                .containsExactly(0, 1, 2);

        JsonNode tree = json(assertOk(net.evaluate(net.core, "ListPieces", rootId, "200", "")));
        assertThat(tree.get("items")).hasSize(6);
        assertThat(tree.get("items"))
                .filteredOn(p -> p.get("status").asText().equals("LIVE"))
                .extracting(p -> p.get("amount").get("minorUnits").asLong())
                .containsExactlyInAnyOrder(500_000L, 200_000L, 300_000L);
        assertRefused(net.evaluate(net.c, "ListPieces", rootId, "", ""), "ACCESS_DENIED");

        assertThat(held(A, net.a)).isEqualTo(500_000);
        assertThat(held(B, net.b)).isZero();
        assertThat(held(C, net.c)).isEqualTo(200_000);
        assertThat(held(D, net.d)).isEqualTo(300_000);
        assertThat(
                        held(A, net.regulator)
                                + held(B, net.regulator)
                                + held(C, net.regulator)
                                + held(D, net.regulator))
                .as("value conserved")
                .isEqualTo(1_000_000);
    }

    @Test
    void aTraceShowsChangesOfHolderNotEverySplit() {
        String aPiece = rootId;
        String bPiece = null;
        for (int i = 0; i < 20; i++) {
            JsonNode split = json(assertOk(net.transfer(net.a, aPiece, B, 1_000)));
            aPiece = split.get("remainder").get("pieceId").asText();
            bPiece = split.get("transferred").get("pieceId").asText();
        }
        JsonNode toB = json(assertOk(net.evaluate(net.b, "TracePiece", bPiece))).get("hops");
        assertThat(toB).extracting(h -> h.get("pieceId").asText()).containsExactly(rootId, bPiece);
        JsonNode ofRemainder =
                json(assertOk(net.evaluate(net.a, "TracePiece", aPiece))).get("hops");
        assertThat(ofRemainder)
                .extracting(h -> h.get("pieceId").asText())
                .containsExactly(rootId, aPiece);
        assertThat(ofRemainder.get(1).get("depth").asInt()).isZero();
        String dPiece =
                json(assertOk(net.transfer(net.b, bPiece, D, 1_000)))
                        .get("transferred")
                        .get("pieceId")
                        .asText();
        assertThat(json(assertOk(net.evaluate(net.d, "TracePiece", dPiece))).get("hops"))
                .extracting(h -> h.get("holderCode").asText())
                .containsExactly(A, B, D);
    }

    @Test
    void scenario5TwoConcurrentTransfersOfOnePieceExactlyOneSucceeds() {
        Endorsement toB =
                net.ledger.endorse(
                        Invocation.of(
                                net.a, "receivables", "TransferPiece", rootId, B, money(600_000)));
        Endorsement toC =
                net.ledger.endorse(
                        Invocation.of(
                                net.a, "receivables", "TransferPiece", rootId, C, money(600_000)));
        assertThat(toB.isSuccess()).isTrue();
        assertThat(toC.isSuccess()).isTrue();

        List<TxResult> results = net.ledger.commit(toB, toC);

        assertThat(results)
                .extracting(TxResult::validationCode)
                .containsExactly(ValidationCode.VALID, ValidationCode.MVCC_READ_CONFLICT);
        assertThat(held(B, net.b)).isEqualTo(600_000);
        assertThat(held(C, net.c)).isZero();
        assertRefused(net.transfer(net.a, rootId, C, 600_000), "PIECE_NOT_LIVE");
    }

    @Test
    void movesOfDifferentPiecesOfOneRootDoNotConflict() {
        JsonNode split = json(assertOk(net.transfer(net.a, rootId, B, 400_000)));
        String bPiece = split.get("transferred").get("pieceId").asText();
        String aPiece = split.get("remainder").get("pieceId").asText();
        Endorsement fromB =
                net.ledger.endorse(
                        Invocation.of(
                                net.b, "receivables", "TransferPiece", bPiece, D, money(100_000)));
        Endorsement fromA =
                net.ledger.endorse(
                        Invocation.of(
                                net.a, "receivables", "TransferPiece", aPiece, C, money(100_000)));
        assertThat(net.ledger.commit(fromB, fromA))
                .extracting(TxResult::validationCode)
                .containsOnly(ValidationCode.VALID);
    }

    @Test
    void onlyTheHolderMovesALivePieceWithinItsAmountToAnotherRegisteredParty() {
        assertRefused(net.transfer(net.b, rootId, C, 1_000), "NOT_THE_HOLDER");
        assertRefused(net.transfer(net.core, rootId, C, 1_000), "NOT_THE_HOLDER");
        assertRefused(
                net.submit(net.regulator, "TransferPiece", rootId, C, money(1_000)),
                "READ_ONLY_ORGANISATION");
        assertRefused(net.transfer(net.a, rootId, C, 1_000_001), "AMOUNT_EXCEEDS_PIECE");
        assertRefused(net.transfer(net.a, rootId, A, 1_000), "SELF_TRANSFER");
        assertRefused(net.transfer(net.a, rootId, UNREGISTERED, 1_000), "PARTY_NOT_FOUND");
        assertRefused(net.transfer(net.a, rootId, C, 0), "INVALID_ARGUMENT");
        assertRefused(
                net.submit(net.a, "TransferPiece", rootId, C, money("USD", 5)),
                "CURRENCY_MISMATCH");
        assertRefused(net.transfer(net.a, "nope", C, 5), "PIECE_NOT_FOUND");
        assertThat(held(A, net.a)).isEqualTo(1_000_000);
    }

    @Test
    void aPendingCertificateAndAMaturedOneDoNotMove() {
        String pending = json(assertOk(net.issue(A, 5_000, "2026-09-01"))).get("rootId").asText();
        assertRefused(net.transfer(net.a, pending, B, 1_000), "PIECE_NOT_LIVE");
        net.advanceTo("2026-09-01");
        assertRefused(net.transfer(net.a, rootId, B, 1_000), "PIECE_MATURED");
    }

    @Test
    void aTraceIsForTheHolderTheDebtorTheFunderAndTheRegulator() {
        String bPiece =
                json(assertOk(net.transfer(net.a, rootId, B, 1_000)))
                        .get("transferred")
                        .get("pieceId")
                        .asText();
        assertOk(net.evaluate(net.b, "TracePiece", bPiece));
        assertOk(net.evaluate(net.core, "TracePiece", bPiece));
        assertOk(net.evaluate(net.bank1, "TracePiece", bPiece));
        assertOk(net.evaluate(net.regulator, "TracePiece", bPiece));
        assertRefused(net.evaluate(net.c, "TracePiece", bPiece), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.bank2, "TracePiece", bPiece), "ACCESS_DENIED");
        assertRefused(net.evaluate(net.c, "ListHoldings", B, "", ""), "ACCESS_DENIED");
    }
}
