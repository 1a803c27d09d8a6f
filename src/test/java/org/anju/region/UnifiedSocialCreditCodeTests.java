package org.anju.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTests {

    @Test
    void publishedCodesAreValid() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91110000802100433B")).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91110000802100433C")).isFalse();
    }

    @Test
    void aSumDivisibleBy31GivesTheCheckCharacterZero() {
        // all zeros: sum 0, 31 - 0 = 31, which the standard maps to 0
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(UnifiedSocialCreditCode.isValid("000000000000000000")).isTrue();
    }

    @Test
    void lettersOutsideTheCharsetAreRefused() {
        for (char c : new char[] {'I', 'O', 'S', 'V', 'Z', 'a'}) {
            String first17 = "9141092" + c + "MA4000001";
            assertThat(UnifiedSocialCreditCode.isValid(first17 + "0")).as("%s", c).isFalse();
            assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter(first17))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theLengthMustBeEighteen() {
        String first17 = "91410927MA44ABCD1";
        String valid = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.isValid(valid)).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid(valid.substring(1))).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(valid + "0")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    @Test
    void lowerCaseIsNotTheStandardsForm() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100m000100y43")).isFalse();
    }
}
