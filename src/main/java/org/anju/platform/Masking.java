package org.anju.platform;

/**
 * Masks personal identifiers wherever they are listed or returned (plan §14, PIPL art. 51):
 * an ID or credit code keeps its first 6 and last 4 characters, a phone its first 3 and last 4.
 */
public final class Masking {

    private Masking() {
    }

    /** 410927199001011234 → 410927********1234. */
    public static String idNumber(String value) {
        return keep(value, 6, 4);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
