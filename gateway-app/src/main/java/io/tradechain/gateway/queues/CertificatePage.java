package io.tradechain.gateway.queues;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a work queue of {@link CertificateItem}s. */
@Schema(
        name = "CertificatePage",
        description = "One page: pass bookmark back to continue; empty on the last page")
public record CertificatePage(
        List<CertificateItem> items,
        @Schema(description = QueuePages.BOOKMARK) String bookmark,
        @Schema(description = QueuePages.FETCHED_COUNT) int fetchedCount) {}
