package org.anju.region.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.region.OwnerKind;
import org.junit.jupiter.api.Test;

import static org.anju.region.importing.RegisterFiles.creditCode;
import static org.anju.region.importing.RegisterFiles.personId;
import static org.anju.region.importing.RegisterFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

class ImportValidatorTests {

    private static final ImportPlan.Existing NOTHING = new ImportPlan.Existing(Set.of(), Map.of());

    private static List<SourceRow> rows(String[]... cells) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            rows.add(new SourceRow(i + 2, List.of(cells[i])));
        }
        return rows;
    }

    private static ImportPlan plan(String[]... cells) {
        return new ImportValidator(NOTHING).validate(rows(cells), ImportProgress.NONE);
    }

    private static List<String> problems(String[]... cells) {
        try {
            plan(cells);
        } catch (ImportRefused e) {
            return e.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.messageKey()).toList();
        }
        return List.of();
    }

    @Test
    void theLargestAreaIs9999Point99WithTwoDecimals() {
        assertThat(problems(row("1", "", "1", "9999.99", "住宅", "甲", personId(), ""))).isEmpty();
        assertThat(problems(row("1", "", "1", "10000", "住宅", "甲", personId(), "")))
                .containsExactly("2 AREA import.row.areaTooLarge");
        assertThat(problems(row("1", "", "1", "0.01", "住宅", "甲", personId(), ""))).isEmpty();
        assertThat(problems(row("1", "", "1", "0.00", "住宅", "甲", personId(), "")))
                .containsExactly("2 AREA import.row.areaNotPositive");
        assertThat(problems(row("1", "", "1", "80.100", "住宅", "甲", personId(), ""))).isEmpty();
        assertThat(problems(row("1", "", "1", "80.101", "住宅", "甲", personId(), "")))
                .containsExactly("2 AREA import.row.areaScale");
    }

    @Test
    void theIdNumberDecidesPersonOrOrganizationAndALowerCaseXIsAccepted() {
        String person = personId();
        while (person.charAt(17) != 'X') {
            person = personId();
        }
        ImportPlan plan = plan(row("1", "", "1", "80", "住宅", "甲", person.toLowerCase(), ""),
                row("1", "", "2", "80", "商业", "乙公司", creditCode(), ""));
        assertThat(plan.owners()).extracting(ImportPlan.Owner::kind)
                .containsExactly(OwnerKind.PERSON, OwnerKind.ORGANIZATION);
        assertThat(plan.owners().get(0).idNumber()).isEqualTo(person);
    }

    @Test
    void aPhoneWithSpacesIsKeptAsDigitsAndAWrongOneIsRefused() {
        assertThat(plan(row("1", "", "1", "80", "住宅", "甲", personId(), "138 1234 5678")).owners().get(0).phone())
                .isEqualTo("13812345678");
        assertThat(problems(row("1", "", "1", "80", "住宅", "甲", personId(), "0393-1234567")))
                .containsExactly("2 PHONE import.row.phone");
    }

    @Test
    void theSameOwnerTwiceOnOneHouseIsRefused() {
        String id = personId();
        assertThat(problems(row("1", "", "1", "80", "住宅", "甲", id, ""), row("1", "", "1", "80", "住宅", "甲", id, "")))
                .containsExactly("3 ID_NUMBER import.row.duplicateOwnership");
    }

    @Test
    void oneOwnerMayNotCarryTwoPhones() {
        String id = personId();
        assertThat(problems(row("1", "", "1", "80", "住宅", "甲", id, "13800000001"),
                row("1", "", "2", "80", "住宅", "甲", id, "13800000002")))
                .containsExactly("3 PHONE import.row.ownerPhoneDiffers");
    }

    @Test
    void sectionsTellHousesApart() {
        ImportPlan plan = plan(row("1", "1", "101", "80", "住宅", "甲", personId(), ""),
                row("1", "2", "101", "80", "住宅", "乙", personId(), ""));
        assertThat(plan.houses()).hasSize(2);
    }
}
