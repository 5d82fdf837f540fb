package org.techbridge.deal.payment;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "SalesReport", description = "ROYALTY deals: the licensee's sales for a period; the royalty on "
        + "them falls due 30 days after the period ends")
public record SalesReportRequest(
        @Schema(example = "2026-06-30") @NotNull LocalDate periodEnd,
        @NotNull @Valid MoneyInput sales) {
}
