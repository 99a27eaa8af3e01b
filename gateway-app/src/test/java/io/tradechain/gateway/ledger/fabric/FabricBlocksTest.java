package io.tradechain.gateway.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.gateway.error.HttpStatusOf;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerException.Category;
import io.tradechain.gateway.ledger.TransactionInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

/**
 * The Fabric adapter's reading of blocks and errors, on blocks built here the way a peer writes
 * them (envelope, payload, channel and signature headers, endorsed chaincode action with its event,
 * the validation filter in the block metadata). Runs without a network; the adapter's calls to a
 * peer are covered by the network tests (issue 7).
 */
class FabricBlocksTest {

    @Test
    void aBlockIsReadIntoTransactionsAndTheEventsOfValidOnes() {
        Block block =
                block(
                        7,
                        List.of(
                                endorsed(
                                        "tx-a",
                                        "letterofcredit",
                                        "Issue",
                                        List.of("lc-1"),
                                        "letterofcredit.LcIssued",
                                        "{\"a\":1}"),
                                endorsed(
                                        "tx-b",
                                        "forfaiting",
                                        "AcceptQuote",
                                        List.of("o-1", "q-2"),
                                        "forfaiting.QuoteAccepted",
                                        "{}")),
                        new byte[] {
                            (byte) TxValidationCode.VALID_VALUE,
                            (byte) TxValidationCode.MVCC_READ_CONFLICT_VALUE
                        });

        BlockInfo info = FabricBlocks.block(block);
        assertThat(info.number()).isEqualTo(7);
        assertThat(info.transactions())
                .extracting(TransactionInfo::txId)
                .containsExactly("tx-a", "tx-b");
        TransactionInfo first = info.transactions().get(0);
        assertThat(first.chaincode()).isEqualTo("letterofcredit");
        assertThat(first.function()).isEqualTo("Issue");
        assertThat(first.args()).containsExactly("lc-1");
        assertThat(first.creatorMsp()).isEqualTo("Bank1MSP");
        assertThat(first.validationCode()).isEqualTo("VALID");
        assertThat(new String(first.response(), StandardCharsets.UTF_8))
                .isEqualTo("answer of tx-a");
        assertThat(info.transactions().get(1).validationCode()).isEqualTo("MVCC_READ_CONFLICT");

        List<LedgerEvent> events = FabricBlocks.events(block);
        assertThat(events).hasSize(1); // the invalidated transaction's event is not delivered
        LedgerEvent event = events.get(0);
        assertThat(event.name()).isEqualTo("letterofcredit.LcIssued");
        assertThat(event.txId()).isEqualTo("tx-a");
        assertThat(event.position()).isEqualTo(FabricBlocks.position(7, 0));
        assertThat(FabricBlocks.position(8, 0)).isGreaterThan(FabricBlocks.position(7, 1_000_000));
    }

    @Test
    void aTransactionWithoutAValidationFilterIsUnknown() {
        Block block =
                block(
                        3,
                        List.of(endorsed("tx-c", "parties", "RegisterParty", List.of(), "", "")),
                        new byte[0]);
        assertThat(FabricBlocks.validation(block, 0)).isEqualTo("UNKNOWN");
        assertThat(FabricBlocks.events(block)).isEmpty();
    }

    @Test
    void aChaincodeRefusalKeepsItsCodeAndAnUnreachablePeerIs503() {
        GatewayException refused =
                new GatewayException(
                        new StatusRuntimeException(
                                Status.ABORTED.withDescription("failed to endorse transaction")));
        LedgerException mapped =
                FabricErrors.fromMessages(
                        List.of(
                                ErrorDetail.newBuilder()
                                        .setAddress("peer0.bank2:9051")
                                        .setMspId("Bank2MSP")
                                        .setMessage("chaincode response 500, something else")
                                        .build(),
                                ErrorDetail.newBuilder()
                                        .setAddress("peer0.bank1:7051")
                                        .setMspId("Bank1MSP")
                                        .setMessage(
                                                "chaincode response 500, [CONFLICT/LC_STATE_CONFLICT] letter of credit x is "
                                                        + "ADVISED")
                                        .build()),
                        refused.getMessage(),
                        "tx-9");
        assertThat(mapped.code()).isEqualTo("LC_STATE_CONFLICT");
        assertThat(mapped.category()).isEqualTo(Category.REFUSED);
        assertThat(mapped.kind()).contains(ErrorKind.CONFLICT);
        assertThat(HttpStatusOf.ledger(mapped)).isEqualTo(409);
        assertThat(mapped.txId()).isEqualTo("tx-9");

        LedgerException unknown =
                FabricErrors.fromMessages(
                        List.of(
                                ErrorDetail.newBuilder()
                                        .setMessage("chaincode response 500, panic")
                                        .build()),
                        "x",
                        "tx-10");
        // not the client's fault: a 5xx it may retry, never a 400
        assertThat(unknown.code()).isEqualTo("CHAINCODE_FAILURE");
        assertThat(unknown.category()).isEqualTo(Category.CHAINCODE_FAILURE);
        assertThat(HttpStatusOf.ledger(unknown)).isEqualTo(502);
        assertThat(unknown.getMessage()).contains("panic");

        LedgerException down =
                FabricErrors.from(
                        new GatewayException(
                                new StatusRuntimeException(
                                        Status.UNAVAILABLE.withDescription("connection refused"))),
                        "tx-11");
        assertThat(down.category()).isEqualTo(Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(down)).isEqualTo(503);
        assertThat(down.code()).isEqualTo("LEDGER_UNAVAILABLE");
    }

