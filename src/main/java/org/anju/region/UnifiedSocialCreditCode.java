package org.anju.region;

/**
 * GB 32100-2015 统一社会信用代码: 18 characters from "0-9 A-H J-N P-R T-U W-Y" (no I, O, S, V, Z).
 * The 18th is the check character: with weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 over
 * the values of the first 17, check = 31 − (sum mod 31), and 31 becomes 0.
 */
public final class UnifiedSocialCreditCode {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Whether the value is a valid code. Upper case only, as the standard prints it. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return value.charAt(17) == checkCharacter(value.substring(0, 17));
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not in the GB 32100 character set: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
