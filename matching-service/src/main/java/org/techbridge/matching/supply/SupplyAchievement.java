package org.techbridge.matching.supply;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A published achievement as the catalog last announced it: the supply side, projected from
 * {@code techbridge.achievements}. Only published achievements are kept.
 */
@Entity
@Table(name = "supply_achievement")
public class SupplyAchievement extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The catalog's version of the achievement, so an older event never overwrites a newer one. */
    public long sourceVersion;
    /** The event's payload ({@code AchievementPayload}) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    public Instant updatedAt;
}
