package org.anju.region.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Township;

/**
 * Generates one county: townships, communities and estates, most of them in the county seat
 * (the first township), and sizes the estates so that their houses add up to the county's share.
 */
final class CountyGenerator {

    static final int HOUSES_PER_ESTATE = 250;
    private static final double SEAT_SHARE = 0.625;
    private static final double ESTATES_PER_SEAT_COMMUNITY = 9.4;

    private final CountySpec spec;
    private final Ids ids;
    private final SplittableRandom random;
    private final EstateGenerator estates;
    private final CountyRows rows = new CountyRows();

    CountyGenerator(CountySpec spec, Ids ids, Identities identities, SplittableRandom random, PersonalDataSealer sealer) {
        this.spec = spec;
        this.ids = ids;
        this.random = random;
        this.estates = new EstateGenerator(rows, ids, identities, random, spec, sealer);
    }

    CountyRows generate() {
        long countyId = spec.id();
        String path = spec.parentPath() + countyId + "/";
        rows.regions.row(countyId, spec.parentId(), "COUNTY", spec.code(), spec.name(), path, spec.sortOrder());
        List<PlaceNames.TownshipName> towns = spec.townships();
        int[] estateCounts = estatesPerTownship(towns.size());
        List<List<EstateGenerator.Plan>> plans = new ArrayList<>();
        double weight = 0;
        Set<String> names = new HashSet<>();
        for (int t = 0; t < towns.size(); t++) {
            List<EstateGenerator.Plan> list = new ArrayList<>();
            for (int e = 0; e < estateCounts[t]; e++) {
                EstateGenerator.Plan plan = EstateGenerator.Plan.draw(random, t == 0, towns.get(t).name(), names);
                weight += plan.weight();
                list.add(plan);
            }
            plans.add(list);
        }
        double scale = spec.houses() / weight;
        List<Township> townships = new ArrayList<>();
        for (int t = 0; t < towns.size(); t++) {
            townships.add(township(towns.get(t), t, countyId, path, plans.get(t), scale));
        }
        rows.county = new County(countyId, spec.code(), spec.name(), path, townships);
        return rows;
    }

    private Township township(PlaceNames.TownshipName town, int order, long countyId, String countyPath,
                              List<EstateGenerator.Plan> plans, double scale) {
        long id = ids.region++;
        String path = countyPath + id + "/";
        rows.regions.row(id, countyId, "TOWNSHIP", town.code(), town.name(), path, order + 1);
        int wanted = order == 0 ? (int) Math.round(plans.size() / ESTATES_PER_SEAT_COMMUNITY)
                : (int) Math.ceil(plans.size() / 3.0);
        Set<String> names = new LinkedHashSet<>(town.communities());
        while (names.size() < Math.max(2, wanted)) {
            PlaceNames.community(random, names);
        }
        List<Community> communities = new ArrayList<>();
        int n = 0;
        for (String name : names) {
            long cid = ids.region++;
            String code = town.code() + "%03d".formatted(++n);
            rows.regions.row(cid, id, "COMMUNITY", code, name, path + cid + "/", n);
            communities.add(new Community(cid, code, name, path + cid + "/", new ArrayList<>()));
        }
        for (int e = 0; e < plans.size(); e++) {
            Community c = communities.get(e % communities.size());
            c.estates().add(estates.estate(plans.get(e), c.id(), c.path(), scale));
        }
        return new Township(id, town.code(), town.name(), communities);
    }

    /** About 250 houses an estate; 62.5 % of the estates in the seat, the rest spread over the towns. */
    private int[] estatesPerTownship(int towns) {
        int total = Math.max(towns, (int) Math.round(spec.houses() / (double) HOUSES_PER_ESTATE));
        int[] counts = new int[towns];
        counts[0] = towns == 1 ? total : Math.max(1, (int) Math.round(total * SEAT_SHARE));
        int rest = total - counts[0];
        for (int t = 1; t < towns; t++) {
            counts[t] = rest / (towns - 1);
        }
        for (int left = towns == 1 ? 0 : rest % (towns - 1); left > 0; ) {
            int t = 1 + random.nextInt(towns - 1);
            if (counts[t] == rest / (towns - 1)) {
                counts[t]++;
                left--;
            }
        }
        return counts;
    }
}
