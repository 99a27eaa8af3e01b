package io.tradechain.gateway.landing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tradechain.gateway.config.GatewayConfig;
import io.tradechain.gateway.security.ApiUserDirectory;
import io.tradechain.gateway.security.FixtureFiles;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The front door: a browser opening the gateway's address gets the landing page ({@link
 * LandingPage}).
 */
@Path("/")
public class LandingResource {
    private final GatewayConfig config;
    private final ApiUserDirectory users;
    private final ObjectMapper mapper;

    public LandingResource(GatewayConfig config, ApiUserDirectory users, ObjectMapper mapper) {
        this.config = config;
        this.users = users;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Produces("text/html;charset=UTF-8")
    @Operation(hidden = true)
    public String landing() {
        return LandingPage.render(config.organisation(), users.all(), parties());
    }

    /**
     * The fixture parties by credit code; none when the file is missing or unreadable (the page
     * still shows).
     */
    private Map<String, JsonNode> parties() {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        try {
            java.nio.file.Path file = FixtureFiles.resolve(config.partiesFile());
            if (Files.exists(file)) {
                for (JsonNode party : mapper.readTree(Files.readAllBytes(file))) {
                    byCode.put(party.path("creditCode").asText(), party);
                }
            }
        } catch (IOException e) {
            // the page shows credit codes instead of names
        }
        return byCode;
    }
}
