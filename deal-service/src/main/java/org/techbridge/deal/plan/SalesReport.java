package org.techbridge.deal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sales a licensee reports for a period under a ROYALTY plan. */
public record SalesReport(LocalDate periodEnd, BigDecimal sales) {
}
