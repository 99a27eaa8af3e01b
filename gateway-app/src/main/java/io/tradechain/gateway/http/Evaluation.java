package io.tradechain.gateway.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint that only reads (an evaluation sent with a body, such as a verification
 * batch): it is not a write, so the regulator's users may call it. Every other POST, PUT, PATCH and
 * DELETE endpoint is a write.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Evaluation {
    /**
     * The OpenAPI extension that marks such an operation in the document ({@code "x-evaluation":
     * true}).
     */
    String OPENAPI_EXTENSION = "x-evaluation";
}
