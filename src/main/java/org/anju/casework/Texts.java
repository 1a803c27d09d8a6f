package org.anju.casework;

/** Text input as stored: stripped, null when blank; control characters (other than line breaks and tabs) refused. */
final class Texts {

    private Texts() {
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether the text may be stored (PostgreSQL refuses NUL; other control characters are never meant). */
    static boolean clean(String s) {
        return s == null || s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }
}
