package org.anju.region.generator;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Document numbers and phones that pass the national check rules, unique by construction: a
 * resident ID number (GB 11643) or a credit code (GB 32100) is a bijection of the owner's id,
 * so ten million owners need no set of numbers already used.
 */
public final class Identities {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_DAYS = 22_281;                  // 1940-01-01 .. 2000-12-31
    private static final long ID_SPACE = (long) BIRTH_DAYS * 999;  // (birth day, sequence 001..999)
    private static final long ID_STEP = 7_368_787;                 // prime, coprime to ID_SPACE = 3^4*7*37*1061
    private static final long ORG_SPACE = 100_000_000L;
    private static final long ORG_STEP = 48_271;                   // coprime to 10^8
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "134", "135", "136", "137", "138",
            "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
            "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};

    private final long offset;

    public Identities(long seed) {
        this.offset = Math.floorMod(seed, ID_SPACE);
    }

    /** Resident ID number of the person with that owner (or resident) number, born in that area. */
    public String residentId(long number, String areaCode) {
        if (number >= ID_SPACE) {
            throw new IllegalArgumentException("more than " + ID_SPACE + " people: resident ID numbers would repeat");
        }
        long x = Math.floorMod(number * ID_STEP + offset, ID_SPACE);
        LocalDate birth = FIRST_BIRTH.plusDays(x / 999);
        String body = areaCode + "%04d%02d%02d%03d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), x % 999 + 1);
        return body + residentIdCheck(body);
    }

    /** Whether a resident ID number of {@link #residentId} belongs to a man (odd sequence, GB 11643). */
    public static boolean male(String residentId) {
        return (residentId.charAt(16) - '0') % 2 == 1;
    }

    /** GB 11643 check character of the first 17 digits. */
    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** Unified social credit code of an enterprise (9 1 …) registered in that area, number being unique. */
    public String creditCode(long number, String areaCode) {
        long body = Math.floorMod(number * ORG_STEP + offset, ORG_SPACE);
        String org = "%08d".formatted(body);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (org.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;                                      // GB 11714 organisation code check
        String first17 = "91" + areaCode + org + (c == 10 ? "X" : c == 11 ? "0" : String.valueOf(c));
        return first17 + creditCodeCheck(first17);
    }

    /** GB 32100 check character of the first 17 characters. */
    public static char creditCodeCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** A mobile number of a mainland operator. */
    public static String mobile(SplittableRandom random) {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + "%08d".formatted(random.nextInt(100_000_000));
    }
}
