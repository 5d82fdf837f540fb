package org.techbridge.platform.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Money on the wire, both ways: a non-negative decimal string with at most two decimals. */
@Schema(name = "Money", description = "An exact amount: a decimal string and an ISO 4217 currency")
public record MoneyInput(
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "2000000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "9999999999999.99", message = "must be below 10 trillion")
        @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY")
        String currency) {
}
