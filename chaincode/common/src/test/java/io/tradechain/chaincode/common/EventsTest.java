package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.Test;

class EventsTest {
    private final AtomicReference<ChaincodeEvent> event = new AtomicReference<>();

    /** A stub that only knows its tx id and holds the event, as the shim's stub does. */
    private final ChaincodeStub stub =
            (ChaincodeStub)
                    Proxy.newProxyInstance(
                            ChaincodeStub.class.getClassLoader(),
                            new Class<?>[] {ChaincodeStub.class},
                            (proxy, method, args) ->
                                    switch (method.getName()) {
                                        case "getTxId" -> "tx-1";
                                        case "getEvent" -> event.get();
                                        case "setEvent" -> {
                                            event.set(
                                                    ChaincodeEvent.newBuilder()
                                                            .setEventName((String) args[0])
                                                            .setPayload(
                                                                    ByteString.copyFrom(
                                                                            (byte[]) args[1]))
                                                            .build());
                                            yield null;
                                        }
                                        default ->
                                                throw new UnsupportedOperationException(
                                                        method.getName());
                                    });

    @Test
    void payloadIsCanonicalWhateverTheOrderOfIds() {
        Map<String, String> ids = new HashMap<>();
        ids.put("zeta", "1");
        ids.put("alpha", "2");
        Events.emit(stub, "finance", "LoanDrawn", ids);
        assertThat(event.get().getEventName()).isEqualTo("finance.LoanDrawn");
        assertThat(event.get().getPayload().toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"audience\":[],\"domain\":\"finance\",\"ids\":{\"alpha\":\"2\",\"zeta\":\"1\"},\"txId\":\"tx-1\","
                                + "\"type\":\"LoanDrawn\"}");
        assertThat(ChaincodeEventPayload.parse(event.get().getPayload().toByteArray()))
                .isEqualTo(
                        new ChaincodeEventPayload(
                                "finance", "LoanDrawn", new TreeMap<>(ids), "tx-1"));
    }

    @Test
    void aSecondEmitInOneTransactionThrowsIllegalState() {
        Events.emit(stub, "finance", "LoanDrawn", Map.of());
        assertThatThrownBy(() -> Events.emit(stub, "finance", "LoanRepaid", Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "transaction tx-1 already emitted event finance.LoanDrawn and cannot also emit "
                                + "finance.LoanRepaid: Fabric keeps one event per transaction");
    }

    @Test
    void noIdsGiveAnEmptyObject() {
        Events.emit(stub, "finance", "Tick", null);
        assertThat(event.get().getPayload().toString(StandardCharsets.UTF_8))
                .contains("\"ids\":{}");
    }

    @Test
    void anAudienceIsSortedAndDecidesWhoSeesTheEvent() {
        Events.emit(
                stub,
                "finance",
                "LoanDrawn",
                Map.of("id", "L1"),
                java.util.Set.of("Bank2MSP", "Bank1MSP"));
        ChaincodeEventPayload payload =
                ChaincodeEventPayload.parse(event.get().getPayload().toByteArray());
        assertThat(event.get().getPayload().toString(StandardCharsets.UTF_8))
                .startsWith("{\"audience\":[\"Bank1MSP\",\"Bank2MSP\"],");
        assertThat(payload.visibleTo("Bank1MSP")).isTrue();
        assertThat(payload.visibleTo("CorpMSP")).isFalse();
        assertThat(payload.visibleTo("RegulatorMSP")).isTrue();
    }

    @Test
    void anEmptyAudienceIsTheWholeChannel() {
        assertThat(new ChaincodeEventPayload("d", "t", null, "tx").visibleTo("CorpMSP")).isTrue();
    }
}
