package io.tradechain.gateway.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.tradechain.chaincode.common.ErrorKind;
import io.tradechain.gateway.error.HttpStatusOf;
import io.tradechain.gateway.ledger.LedgerException;
import io.tradechain.gateway.ledger.LedgerException.Category;
import java.util.List;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failures of the network, as a Fabric 2.5 peer words them (seen on the network of
 * scripts/network.sh or taken from the peer's messages), are 503 LEDGER_UNAVAILABLE under every
 * gRPC status the peer's gateway wraps them in; a chaincode's own refusal keeps its code whatever
 * else is said; an unexplained chaincode error stays a 502.
 */
class FabricErrorsTest {
    static List<String> networkFailures() {
        return List.of(
                "chaincode stream terminated",
                "error sending: rpc error: code = Unavailable desc = transport is closing",
                "timeout expired while executing transaction",
                "timeout expired while starting chaincode receivables_1.0_ab12:0f for transaction 1234",
                "could not launch chaincode parties_1.0_none:9f: connection refused",
                "failed to execute transaction 0a1b: could not launch chaincode x: chaincode registration failed",
                "failed to distribute private collection, txID 0a1b, channel tradechain: could not build private data"
                        + " dissemination plan for chaincode supervision and collection supervisionAlerts: "
                        + "required to disseminate to at least 1 peers, but know of only 0 eligible peers",
                "rpc error: code = DeadlineExceeded desc = context deadline exceeded");
    }

    static List<Status> wrappers() {
        return List.of(
                Status.ABORTED,
                Status.UNKNOWN,
                Status.FAILED_PRECONDITION,
                Status.INTERNAL,
                Status.UNAVAILABLE);
    }

    static List<Object[]> networkFailuresUnderEveryStatus() {
        return networkFailures().stream()
                .flatMap(m -> wrappers().stream().map(s -> new Object[] {m, s}))
                .toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("networkFailuresUnderEveryStatus")
    void aFailureOfTheNetworkIsA503TheClientMayRetry(String message, Status status) {
        GatewayException e =
                new GatewayException(
                        new StatusRuntimeException(
                                status.withDescription(
                                        "failed to endorse transaction, see attached details for more info")));
        LedgerException viaDetails =
                FabricErrors.fromMessages(
                        List.of(
                                ErrorDetail.newBuilder()
                                        .setAddress("127.0.0.1:7051")
                                        .setMspId("Bank1MSP")
                                        .setMessage(message)
                                        .build()),
                        e.getMessage(),
                        "tx-1");
        assertThat(viaDetails.category()).as(message).isEqualTo(Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(viaDetails)).as(message).isEqualTo(503);
        assertThat(viaDetails.code()).isEqualTo("LEDGER_UNAVAILABLE");
        LedgerException viaStatus =
                FabricErrors.from(
                        new GatewayException(
                                new StatusRuntimeException(status.withDescription(message))),
                        "tx-2");
        assertThat(viaStatus.category()).as(message).isEqualTo(Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(viaStatus)).as(message).isEqualTo(503);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networkFailures")
    void aRefusalOfTheChaincodeKeepsItsCodeBesideANetworkFailureOfAnotherPeer(String message) {
        LedgerException mapped =
                FabricErrors.fromMessages(
                        List.of(
                                ErrorDetail.newBuilder().setMessage(message).build(),
                                ErrorDetail.newBuilder()
                                        .setMessage(
                                                "chaincode response 500, [CONFLICT/PIECE_NOT_LIVE] piece p1 is "
                                                        + "SPENT")
                                        .build()),
                        "x",
                        "tx-3");
        assertThat(mapped.code()).isEqualTo("PIECE_NOT_LIVE");
        assertThat(mapped.category()).isEqualTo(Category.REFUSED);
        assertThat(mapped.kind()).contains(ErrorKind.CONFLICT);
        assertThat(HttpStatusOf.ledger(mapped)).isEqualTo(409);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappers")
    void aChaincodeErrorWithoutOurCodeAndWithoutANetworkCauseStaysA502(Status status) {
        LedgerException mapped =
                FabricErrors.from(
                        new GatewayException(
                                new StatusRuntimeException(
                                        status.withDescription(
                                                "chaincode response 500, NullPointerException at Parties.java:42"))),
                        "tx-4");
        assertThat(mapped.category()).isIn(Category.CHAINCODE_FAILURE, Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(mapped)).isNotEqualTo(400).isIn(502, 503);
        if (status != Status.UNAVAILABLE) {
            assertThat(mapped.code()).isEqualTo("CHAINCODE_FAILURE");
        }
    }

    /**
     * A failure to hand an endorsed transaction to the orderer is never a chaincode failure (which
     * the one retry layer endorses again): it is unavailable, or the refusal it carries.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappers")
    void aFailureToSubmitToTheOrdererIsUnavailableNeverAChaincodeFailure(Status status) {
        LedgerException mapped =
                FabricErrors.fromSubmit(
                        new GatewayException(
                                new StatusRuntimeException(
                                        status.withDescription(
                                                "received unsuccessful response from orderer: status=SERVICE_UNAVAILABLE"))),
                        "tx-5");
        assertThat(mapped.category()).isEqualTo(Category.UNAVAILABLE);
        assertThat(HttpStatusOf.ledger(mapped)).isEqualTo(503);
        LedgerException refusal =
                FabricErrors.fromSubmit(
                        new GatewayException(
                                new StatusRuntimeException(
                                        status.withDescription(
                                                "chaincode response 500, [CONFLICT/PIECE_NOT_LIVE] piece p1 is SPENT"))),
                        "tx-6");
        assertThat(refusal.category()).isEqualTo(Category.REFUSED);
        assertThat(refusal.code()).isEqualTo("PIECE_NOT_LIVE");
    }
}
