package org.anju.region;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void theStandardsExampleIsValid() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(ResidentIdNumber.isValid("440524188001010014", TODAY)).isFalse(); // born 1880
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String valid = withCheck("41092719900101123");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(ResidentIdNumber.isValid(valid, TODAY)).isTrue();
        assertThat(ResidentIdNumber.isValid(valid.substring(0, 17) + wrong, TODAY)).isFalse();
    }

    @Test
    void theCheckCharacterTenIsAnUpperCaseX() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.isValid("11010519491231002x", TODAY)).isFalse();
    }

    @Test
    void theLengthMustBeEighteen() {
        String valid = withCheck("41092719900101123");
        assertThat(ResidentIdNumber.isValid(valid.substring(1), TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid(valid + "1", TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid("", TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid(null, TODAY)).isFalse();
    }

    @Test
    void onlyDigitsBeforeTheCheckCharacter() {
        assertThat(ResidentIdNumber.isValid("4109271990010112X3", TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid("41092A199001011230", TODAY)).isFalse();
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("4109271990010112A"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBirthDateMustBeARealDay() {
        assertThat(ResidentIdNumber.isValid(withCheck("41092720000229123"), TODAY)).isTrue();  // leap year
        assertThat(ResidentIdNumber.isValid(withCheck("41092719000229123"), TODAY)).isFalse(); // 1900 was not
        assertThat(ResidentIdNumber.isValid(withCheck("41092719901301123"), TODAY)).isFalse(); // month 13
        assertThat(ResidentIdNumber.isValid(withCheck("41092719900431123"), TODAY)).isFalse(); // 31 April
        assertThat(ResidentIdNumber.isValid(withCheck("41092719900100123"), TODAY)).isFalse(); // day 0
    }

    @Test
    void theBirthDateLiesBetween1900AndToday() {
        assertThat(ResidentIdNumber.isValid(withCheck("41092719000101123"), TODAY)).isTrue();
        assertThat(ResidentIdNumber.isValid(withCheck("41092718991231123"), TODAY)).isFalse();
        assertThat(ResidentIdNumber.isValid(withCheck("41092720261124123"), TODAY)).isTrue();  // born today
        assertThat(ResidentIdNumber.isValid(withCheck("41092720261125123"), TODAY)).isFalse(); // tomorrow
    }
}
