package org.techbridge.deal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Sales a licensee reported for a period, on which a ROYALTY plan charges its rate. */
@Entity
@Table(name = "deal_sales_report")
public class ReportedSales extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID dealId;
    public LocalDate periodEnd;
    public BigDecimal sales;
    public String reportedBy;
    public Instant reportedAt;
}
