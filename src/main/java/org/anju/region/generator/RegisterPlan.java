package org.anju.region.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The top of the tree (河南省, its cities) and the counties to generate under it. 台前县 always
 * comes first, so it is /1/2/3/ in an empty database whatever the scale.
 */
public final class RegisterPlan {

    private static final double COUNTIES_PER_CITY = 8.5;

    private final Table regions = new Table("reg_region", "id, parent_id, level, code, name, path, sort_order");
    private final List<CountySpec> counties = new ArrayList<>();
    private final Ids ids;
    private final long seed;
    private final PersonalDataSealer sealer;

    private RegisterPlan(Ids ids, long seed, PersonalDataSealer sealer) {
        this.ids = ids;
        this.seed = seed;
        this.sealer = sealer;
    }

    /** Plans counties sharing the houses evenly; region ids are taken from ids; personal data sealed by sealer. */
    public static RegisterPlan of(int counties, long houses, long seed, Ids ids, PersonalDataSealer sealer) {
        RegisterPlan plan = new RegisterPlan(ids, seed, sealer);
        SplittableRandom random = new SplittableRandom(seed);
        long province = ids.region++;
        plan.regions.row(province, null, "PROVINCE", "41", "河南省", "/" + province + "/", 1);
        int puyang = Math.min(counties, PlaceNames.PUYANG_COUNTIES.size());
        int others = counties - puyang;
        int cities = (int) Math.ceil(others / COUNTIES_PER_CITY);
        Set<String> countyNames = new HashSet<>();
        PlaceNames.PUYANG_COUNTIES.forEach(c -> countyNames.add(c[1]));
        for (int c = 0; c <= cities; c++) {
            String[] city = PlaceNames.HENAN_CITIES.get(c);
            long cityId = ids.region++;
            String path = "/" + province + "/" + cityId + "/";
            plan.regions.row(cityId, province, "CITY", city[0], city[1], path, c + 1);
            int n = c == 0 ? puyang : others / cities + (c <= others % cities ? 1 : 0);
            for (int k = 0; k < n; k++) {
                String[] county = c == 0 ? PlaceNames.PUYANG_COUNTIES.get(k) : madeUpCounty(random, city[0], k, countyNames);
                int index = plan.counties.size();
                int share = (int) (houses / counties + (index < houses % counties ? 1 : 0));
                List<PlaceNames.TownshipName> towns = county[0].equals("410927") ? PlaceNames.TAIQIAN
                        : townships(random, county[0]);
                long countyId = ids.region++;  // right after its city, so that 台前县 is /1/2/3/ at every scale
                plan.counties.add(new CountySpec(countyId, county[0], county[1], cityId, path, k + 1, towns, share));
            }
        }
        return plan;
    }

    /** The province's and cities' rows. */
    public Table regions() {
        return regions;
    }

    public int counties() {
        return counties.size();
    }

    /** Generates the county at that index; call in order, since ids run on from one county to the next. */
    public CountyRows county(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        return new CountyGenerator(counties.get(index), ids, new Identities(seed), random, sealer).generate();
    }

    private static String[] madeUpCounty(SplittableRandom random, String cityCode, int k, Set<String> taken) {
        boolean district = k == 0 || random.nextInt(4) == 0;
        String name = PlaceNames.stem(random, district ? "区" : "县", taken);
        return new String[]{cityCode + "%02d".formatted(district ? 2 + k : 21 + k), name};
    }

    /** 城关镇 (the seat), then 7 to 11 more 镇 and 乡. */
    private static List<PlaceNames.TownshipName> townships(SplittableRandom random, String countyCode) {
        List<PlaceNames.TownshipName> towns = new ArrayList<>();
        towns.add(new PlaceNames.TownshipName("城关镇", countyCode + "100", List.of()));
        Set<String> taken = new HashSet<>(Set.of("城关镇"));
        int count = 8 + random.nextInt(5);
        int zhen = 0;
        int xiang = 0;
        for (int t = 1; t < count; t++) {
            boolean town = random.nextInt(10) < 7;
            String name = PlaceNames.stem(random, town ? "镇" : "乡", taken);
            String code = countyCode + (town ? 101 + zhen++ : 200 + xiang++);
            towns.add(new PlaceNames.TownshipName(name, code, List.of()));
        }
        return towns;
    }
}
