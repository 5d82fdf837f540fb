package org.techbridge.deal.deal;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to call on one side of a deal; every part optional. */
@Embeddable
@Schema(name = "Contact")
public record Contact(
        @Schema(example = "王老师") @Size(max = 100) String name,
        @Schema(example = "+86 351 123 4567") @Size(max = 40) String phone,
        @Schema(example = "tech-transfer@example.edu.cn") @Size(max = 200) @Email String email) {
}
