package org.anju.identity;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The values {@link WriteEndpointFuzzTests} sends: per declared type, what a careless or hostile client might. */
final class FuzzValues {

    /** 100 000 characters (300 000 bytes of UTF-8). */
    static final String HUGE = "长".repeat(100_000);
    static final List<Object> STRINGS = List.of(HUGE, "", "   ", "'; drop table reg_estate; --", "1' or '1'='1",
            "<script>alert(1)</script>", "\u0000\uFFFF\uD83D\uDE00", "%s%n${jndi:ldap://x}");
    static final List<Object> NUMBERS = List.of(-1, 0, Long.MIN_VALUE, new BigInteger("99999999999999999999999"),
            1e308, "12abc", 1.5);
    static final List<Object> WRONG_TYPES = List.of(Map.of("a", 1), List.of(1, 2), true, "NO_SUCH_VALUE");

    private FuzzValues() {
    }

    /** What to send in place of a field of this type: the type's edge cases, then values of other types. */
    static List<Object> variants(Class<?> type) {
        if (type == String.class) {
            return concat(STRINGS, List.of(Map.of("a", 1), List.of("x"), 12));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return concat(NUMBERS, WRONG_TYPES);
        }
        if (type.isEnum()) {
            return List.of("NO_SUCH_VALUE", "", 99, "<script>");
        }
        return WRONG_TYPES;
    }

    static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Random bytes behind a zip signature, so an xlsx reader gets past its first check. */
    static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new java.util.Random(3).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        return bytes;
    }

    /** A value short enough for a test's name. */
    static String describe(Object value) {
        String s = String.valueOf(value);
        return s.length() > 30 ? s.substring(0, 12) + "… (" + s.length() + " chars)" : s;
    }
}
