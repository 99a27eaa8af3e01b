package io.tradechain.gateway.parties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Binding of a client identity of the party's organisation to the party. */
@Schema(name = "BindIdentityRequest")
public record BindIdentityRequest(
        @Schema(
                        description = "The identity as Fabric's ClientIdentity.getId() renders it",
                        examples =
                                "x509::CN=hz-steel-clerk,OU=client,O=CorpMSP::CN=ca.corp.tradechain.example,O=CorpMSP")
                @NotBlank
                @Size(max = 2048)
                String clientId) {}
