package org.anju.region.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The national check rules, written apart from the generator so that a test can catch it out. */
final class CheckDigits {

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CheckDigits() {
    }

    /** GB 11643: 6-digit area, birth date, 3-digit sequence, check character (mod 11 with weights 2^(17-i) mod 11). */
    static boolean residentId(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (RuntimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        int value = (12 - sum % 11) % 11;
        return id.charAt(17) == (value == 10 ? 'X' : (char) ('0' + value));
    }

    /** GB 32100: 18 characters of the code set; the 9-character organisation code (GB 11714) and the whole code checked. */
    static boolean creditCode(String code) {
        if (code == null || code.length() != 18 || !code.chars().allMatch(c -> CREDIT_CHARS.indexOf(c) >= 0)) {
            return false;
        }
        int[] orgWeights = {3, 7, 9, 10, 5, 8, 4, 2};
        int orgSum = 0;
        for (int i = 0; i < 8; i++) {
            char c = code.charAt(8 + i);
            orgSum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * orgWeights[i];
        }
        int org = 11 - orgSum % 11;
        char orgCheck = org == 10 ? 'X' : org == 11 ? '0' : (char) ('0' + org);
        if (code.charAt(16) != orgCheck) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * (int) (Math.pow(3, i) % 31);
        }
        return code.charAt(17) == CREDIT_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** 11 digits of a mainland mobile number: 13x, 15x, 16x, 17x, 18x, 19x. */
    static boolean mobile(String phone) {
        return phone != null && phone.matches("1(3\\d|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}");
    }
}
