package io.tradechain.gateway.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the play of the demo plan stands, handed from gateway to gateway on a Fabric network: each
 * plays the steps its organisation signs and answers this for the next. {@code {}} starts at the
 * beginning.
 */
@Schema(
        name = "DemoSeedProgress",
        example = "{\"cursor\":0,\"block\":0}",
        description =
                "Where seeding stands: send {} to start, then each answer's progress to the gateway it names")
public record DemoSeedProgress(
        @Schema(description = "Index of the next step of the demo plan", examples = "0")
                @Min(0)
                @Max(100_000)
                Integer cursor,
        @Schema(description = "Values captured from earlier steps' answers (e.g. lcId, offerId)")
                Map<String, String> values,
        @Schema(
                        description =
                                "The highest block a step played so far was committed in: a gateway waits until its "
                                        + "own peer has it before it plays the next step",
                        examples = "0")
                @Min(0)
                Long block,
        @Schema(description = "Steps counted so far, per part of the demo (parties, bindings...)")
                Map<String, DemoSeedTally> tally) {

    public DemoSeedProgress {
        cursor = cursor == null ? 0 : cursor;
        values = values == null ? new TreeMap<>() : new TreeMap<>(values);
        block = block == null ? 0L : block;
        tally = tally == null ? new LinkedHashMap<>() : new LinkedHashMap<>(tally);
    }

    /** The beginning of the plan. */
    public static DemoSeedProgress start() {
        return new DemoSeedProgress(0, null, 0L, null);
    }

    /** What a part of the demo came to. */
    @Schema(name = "DemoSeedTally")
    public record DemoSeedTally(
            @Schema(description = "Steps that committed now", examples = "10") @Min(0) int added,
            @Schema(
                            description =
                                    "Steps found done: played by an earlier seeding (same idempotency key) or "
                                            + "there already (e.g. a party registered by hand)",
                            examples = "0")
                    @Min(0)
                    int unchanged,
            @Schema(description = "Steps refused (a warning in the gateway's log)", examples = "0")
                    @Min(0)
                    int refused) {

        DemoSeedTally plus(DemoSeedTally other) {
            return new DemoSeedTally(
                    added + other.added, unchanged + other.unchanged, refused + other.refused);
        }
    }
}
