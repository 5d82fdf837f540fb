package org.techbridge.deal.plan;

import java.time.LocalDate;

import org.techbridge.events.Money;

/** One dated amount of an INSTALLMENTS plan. */
public record Installment(LocalDate dueOn, Money amount) {
}
