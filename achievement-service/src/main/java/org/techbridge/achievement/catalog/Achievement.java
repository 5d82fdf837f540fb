package org.techbridge.achievement.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.techbridge.achievement.institution.Contact;
import org.techbridge.events.AchievementStatus;
import org.techbridge.events.Domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "achievement")
public class Achievement extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    public String summary;
    public String description;
    public String language;
    @Enumerated(EnumType.STRING)
    public Domain domain;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords;
    public int trl;
    @Enumerated(EnumType.STRING)
    public IpType ipType;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> ipNumbers;
    public UUID institutionId;
    public String region;
    /** Names of {@link org.techbridge.events.TransferMode}s, as a text[] the list filter can search. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> transferModes;
    /** Null when the price is only negotiable. */
    public BigDecimal askingPrice;
    public String askingCurrency;
    public boolean negotiable;
    @Embedded
    public Contact contact;
    @Enumerated(EnumType.STRING)
    public AchievementStatus status;
    public int licenceCount;
    /** Terms of title, summary, description and keywords from {@code TextAnalyzer}, for search. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_terms")
    public List<String> searchTerms;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant publishedAt;
}
