package org.anju.region;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * GB 11643-1999 公民身份号码: 18 characters, a 6-digit address code, the birth date as YYYYMMDD
 * (positions 7–14), a 3-digit sequence and a check character. The check character is the ISO 7064
 * MOD 11-2 value of the first 17 digits (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; sum mod 11
 * indexes "10X98765432"). The birth date must be a real date, not before 1900 and not in the future.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ResidentIdNumber() {
    }

    /** Whether the value is a valid number today (China time). Upper-case X only. */
    public static boolean isValid(String value) {
        return isValid(value, LocalDate.now(CHINA));
    }

    /** Whether the value is a valid number on the given day (its holder born by then). */
    public static boolean isValid(String value, LocalDate today) {
        if (value == null || value.length() != 18 || !digits(value, 0, 17)) {
            return false;
        }
        LocalDate birth = birthDate(value);
        return birth != null && birth.getYear() >= 1900 && !birth.isAfter(today)
                && value.charAt(17) == checkCharacter(value.substring(0, 17));
    }

    /** The check character of 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !digits(first17, 0, 17)) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private static LocalDate birthDate(String value) {
        try {
            return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
