package org.techbridge.matching.need;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An interest an enterprise expressed, once per need and achievement. */
@Entity
@Table(name = "interest")
@IdClass(Interest.Key.class)
public class Interest extends PanacheEntityBase {

    @Id
    public UUID needId;
    @Id
    public UUID achievementId;
    public Instant expressedAt;

    public record Key(UUID needId, UUID achievementId) implements Serializable {
    }
}
