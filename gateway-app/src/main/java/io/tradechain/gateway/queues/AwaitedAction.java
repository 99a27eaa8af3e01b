package io.tradechain.gateway.queues;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One action an L/C awaits from one of its roles. */
@Schema(name = "AwaitedAction")
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwaitedAction(
        @Schema(description = "ISSUING_BANK, ADVISING_BANK, APPLICANT or BENEFICIARY") String role,
        @Schema(
                        description =
                                "ISSUE_OR_DECLINE, ADVISE, DECIDE_AMENDMENT, CONSENT_TO_CANCEL, MARK_EXPIRED, CLOSE "
                                        + "(the L/C); RECEIVE_DOCUMENTS, EXAMINE, WAIVE_OR_REFUSE, ACCEPT, PAY, ACKNOWLEDGE_TRANSFER (a "
                                        + "presentation)")
                String action,
        @Schema(description = "The presentation's number, or null for the L/C itself")
                Integer presentation) {}
