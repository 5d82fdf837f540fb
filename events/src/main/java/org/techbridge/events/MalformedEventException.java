package org.techbridge.events;

/** A record that is not a valid TechBridge event; consumers send it to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
