package org.anju.casework;

/** Text input as stored: stripped, and null when blank. */
final class Texts {

    private Texts() {
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
