package org.techbridge.deal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money the buyer paid against a signed plan. */
@Entity
@Table(name = "deal_payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID dealId;
    public BigDecimal amount;
    public String currency;
    public LocalDate paidOn;
    public String reference;
    public String recordedBy;
    public Instant recordedAt;
}
