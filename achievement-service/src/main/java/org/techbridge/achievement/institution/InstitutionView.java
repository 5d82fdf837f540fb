package org.techbridge.achievement.institution;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.techbridge.platform.web.Versioned;

@Schema(name = "Institution")
public record InstitutionView(UUID id, String name, String nameEn, InstitutionType type, String region,
        Contact contact, long version, Instant createdAt, Instant updatedAt) implements Versioned {

    static InstitutionView of(Institution i) {
        return new InstitutionView(i.id, i.name, i.nameEn, i.type, i.region, i.contact, i.version, i.createdAt,
                i.updatedAt);
    }
}
