package io.tradechain.gateway.demo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one gateway played of the demo plan, and who plays on.
 *
 * @param progress to send as is to the gateway of {@code next}
 * @param next the organisation (MSP id) whose gateway signs the next step; null when the plan is
 *     played to its end
 * @param played steps this call played (committed, found done or refused)
 * @param summary one line on the whole seeding so far
 */
@Schema(name = "DemoSeedAnswer")
public record DemoSeedAnswer(
        @Schema(required = true) DemoSeedProgress progress,
        @Schema(
                        description =
                                "MSP id of the organisation whose gateway plays on (POST it the progress as its admin); "
                                        + "absent when the demo is seeded",
                        examples = "Bank2MSP")
                String next,
        @Schema(description = "Steps this call played", required = true, examples = "6") int played,
        @Schema(description = "The seeding so far, in one line", required = true) String summary) {}
