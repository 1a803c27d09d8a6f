package org.anju.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MobileNumberTests {

    @Test
    void elevenDigitsFrom13To19AreMobile() {
        assertThat(MobileNumber.isValid("13812345678")).isTrue();
        assertThat(MobileNumber.isValid("19912345678")).isTrue();
    }

    @Test
    void prefixes10To12AreNot() {
        assertThat(MobileNumber.isValid("10812345678")).isFalse();
        assertThat(MobileNumber.isValid("11812345678")).isFalse();
        assertThat(MobileNumber.isValid("12812345678")).isFalse();
    }

    @Test
    void tenOrTwelveDigitsAreNot() {
        assertThat(MobileNumber.isValid("1381234567")).isFalse();
        assertThat(MobileNumber.isValid("138123456789")).isFalse();
    }

    @Test
    void separatorsLandlinesAndCountryCodesAreNot() {
        assertThat(MobileNumber.isValid("138-1234-5678")).isFalse();
        assertThat(MobileNumber.isValid("+8613812345678")).isFalse();
        assertThat(MobileNumber.isValid("03934567890")).isFalse();
        assertThat(MobileNumber.isValid("1381234567a")).isFalse();
        assertThat(MobileNumber.isValid(null)).isFalse();
    }
}
