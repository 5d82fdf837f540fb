package org.techbridge.achievement.roadshow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A roadshow (路演) event; changes to its line-up or invitees also move its version. */
@Entity
@Table(name = "roadshow")
public class Roadshow extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    @Column(name = "held_on")
    public LocalDate date;
    public String venue;
    public String organiser;
    public UUID organiserId;
    public String description;
    /** Achievement ids in presentation order. */
    @ElementCollection
    @CollectionTable(name = "roadshow_lineup", joinColumns = @JoinColumn(name = "roadshow_id"))
    @OrderColumn(name = "position")
    @Column(name = "achievement_id")
    public List<UUID> lineup = new ArrayList<>();
    /** Invited enterprises and investors (institution ids). */
    @ElementCollection
    @CollectionTable(name = "roadshow_invitee", joinColumns = @JoinColumn(name = "roadshow_id"))
    @Column(name = "institution_id")
    public Set<UUID> invitees = new LinkedHashSet<>();
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
