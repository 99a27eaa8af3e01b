package io.tradechain.gateway.http;

import java.net.URI;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Every committed write answers with its transaction id, its block and what the chaincode returned,
 * typed: the OpenAPI document names one schema per result type ({@code WriteResultCreditLine},
 * ...).
 *
 * @param <T> the chaincode's result for this write
 */
public record WriteResult<T>(
        @Schema(
                        description = "Fabric transaction id",
                        example =
                                "7d0f5e1c9a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d",
                        required = true)
                String txId,
        @Schema(description = "Block the transaction was committed in", required = true)
                long blockNumber,
        @Schema(description = "The chaincode's result", required = true) T result,
        @Schema(
                        description =
                                "True when this answers a retry: the request was committed earlier, under the same "
                                        + "Idempotency-Key, by the transaction named here, and nothing was committed now",
                        required = true)
                boolean replayed) {

    /**
     * The OpenAPI extension marking an operation that creates something ({@code "x-creates":
     * "true"}): the document then says 201 with a Location header ({@code
     * ApiContractDocumentation}).
     */
    public static final String CREATES_EXTENSION = "x-creates";

    /**
     * A write that created something: 201 with the result once committed, and a Location header
     * naming where the created thing is read (relative to the request's base URI).
     *
     * @param location the path of the created resource, from the committed result (e.g.
     *     /api/v1/lcs/{txId})
     */
    public static <T> CompletionStage<RestResponse<WriteResult<T>>> created(
            CompletionStage<WriteResult<T>> written, Function<WriteResult<T>, String> location) {
        return written.thenApply(
                result ->
                        RestResponse.ResponseBuilder.<WriteResult<T>>created(
                                        URI.create(location.apply(result)))
                                .entity(result)
                                .build());
    }
}
