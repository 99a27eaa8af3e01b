package io.tradechain.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.tradechain.chaincode.common.StrictJson;
import jakarta.inject.Singleton;

/**
 * Request bodies are read by the same rules as the chaincodes read their JSON arguments ({@link
 * StrictJson}): no number, text, boolean or enum is made out of another shape (2.7 is not 2, "3" is
 * not 3, 1e8 is not an integer literal, 123 is not a name, 0 is not the first enum constant), no
 * duplicate keys, nothing after the body, no unpaired surrogates, no unknown fields. Each refusal
 * answers 400 with the field at fault ({@code ErrorMappers}).
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        StrictJson.apply(mapper);
    }

    @Override
    public int priority() {
        // after Quarkus' own customizer, so that its defaults cannot loosen these rules
        return MINIMUM_PRIORITY;
    }
}
