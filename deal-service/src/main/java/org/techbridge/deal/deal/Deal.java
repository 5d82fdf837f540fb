package org.techbridge.deal.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.techbridge.deal.plan.UsageOutcome;
import org.techbridge.events.DealStage;
import org.techbridge.events.DealType;
import org.techbridge.events.PaymentModel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "deal")
public class Deal extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID achievementId;
    public UUID needId;
    public UUID institutionId;
    public UUID enterpriseId;
    public UUID roadshowId;
    @Enumerated(EnumType.STRING)
    public DealStage stage;

    @Enumerated(EnumType.STRING)
    public DealType dealType;
    public Boolean exclusive;
    public BigDecimal amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public PaymentModel paymentModel;
    public LocalDate dueOn;
    @ElementCollection
    @CollectionTable(name = "deal_installment", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    public List<ScheduledAmount> schedule = new ArrayList<>();
    public BigDecimal royaltyRate;
    public LocalDate trialEndsOn;
    public String usageMilestone;

    @Enumerated(EnumType.STRING)
    public UsageOutcome usageOutcome;
    public LocalDate usageOutcomeOn;
    /** Derived from the signed plan by {@code PaymentPlan}; empty before signing and after termination. */
    @ElementCollection
    @CollectionTable(name = "deal_obligation", joinColumns = @JoinColumn(name = "deal_id"))
    @OrderColumn(name = "position")
    public List<ScheduledAmount> obligations = new ArrayList<>();
    public BigDecimal paidTotal;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "seller_contact_name"))
    @AttributeOverride(name = "phone", column = @Column(name = "seller_contact_phone"))
    @AttributeOverride(name = "email", column = @Column(name = "seller_contact_email"))
    public Contact sellerContact;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "buyer_contact_name"))
    @AttributeOverride(name = "phone", column = @Column(name = "buyer_contact_phone"))
    @AttributeOverride(name = "email", column = @Column(name = "buyer_contact_email"))
    public Contact buyerContact;
    public String notes;
    public String terminationReason;
    public Instant signedAt;

    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
