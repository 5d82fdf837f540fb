package org.techbridge.events;

import java.math.BigDecimal;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An exact amount of money: {@code {"amount": "2000000.00", "currency": "CNY"}}. */
public record Money(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency) {

    public static final String CNY = "CNY";

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
    }

    public static Money cny(String amount) {
        return new Money(new BigDecimal(amount), CNY);
    }
}
