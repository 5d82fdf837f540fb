package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A dated amount as stored: an instalment of the plan, or an obligation derived from it. */
@Embeddable
public record ScheduledAmount(LocalDate dueOn, BigDecimal amount) {
}
