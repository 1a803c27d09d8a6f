package org.anju.region;

import java.util.regex.Pattern;

/**
 * A mainland China mobile number (MIIT numbering plan): 11 digits, starting 13 to 19. Landlines
 * and numbers with a country code or separators are not mobile numbers in this sense.
 */
public final class MobileNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    private MobileNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && MOBILE.matcher(value).matches();
    }
}
