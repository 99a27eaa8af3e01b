package io.tradechain.gateway.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The front door: a browser opening the gateway's address lands on the Swagger UI instead of a 404. */
@Path("/")
public class RootResource {
    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/q/swagger-ui")).build();
    }
}
