package org.techbridge.deal.deal;

import java.time.LocalDate;
import java.time.ZoneId;

/** Due dates are calendar days where the deals are made: a payment due "on" a day is late the day after. */
public final class Today {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Today() {
    }

    public static LocalDate date() {
        return LocalDate.now(ZONE);
    }
}
