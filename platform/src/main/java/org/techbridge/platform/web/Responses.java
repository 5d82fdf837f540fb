package org.techbridge.platform.web;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Answers that carry the ETag of the representation they return. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Versioned body) {
        return Response.ok(body).tag(tag(body)).build();
    }

    public static Response created(URI location, Versioned body) {
        return Response.created(location).entity(body).tag(tag(body)).build();
    }

    private static EntityTag tag(Versioned body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
