package org.techbridge.deal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An amount the buyer owes from a date on; what falls due before today and is unpaid is overdue. */
public record Obligation(LocalDate dueOn, BigDecimal amount) {
}
