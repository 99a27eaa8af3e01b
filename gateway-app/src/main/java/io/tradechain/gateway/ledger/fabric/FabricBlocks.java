package io.tradechain.gateway.ledger.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.tradechain.gateway.ledger.BlockInfo;
import io.tradechain.gateway.ledger.LedgerEvent;
import io.tradechain.gateway.ledger.TransactionInfo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Reads a Fabric block into the gateway's audit view ({@link BlockInfo}, {@link TransactionInfo})
 * and its chaincode events ({@link LedgerEvent}). An event's position is {@code block number x 2^20
 * + transaction index}, so a position names a place in the chain that any gateway can resume from.
 */
final class FabricBlocks {
    /** Positions per block: more transactions than a block can hold. */
    static final long BLOCK_SPAN = 1L << 20;

    private FabricBlocks() {}

    static long position(long blockNumber, int txIndex) {
        return blockNumber * BLOCK_SPAN + txIndex;
    }

    static BlockInfo block(Block block) {
        List<TransactionInfo> transactions = new ArrayList<>();
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            transaction(block, i).ifPresent(transactions::add);
        }
        HexFormat hex = HexFormat.of();
        return new BlockInfo(
                block.getHeader().getNumber(),
                BlockHeaderHash.of(
                        block.getHeader().getNumber(),
                        block.getHeader().getPreviousHash().toByteArray(),
                        block.getHeader().getDataHash().toByteArray()),
                hex.formatHex(block.getHeader().getPreviousHash().toByteArray()),
                hex.formatHex(block.getHeader().getDataHash().toByteArray()),
                transactions);
    }

    /** The chaincode events of the block's valid transactions, in order. */
    static List<LedgerEvent> events(Block block) {
        List<LedgerEvent> events = new ArrayList<>();
        long number = block.getHeader().getNumber();
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            if (!"VALID".equals(validation(block, i))) {
                continue;
            }
            try {
                Endorsed endorsed = endorsed(block.getData().getData(i));
                if (endorsed == null) {
                    continue;
                }
                ChaincodeEvent event =
                        endorsed.action().getEvents().isEmpty()
                                ? null
                                : ChaincodeEvent.parseFrom(endorsed.action().getEvents());
                if (event != null && !event.getEventName().isEmpty()) {
                    events.add(
                            new LedgerEvent(
                                    position(number, i),
                                    number,
                                    endorsed.header().getTxId(),
                                    event.getChaincodeId(),
                                    event.getEventName(),
                                    event.getPayload().toByteArray()));
                }
            } catch (InvalidProtocolBufferException e) {
                // a transaction this reader does not understand carries no event of ours
            }
        }
        return events;
    }

    static java.util.Optional<TransactionInfo> transaction(Block block, int index) {
        try {
            Envelope envelope = Envelope.parseFrom(block.getData().getData(index));
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            SignatureHeader signature =
                    SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
            SerializedIdentity creator = SerializedIdentity.parseFrom(signature.getCreator());
            Instant at =
                    Instant.ofEpochSecond(
                            header.getTimestamp().getSeconds(), header.getTimestamp().getNanos());
            String chaincode = null;
            String function = null;
            List<String> args = new ArrayList<>();
            byte[] response = new byte[0];
            if (header.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE) {
                Transaction tx = Transaction.parseFrom(payload.getData());
                if (tx.getActionsCount() > 0) {
                    ChaincodeActionPayload action =
                            ChaincodeActionPayload.parseFrom(tx.getActions(0).getPayload());
                    ChaincodeInvocationSpec spec =
                            ChaincodeInvocationSpec.parseFrom(
                                    ChaincodeProposalPayload.parseFrom(
                                                    action.getChaincodeProposalPayload())
                                            .getInput());
                    chaincode = spec.getChaincodeSpec().getChaincodeId().getName();
                    List<ByteString> input = spec.getChaincodeSpec().getInput().getArgsList();
                    function = input.isEmpty() ? null : input.get(0).toStringUtf8();
                    for (int a = 1; a < input.size(); a++) {
                        args.add(input.get(a).toStringUtf8());
                    }
                    ChaincodeAction result =
                            ChaincodeAction.parseFrom(
                                    ProposalResponsePayload.parseFrom(
                                                    action.getAction().getProposalResponsePayload())
                                            .getExtension());
                    response = result.getResponse().getPayload().toByteArray();
                }
            }
            return java.util.Optional.of(
                    new TransactionInfo(
                            header.getTxId(),
                            block.getHeader().getNumber(),
                            validation(block, index),
                            chaincode,
                            function,
                            args,
                            creator.getMspid(),
                            commonName(creator.getIdBytes().toByteArray()),
                            at,
                            response));
        } catch (InvalidProtocolBufferException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The validation code the committing peer wrote into the block's metadata for transaction
     * {@code index}.
     */
    static String validation(Block block, int index) {
        ByteString filter =
                block.getMetadata().getMetadataCount()
                                > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                        ? block.getMetadata()
                                .getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                        : ByteString.EMPTY;
        if (index >= filter.size()) {
            return "UNKNOWN";
        }
        TxValidationCode code = TxValidationCode.forNumber(filter.byteAt(index) & 0xff);
        return code == null ? "UNKNOWN" : code.name();
    }

    private record Endorsed(ChannelHeader header, ChaincodeAction action) {}

    private static Endorsed endorsed(ByteString data) throws InvalidProtocolBufferException {
        Payload payload = Payload.parseFrom(Envelope.parseFrom(data).getPayload());
        ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
            return null;
        }
        Transaction tx = Transaction.parseFrom(payload.getData());
        if (tx.getActionsCount() == 0) {
            return null;
        }
        ChaincodeActionPayload action =
                ChaincodeActionPayload.parseFrom(tx.getActions(0).getPayload());
        return new Endorsed(
                header,
                ChaincodeAction.parseFrom(
                        ProposalResponsePayload.parseFrom(
                                        action.getAction().getProposalResponsePayload())
                                .getExtension()));
    }

    private static String commonName(byte[] pem) {
        try {
            X509Certificate certificate =
                    (X509Certificate)
                            CertificateFactory.getInstance("X.509")
                                    .generateCertificate(new ByteArrayInputStream(pem));
            String dn = certificate.getSubjectX500Principal().getName();
            for (String part : dn.split(",")) {
                if (part.startsWith("CN=")) {
                    return part.substring(3);
                }
            }
            return dn;
        } catch (java.security.cert.CertificateException e) {
            return new String(pem, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }
}