    // ---- blocks as a peer writes them
    // -------------------------------------------------------------------------

    static Block block(long number, List<Envelope> envelopes, byte[] filter) {
        BlockData.Builder data = BlockData.newBuilder();
        envelopes.forEach(e -> data.addData(e.toByteString()));
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i < 5; i++) {
            metadata.addMetadata(i == 2 ? ByteString.copyFrom(filter) : ByteString.EMPTY);
        }
        return Block.newBuilder()
                .setHeader(
                        BlockHeader.newBuilder()
                                .setNumber(number)
                                .setPreviousHash(ByteString.copyFrom(new byte[] {1, 2}))
                                .setDataHash(ByteString.copyFrom(new byte[] {3, 4})))
                .setData(data)
                .setMetadata(metadata)
                .build();
    }

    static Envelope endorsed(
            String txId,
            String chaincode,
            String function,
            List<String> args,
            String eventName,
            String eventPayload) {
        ChannelHeader channelHeader =
                ChannelHeader.newBuilder()
                        .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
                        .setTxId(txId)
                        .setChannelId("tradechain")
                        .setTimestamp(Timestamp.newBuilder().setSeconds(1_780_000_000))
                        .build();
        SignatureHeader signatureHeader =
                SignatureHeader.newBuilder()
                        .setCreator(
                                SerializedIdentity.newBuilder()
                                        .setMspid("Bank1MSP")
                                        .setIdBytes(ByteString.copyFromUtf8("not a certificate"))
                                        .build()
                                        .toByteString())
                        .build();
        ChaincodeInput.Builder input =
                ChaincodeInput.newBuilder().addArgs(ByteString.copyFromUtf8(function));
        args.forEach(a -> input.addArgs(ByteString.copyFromUtf8(a)));
        ChaincodeProposalPayload proposal =
                ChaincodeProposalPayload.newBuilder()
                        .setInput(
                                ChaincodeInvocationSpec.newBuilder()
                                        .setChaincodeSpec(
                                                ChaincodeSpec.newBuilder()
                                                        .setChaincodeId(
                                                                ChaincodeID.newBuilder()
                                                                        .setName(chaincode))
                                                        .setInput(input))
                                        .build()
                                        .toByteString())
                        .build();
        ChaincodeAction action =
                ChaincodeAction.newBuilder()
                        .setResponse(
                                Response.newBuilder()
                                        .setStatus(200)
                                        .setPayload(ByteString.copyFromUtf8("answer of " + txId)))
                        .setEvents(
                                eventName.isEmpty()
                                        ? ByteString.EMPTY
                                        : ChaincodeEvent.newBuilder()
                                                .setChaincodeId(chaincode)
                                                .setTxId(txId)
                                                .setEventName(eventName)
                                                .setPayload(ByteString.copyFromUtf8(eventPayload))
                                                .build()
                                                .toByteString())
                        .build();
        ChaincodeActionPayload actionPayload =
                ChaincodeActionPayload.newBuilder()
                        .setChaincodeProposalPayload(proposal.toByteString())
                        .setAction(
                                ChaincodeEndorsedAction.newBuilder()
                                        .setProposalResponsePayload(
                                                ProposalResponsePayload.newBuilder()
                                                        .setExtension(action.toByteString())
                                                        .build()
                                                        .toByteString()))
                        .build();
        Transaction transaction =
                Transaction.newBuilder()
                        .addActions(
                                TransactionAction.newBuilder()
                                        .setPayload(actionPayload.toByteString()))
                        .build();
        Payload payload =
                Payload.newBuilder()
                        .setHeader(
                                Header.newBuilder()
                                        .setChannelHeader(channelHeader.toByteString())
                                        .setSignatureHeader(signatureHeader.toByteString()))
                        .setData(transaction.toByteString())
                        .build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }
}
