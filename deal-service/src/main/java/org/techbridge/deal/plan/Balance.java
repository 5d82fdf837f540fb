package org.techbridge.deal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a signed deal stands on a day: everything it owes ({@code total}), what has been paid,
 * what remains ({@code outstanding}) and the part of it that fell due before that day
 * ({@code overdue}). Payments settle the earliest obligations first.
 */
public record Balance(BigDecimal total, BigDecimal paid, BigDecimal outstanding, BigDecimal overdue,
        LocalDate nextDueOn) {

    public static Balance of(List<Obligation> obligations, BigDecimal paid, LocalDate today) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal pastDue = BigDecimal.ZERO.setScale(2);
        LocalDate nextDueOn = null;
        BigDecimal covered = paid;
        for (Obligation obligation : obligations) {
            total = total.add(obligation.amount());
            if (obligation.dueOn().isBefore(today)) {
                pastDue = pastDue.add(obligation.amount());
            }
            if (nextDueOn == null && covered.compareTo(obligation.amount()) < 0) {
                nextDueOn = obligation.dueOn();
            }
            covered = covered.subtract(obligation.amount()).max(BigDecimal.ZERO);
        }
        return new Balance(total, paid, total.subtract(paid).max(BigDecimal.ZERO.setScale(2)),
                pastDue.subtract(paid).max(BigDecimal.ZERO.setScale(2)), nextDueOn);
    }
}
