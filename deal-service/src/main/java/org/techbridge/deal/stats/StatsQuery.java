package org.techbridge.deal.stats;

import java.time.LocalDate;
import java.util.UUID;

/** Which deals the figures cover (opened from {@code from} to {@code to}, both included) and how to group them. */
public record StatsQuery(UUID roadshowId, LocalDate from, LocalDate to, GroupBy groupBy) {

    public enum GroupBy {
        institution, domain, paymentModel
    }
}
