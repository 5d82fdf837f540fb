package org.techbridge.platform.problem;

/** Text a client may send: no control characters but tab, line feed and carriage return. */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean present(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
