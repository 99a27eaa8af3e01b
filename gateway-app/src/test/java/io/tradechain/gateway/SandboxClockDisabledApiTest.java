package io.tradechain.gateway;

import static io.tradechain.gateway.support.ApiScenarios.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradechain.gateway.support.ApiScenarios;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the sandbox clock off (the default outside tests), reading or moving it answers 404
 * SANDBOX_CLOCK_DISABLED.
 */
@QuarkusTest
@TestProfile(SandboxClockDisabledApiTest.ClockOff.class)
class SandboxClockDisabledApiTest {
    private static final String CLOCK = "/api/v1/sandbox/clock";

    /** The gateway as configured by default: no sandbox clock. */
    public static class ClockOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradechain.sandbox.clock-enabled", "false");
        }
    }

    @Inject MovableLedgerClock clock;

    @Test
    void readingAndMovingTheClockAreRefusedWithTheirCode() {
        for (String user : new String[] {"bank1.admin", "suzhou.clerk", "regulator.auditor"}) {
            as(user).get(CLOCK)
                    .then()
                    .statusCode(404)
                    .body("code", equalTo("SANDBOX_CLOCK_DISABLED"))
                    .body("detail", containsString("tradechain.sandbox.clock-enabled"));
        }
        as("bank1.admin")
                .body(Map.of("advanceDays", 30))
                .post(CLOCK)
                .then()
                .statusCode(404)
                .body("code", equalTo("SANDBOX_CLOCK_DISABLED"));
        as("corp.admin")
                .body(Map.of("toDate", ApiScenarios.today(30)))
                .post(CLOCK)
                .then()
                .statusCode(404)
                .body("code", equalTo("SANDBOX_CLOCK_DISABLED"));
        assertThat(clock.offset()).as("the ledger's clock did not move").isZero();
    }
}
