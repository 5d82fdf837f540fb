package org.techbridge.achievement.institution;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public String nameEn;
    @Enumerated(EnumType.STRING)
    public InstitutionType type;
    public String region;
    @Embedded
    public Contact contact;
    @Version
    public long version;
    public Instant createdAt;
    public Instant updatedAt;
}
