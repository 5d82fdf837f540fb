package org.techbridge.platform.web;

/** A resource representation that carries its optimistic-lock version, hence an ETag. */
public interface Versioned {

    long version();
}
