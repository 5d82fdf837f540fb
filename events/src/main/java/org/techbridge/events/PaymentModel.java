package org.techbridge.events;

public enum PaymentModel {
    LUMP_SUM,
    INSTALLMENTS,
    ROYALTY,
    USE_FIRST_PAY_LATER
}
