package org.anju.region.generator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county has Taiqian's shape, and a seed always gives the same rows. */
class RegisterGeneratorTests {

    private final CountyRows rows = GeneratedRows.taiqian();

    @Test
    void theSameSeedGivesTheSameRowsByteForByteOnceOpened() {
        CountyRows again = GeneratedRows.generate(GeneratedRows.SEED);
        for (int t = 0; t < rows.tables().size(); t++) {
            Table mine = rows.tables().get(t);
            Table theirs = again.tables().get(t);
            if (mine == rows.owners || mine == rows.residents) {
                // sealed with a fresh nonce each time: the same values, other ciphertext
                assertThat(theirs.text()).isNotEqualTo(mine.text());
                assertThat(lines(GeneratedRows.opened(theirs))).as(mine.name())
                        .isEqualTo(lines(GeneratedRows.opened(mine)));
            } else {
                assertThat(theirs.text()).as(mine.name()).isEqualTo(mine.text());
            }
        }
        assertThat(again.county()).isEqualTo(rows.county());
    }

    private static List<String> lines(List<String[]> rows) {
        return rows.stream().map(r -> String.join("\t", r)).toList();
    }

    @Test
    void idNumbersAndPhonesAreWrittenSealedAndHashed() {
        String[] owner = GeneratedRows.of(rows.owners).get(0);
        assertThat(owner[3]).startsWith("t1:").doesNotContain(GeneratedRows.opened(rows.owners).get(0)[3]);
        assertThat(owner[4]).isEqualTo(GeneratedRows.SEALER.index().idNumber(GeneratedRows.opened(rows.owners).get(0)[3]));
        assertThat(rows.owners.text()).doesNotContainPattern("\\t[0-9]{17}[0-9X]\\t");
    }

    @Test
    void anotherSeedGivesOtherData() {
        CountyRows other = GeneratedRows.generate(GeneratedRows.SEED + 1);
        assertThat(other.estates.text()).isNotEqualTo(rows.estates.text());
        assertThat(GeneratedRows.opened(other.owners).get(0)[3]).isNotEqualTo(GeneratedRows.opened(rows.owners).get(0)[3]);
    }

    @Test
    void taiqianHasItsNineTownshipsInOrderAndMostEstatesInTheSeat() {
        County county = rows.county();
        assertThat(county.code()).isEqualTo("410927");
        assertThat(county.path()).isEqualTo("/1/2/3/");
        assertThat(county.townships()).extracting(Township::name).containsExactly("城关镇", "侯庙镇", "孙口镇", "打渔陈镇",
                "马楼镇", "吴坝镇", "后方乡", "清水河乡", "夹河乡");
        assertThat(county.townships().get(0).communities()).hasSize(8);
        assertThat(county.townships().get(0).communities().get(0).name()).isEqualTo("人和社区");
        assertThat(estates(county.townships().get(0))).hasSize(75);
        assertThat(county.townships().stream().skip(1))
                .allSatisfy(t -> assertThat(estates(t)).hasSizeBetween(3, 8))
                .allSatisfy(t -> assertThat(t.communities()).hasSizeBetween(2, 3));
        assertThat(county.townships().stream().mapToInt(t -> estates(t).size()).sum()).isEqualTo(120);
    }

    @Test
    void taiqianIsTheFirstCountyUnderTheFirstCityAtEveryScale() {
        RegisterPlan province = RegisterPlan.of(20, 20 * 300, GeneratedRows.SEED, Ids.fresh(), GeneratedRows.SEALER);
        assertThat(GeneratedRows.of(province.regions())).extracting(r -> r[2]).containsOnly("PROVINCE", "CITY").hasSize(4);
        County first = province.county(0).county();
        assertThat(first.name()).isEqualTo("台前县");
        assertThat(first.path()).isEqualTo("/1/2/3/");
        assertThat(province.county(1).county().path()).isEqualTo("/1/2/4/");
        assertThat(province.county(19).county().code()).startsWith("4102");
    }

    @Test
    void aboutThirtyThousandHousesAndOwners() {
        assertThat(rows.houseCount()).isBetween(28_500, 31_500);
        assertThat(rows.ownerCount()).isBetween(27_000, 33_000);
        List<String[]> ownerships = GeneratedRows.of(rows.ownerships);
        Map<String, Long> housesPerOwner = ownerships.stream().collect(Collectors.groupingBy(o -> o[1], Collectors.counting()));
        Map<String, Long> ownersPerHouse = ownerships.stream().collect(Collectors.groupingBy(o -> o[0], Collectors.counting()));
        assertThat(ownersPerHouse.values().stream().filter(n -> n > 1).count())
                .isBetween(rows.houseCount() / 20L, rows.houseCount() / 7L);
        assertThat(housesPerOwner.values().stream().filter(n -> n == 2 || n == 3).count()).isGreaterThan(1_000);
        assertThat(rows.county().townships().get(0).communities().get(0).estates())
                .anySatisfy(e -> assertThat(e.ownerOfTwoHouses()).isNotNull());
    }

    @Test
    void estatesBuildingsAndHousesAreWithinTheirRanges() {
        assertThat(GeneratedRows.of(rows.estates)).allSatisfy(e -> {
            int year = Integer.parseInt(e[5]);
            assertThat(year).isBetween(1985, 2022);
            assertThat(e[6]).isEqualTo(String.valueOf(year < 2000));
        });
        assertThat(GeneratedRows.of(rows.buildings)).allSatisfy(b -> {
            int floors = Integer.parseInt(b[4]);
            assertThat(floors).isBetween(2, 33);
            assertThat(b[5]).isEqualTo(String.valueOf(floors > 7));
        });
        List<String[]> houses = GeneratedRows.of(rows.houses);
        assertThat(houses).allSatisfy(h -> {
            assertThat(new BigDecimal(h[5])).isBetween(new BigDecimal("45.00"), new BigDecimal("160.00"));
            assertThat(new BigDecimal(h[5]).scale()).isEqualTo(2);
            assertThat(h[3]).isIn("1", "2", "3");
        });
        long shops = houses.stream().filter(h -> h[6].equals("COMMERCIAL")).count();
        assertThat(shops).isPositive().isLessThan(houses.size() / 20);
    }

    private static List<Estate> estates(Township t) {
        return t.communities().stream().flatMap(c -> c.estates().stream()).toList();
    }
}
