package org.techbridge.deal.deal;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.MoneyInput;

@Schema(name = "Obligation", description = "An amount the signed plan makes owed from a day on (unpaid after "
        + "that day: overdue)")
public record ObligationView(@Schema(example = "2026-07-31") LocalDate due, MoneyInput amount) {
}
