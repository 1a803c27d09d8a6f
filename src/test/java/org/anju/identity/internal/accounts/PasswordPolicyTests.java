package org.anju.identity.internal.accounts;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GB/T 22239-2019 8.1.4.1: length, three character classes, not the user name. */
class PasswordPolicyTests {

    @Test
    void eightCharactersOfThreeClassesAreEnough() {
        assertThat(PasswordPolicy.violations("wangmin", "Abcdef1x")).isEmpty();
        assertThat(PasswordPolicy.violations("wangmin", "abcdef1!")).isEmpty();
        assertThat(PasswordPolicy.violations("wangmin", "ABCDEF1!")).isEmpty();
    }

    @Test
    void sevenCharactersAreTooShortWhateverTheirClasses() {
        assertThat(PasswordPolicy.violations("wangmin", "Abc@12x")).containsExactly("password.rule.length");
        assertThat(PasswordPolicy.violations("wangmin", null)).containsExactly("password.rule.length");
    }

    @Test
    void twoClassesAreNotEnoughHoweverLong() {
        assertThat(PasswordPolicy.violations("wangmin", "abcdefgh12345678")).containsExactly("password.rule.classes");
        assertThat(PasswordPolicy.violations("wangmin", "ABCDEFGHijklmnop")).containsExactly("password.rule.classes");
        assertThat(PasswordPolicy.violations("wangmin", "!!!!@@@@12345678")).containsExactly("password.rule.classes");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedInAnyCase() {
        assertThat(PasswordPolicy.violations("wangmin", "WangMin@2026")).containsExactly("password.rule.username");
        assertThat(PasswordPolicy.violations("wangmin", "x1!WANGMIN")).containsExactly("password.rule.username");
    }

    @Test
    void moreThanSixtyFourCharactersAreRefusedForBcrypt() {
        assertThat(PasswordPolicy.violations("u", "Aa1!" + "x".repeat(61))).containsExactly("password.rule.tooLong");
        assertThat(PasswordPolicy.violations("u", "Aa1!" + "x".repeat(60))).isEmpty();
    }

    @Test
    void theDemoPasswordSatisfiesThePolicyForEveryDemoAccount() {
        for (String user : List.of("county", "chengguan", "houmiao", "shequ", "yeweihui", "wuye", "bumen", "yezhu",
                "admin")) {
            assertThat(PasswordPolicy.accepts(user, "Anju@2026")).as(user).isTrue();
        }
    }

    @RepeatedTest(20)
    void temporaryPasswordsAlwaysSatisfyThePolicy() {
        String password = TemporaryPasswords.next();
        assertThat(password).hasSize(12);
        assertThat(PasswordPolicy.violations("newclerk", password)).isEmpty();
        assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
                .containsPattern("[@#%+=!?]");
    }
}
