package io.tradechain.chaincode.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;

class BusinessExceptionTest {
    /** How a domain module declares its own codes. */
    enum PartyError implements ErrorCode {
        PARTY_NOT_FOUND(ErrorKind.NOT_FOUND);

        private final ErrorKind kind;

        PartyError(ErrorKind kind) {
            this.kind = kind;
        }

        @Override
        public ErrorKind kind() {
            return kind;
        }
    }

    @Test
    void messageIsKindSlashCodeThenText() {
        BusinessException e =
                new BusinessException(
                        PartyError.PARTY_NOT_FOUND, "party 91310115MA1K4HQ27W is not registered");
        assertThat(e).isInstanceOf(ChaincodeException.class);
        assertThat(e.getMessage())
                .isEqualTo(
                        "[NOT_FOUND/PARTY_NOT_FOUND] party 91310115MA1K4HQ27W is not registered");
        assertThat(e.text()).isEqualTo("party 91310115MA1K4HQ27W is not registered");
        assertThat(e.code()).isEqualTo("PARTY_NOT_FOUND");
        assertThat(e.errorCode()).isEqualTo(PartyError.PARTY_NOT_FOUND);
        assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(e.details()).isEmpty();
    }

    @Test
    void payloadIsCanonicalJsonWithSortedDetails() {
        Map<String, String> details = new HashMap<>();
        details.put("z", "last");
        details.put("creditCode", "91");
        details.put("a", "first");
        BusinessException e =
                new BusinessException(
                        CommonErrorCode.NOT_FOUND, "party 91 is not registered", details);
        assertThat(new String(e.getPayload(), StandardCharsets.UTF_8))
                .isEqualTo(
                        "{\"code\":\"NOT_FOUND\",\"details\":{\"a\":\"first\",\"creditCode\":\"91\",\"z\":\"last\"},"
                                + "\"kind\":\"NOT_FOUND\",\"message\":\"party 91 is not registered\"}");
        assertThat(e.details().keySet()).containsExactly("a", "creditCode", "z");
        assertThatThrownBy(() -> e.details().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * On a real peer only the message reaches the client: the details ride at its end and are read
     * back.
     */
    @Test
    void theMessageCarriesTheDetailsAndTheyAreReadBackFromIt() {
        BusinessException e =
                BusinessException.of(
                        CommonErrorCode.NOT_FOUND,
                        "only CNY 1.00 is left",
                        "balance",
                        "1.00",
                        "asked",
                        "1.01");
        assertThat(e.getMessage())
                .isEqualTo(
                        "[NOT_FOUND/NOT_FOUND] only CNY 1.00 is left details={\"asked\":\"1.01\",\"balance\":\"1.00\"}");
        assertThat(e.text()).isEqualTo("only CNY 1.00 is left");

        // as a Fabric gateway relays it, wrapped in the peer's own words
        ErrorInfo read =
                ErrorInfo.fromMessage("chaincode response 500, " + e.getMessage()).orElseThrow();
        assertThat(read.code()).isEqualTo("NOT_FOUND");
        assertThat(read.message()).isEqualTo("only CNY 1.00 is left");
        assertThat(read.details())
                .containsExactly(Map.entry("asked", "1.01"), Map.entry("balance", "1.00"));

        // a text that merely looks like it keeps everything in the message
        ErrorInfo odd =
                ErrorInfo.fromMessage("[NOT_FOUND/NOT_FOUND] see details={not json").orElseThrow();
        assertThat(odd.message()).isEqualTo("see details={not json");
        assertThat(odd.details()).isEmpty();
        // no details: no suffix
        assertThat(new BusinessException(CommonErrorCode.NOT_FOUND, "gone").getMessage())
                .isEqualTo("[NOT_FOUND/NOT_FOUND] gone");
    }

    @Test
    void ofTakesKeyValuePairs() {
        BusinessException e =
                BusinessException.of(CommonErrorCode.ALREADY_EXISTS, "dup", "id", "7", "type", "x");
        assertThat(e.details()).containsExactly(Map.entry("id", "7"), Map.entry("type", "x"));
        assertThatThrownBy(() -> BusinessException.of(CommonErrorCode.NOT_FOUND, "x", "odd"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key/value pairs");
    }

    /**
     * The kinds' names are wire format (message prefix and payload); their HTTP statuses are the
     * gateway's business (gateway-app error.HttpStatusOf), so a kind carries no status here.
     */
    @Test
    void theKindsAreTheWireNamesAndCarryNoTransportNotion() {
        assertThat(ErrorKind.values())
                .extracting(ErrorKind::name)
                .containsExactly(
                        "VALIDATION", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "BUSINESS_RULE");
        assertThat(ErrorKind.class.getDeclaredFields())
                .allMatch(field -> field.isEnumConstant() || field.isSynthetic());
        assertThat(ErrorKind.class.getDeclaredMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("http"));
        assertThat(ErrorInfo.class.getDeclaredMethods())
                .extracting(java.lang.reflect.Method::getName)
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("http"));
        for (ErrorKind kind : ErrorKind.values()) {
            BusinessException e =
                    new BusinessException(
                            new ErrorCode() {
                                @Override
                                public String name() {
                                    return "SOME_CODE";
                                }

                                @Override
                                public ErrorKind kind() {
                                    return kind;
                                }
                            },
                            "text");
            assertThat(e.getMessage()).isEqualTo("[" + kind.name() + "/SOME_CODE] text");
            assertThat(new String(e.getPayload(), StandardCharsets.UTF_8))
                    .isEqualTo(
                            "{\"code\":\"SOME_CODE\",\"details\":{},\"kind\":\""
                                    + kind.name()
                                    + "\",\"message\":\"text\"}");
        }
        assertThat(CommonErrorCode.READ_ONLY_ORGANISATION.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        assertThat(CommonErrorCode.AMOUNT_OVERFLOW.kind()).isEqualTo(ErrorKind.BUSINESS_RULE);
    }
}
