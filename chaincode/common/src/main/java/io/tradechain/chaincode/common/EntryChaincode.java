package io.tradechain.chaincode.common;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The chaincode the client's signed proposal invoked: the entry point of the transaction, whatever
 * chaincodes it then calls with {@code invokeChaincode}. A chaincode that keeps records on behalf
 * of other chaincodes (the verification chaincode keeps every product's uses of a document) uses it
 * to accept a change only from a transaction that entered through the product owning the record: a
 * client calling the keeper directly names the keeper in its proposal, so it cannot pose as the
 * product. The proposal is signed by the client and the same on every endorsing peer, so the answer
 * is deterministic.
 */
public final class EntryChaincode {
    private EntryChaincode() {}

    /** The name of the chaincode the proposal invoked. */
    public static String of(ChaincodeStub stub) {
        SignedProposal signed = stub.getSignedProposal();
        if (signed == null) {
            throw new IllegalStateException(
                    "the transaction carries no signed proposal; its entry chaincode is unknown");
        }
        try {
            Proposal proposal = Proposal.parseFrom(signed.getProposalBytes());
            ChaincodeProposalPayload payload =
                    ChaincodeProposalPayload.parseFrom(proposal.getPayload());
            ChaincodeInvocationSpec spec = ChaincodeInvocationSpec.parseFrom(payload.getInput());
            return spec.getChaincodeSpec().getChaincodeId().getName();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("the signed proposal cannot be read", e);
        }
    }
}
