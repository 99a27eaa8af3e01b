package io.tradechain.gateway.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents the {@code Idempotency-Key} header on every write (POST, PUT, DELETE) of the API. */
public class IdempotencyKeyDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                            || method == PathItem.HttpMethod.DELETE) {
                        operation.addParameter(header());
                    }
                });
            }
        });
    }

    private static Parameter header() {
        return OASFactory.createParameter().name(IdempotencyKey.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Send the same key when you retry this request: the first commit wins and a retry "
                        + "answers its result with replayed=true, committing nothing. 1 to 128 of A-Z a-z 0-9 . _ : -"
                        + ", e.g. a UUID such as 3f0c9a52-6a1e-4b7e-9d55-2f1f6c1d9e11")
                // no example value: Swagger UI would fill it into every "Try it out", so that a user's second write
                // (any operation) would be refused as IDEMPOTENCY_KEY_REUSED
                .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))
                        .pattern("[A-Za-z0-9._:-]{1,128}"));
    }
}
