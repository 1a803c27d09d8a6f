package org.anju.region.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every document number and phone the generator makes passes the national check rules, and no number repeats. */
class GeneratedIdentitiesTests {

    private static final List<String[]> OWNERS = GeneratedRows.opened(GeneratedRows.taiqian().owners);

    @Test
    void theChecksThemselvesKnowValidAndInvalidNumbers() {
        assertThat(CheckDigits.residentId("11010519491231002X")).isTrue();
        assertThat(CheckDigits.residentId("110105194912310021")).isFalse();
        assertThat(CheckDigits.residentId("110105194902300027")).isFalse();
        assertThat(CheckDigits.creditCode("91350100M000100Y43")).isTrue();
        assertThat(CheckDigits.creditCode("91350100M000100Y44")).isFalse();
        assertThat(CheckDigits.mobile("13812345678")).isTrue();
        assertThat(CheckDigits.mobile("12812345678")).isFalse();
    }

    @Test
    void personOwnersHaveValidHenanResidentIdNumbersBornFrom1940To2000() {
        List<String[]> people = OWNERS.stream().filter(o -> o[1].equals("PERSON")).toList();
        assertThat(people).hasSizeGreaterThan(25_000);
        assertThat(people).allSatisfy(o -> {
            assertThat(CheckDigits.residentId(o[3])).as(o[3]).isTrue();
            assertThat(o[3]).startsWith("41");
            assertThat(Integer.parseInt(o[3].substring(6, 10))).isBetween(1940, 2000);
        });
        long local = people.stream().filter(o -> o[3].startsWith("410927")).count();
        assertThat(local).isGreaterThan(people.size() * 3L / 4).isLessThan(people.size());
    }

    @Test
    void organisationOwnersHaveValidUnifiedSocialCreditCodes() {
        List<String[]> organisations = OWNERS.stream().filter(o -> o[1].equals("ORGANIZATION")).toList();
        assertThat(organisations).isNotEmpty()
                .allSatisfy(o -> assertThat(CheckDigits.creditCode(o[3])).as(o[3]).isTrue());
    }

    @Test
    void idNumbersNeverRepeat() {
        Set<String> seen = new HashSet<>();
        OWNERS.forEach(o -> assertThat(seen.add(o[3])).as(o[3]).isTrue());
    }

    @Test
    void phonesAreValidMobileNumbers() {
        List<String> phones = OWNERS.stream().map(o -> o[4]).filter(p -> !p.equals("\\N")).toList();
        assertThat(phones).hasSizeGreaterThan(OWNERS.size() * 9 / 10)
                .allSatisfy(p -> assertThat(CheckDigits.mobile(p)).as(p).isTrue());
        assertThat(GeneratedRows.opened(GeneratedRows.taiqian().residents)).map(r -> r[3])
                .filteredOn(p -> !p.equals("\\N")).allSatisfy(p -> assertThat(CheckDigits.mobile(p)).as(p).isTrue());
    }

    @Test
    void creditCodesForCompaniesAreValidAndDistinct() {
        Identities identities = new Identities(7);
        Set<String> codes = new HashSet<>();
        for (long n = 0; n < 2_000; n++) {
            String code = identities.creditCode(90_000_000L + n, "410927");
            assertThat(CheckDigits.creditCode(code)).as(code).isTrue();
            assertThat(codes.add(code)).isTrue();
        }
    }
}
