package org.techbridge.deal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.events.DealStage;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "DealStats", description = "What the deals in scope produced; signed counts deals that are SIGNED, "
        + "IN_EXECUTION or COMPLETED; conversion is signed deals per deal opened")
public record StatsView(
        UUID roadshowId,
        LocalDate from,
        LocalDate to,
        long dealCount,
        @Schema(example = "{\"INTENT\": 3, \"NEGOTIATION\": 2, \"SIGNED\": 8, \"IN_EXECUTION\": 0, "
                + "\"COMPLETED\": 0, \"TERMINATED\": 1}") Map<DealStage, Long> byStage,
        @Schema(example = "8") long signedCount,
        MoneyInput signedTotal,
        @Schema(description = "absent when nothing was signed") MoneyInput largestSigned,
        MoneyInput paidTotal,
        @Schema(example = "0.5714") BigDecimal conversion,
        @Schema(description = "institution, domain or paymentModel, when grouped") String groupBy,
        @Schema(description = "the same figures per group, when grouped") List<GroupView> groups) {

    @Schema(name = "DealStatsGroup", description = "The figures of one group: an institution id, a domain "
            + "(UNKNOWN while the catalog has not told the domain) or a payment model (UNDECIDED before one is agreed)")
    public record GroupView(String key, long dealCount, Map<DealStage, Long> byStage, long signedCount,
            MoneyInput signedTotal, MoneyInput largestSigned, MoneyInput paidTotal, BigDecimal conversion) {
    }
}
