package org.techbridge.achievement.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Who to call about an institution or an achievement; every part optional. */
@Embeddable
public record Contact(
        @Column(name = "contact_name") @Size(max = 100) String name,
        @Column(name = "contact_phone") @Size(max = 40) String phone,
        @Column(name = "contact_email") @Size(max = 200) @Email String email) {
}
