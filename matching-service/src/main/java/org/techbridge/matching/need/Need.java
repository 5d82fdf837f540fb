package org.techbridge.matching.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.techbridge.events.Domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise's technical need (企业技术需求): the demand side of matching. */
@Entity
@Table(name = "need")
public class Need extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID enterpriseId;
    public String title;
    public String description;
    public String language;
    @Enumerated(EnumType.STRING)
    public Domain industry;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;
    /** Null when the budget is open. */
    public BigDecimal budget;
    public String budgetCurrency;
    public Integer minTrl;
    public String region;
    /** Names of {@link org.techbridge.events.TransferMode}s. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> preferredModes;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    public NeedStatus status;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
