package org.techbridge.text;

/** The language of a text as TechBridge records it: zh or en. */
public final class Languages {

    private Languages() {
    }

    /** zh when the text holds Chinese characters, else en. */
    public static String detect(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }
}
