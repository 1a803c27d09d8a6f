package org.anju.region.generator;

import java.util.Set;
import java.util.SplittableRandom;
import org.anju.region.RegisterGenerator.Estate;

/**
 * Generates one estate: its management area, buildings of a type that fits its age and place
 * (low blocks in old compounds, high-rises with lifts in the seat's new estates), and houses.
 */
final class EstateGenerator {

    /** What an estate will be, drawn before the houses are counted out. */
    record Plan(String name, String address, boolean seat, boolean legacy, int builtYear, double weight) {

        static Plan draw(SplittableRandom random, boolean seat, String township, Set<String> taken) {
            boolean legacy = random.nextDouble() < (seat ? 0.4 : 0.35);
            int year = legacy ? 1985 + random.nextInt(15) : 2000 + random.nextInt(23);
            String name = PlaceNames.estate(random, seat ? (legacy ? PlaceNames.SEAT_OLD : PlaceNames.SEAT_NEW)
                    : PlaceNames.TOWN_ESTATES, township, taken);
            String address = seat
                    ? PlaceNames.SEAT_STREETS.get(random.nextInt(PlaceNames.SEAT_STREETS.size()))
                    : township + PlaceNames.TOWN_STREETS.get(random.nextInt(PlaceNames.TOWN_STREETS.size()));
            address += (1 + random.nextInt(300)) + "号";
            double weight = seat ? (legacy ? 40 + random.nextInt(160) : 150 + random.nextInt(550))
                    : (legacy ? 30 + random.nextInt(90) : 40 + random.nextInt(210));
            return new Plan(name, address, seat, legacy, year, weight);
        }
    }

    /** A building's shape. */
    private record Shape(int floors, int sections, int perFloor) {
        int houses() {
            return floors * sections * perFloor;
        }
    }

    private final CountyRows rows;
    private final Ids ids;
    private final SplittableRandom random;
    private final OwnerGenerator owners;

    EstateGenerator(CountyRows rows, Ids ids, Identities identities, SplittableRandom random, CountySpec county,
                    PersonalDataSealer sealer) {
        this.rows = rows;
        this.ids = ids;
        this.random = random;
        this.owners = new OwnerGenerator(rows, ids, identities, random, county, sealer);
    }

    Estate estate(Plan plan, long communityId, String communityPath, double scale) {
        long id = ids.estate++;
        rows.estates.row(id, communityId, communityPath, plan.name(), plan.address(), plan.builtYear(), plan.legacy());
        long area = ids.area++;
        rows.areas.row(area, id, plan.name()); // its default area, named after it (decision 0027)
        owners.startEstate();
        double target = plan.weight() * scale;
        int houses = 0;
        for (int b = 1; houses == 0 || houses + 0.0 < target; b++) {
            Shape shape = shape(plan);
            if (houses > 0 && houses + shape.houses() / 2.0 > target) {
                break;
            }
            boolean shops = b == 1 && !plan.legacy() && random.nextDouble() < (plan.seat() ? 0.35 : 0.2);
            houses += building(id, area, b, shape, plan, shops);
        }
        return new Estate(id, plan.name(), plan.builtYear(), plan.legacy(), houses, owners.ownerOfTwoHouses());
    }

    private int building(long estateId, long areaId, int number, Shape shape, Plan plan, boolean shops) {
        long id = ids.building++;
        rows.buildings.row(id, estateId, areaId, number + "号楼", shape.floors(), shape.floors() > 7);
        boolean highRise = shape.floors() > 7;
        for (int s = 1; s <= shape.sections(); s++) {
            for (int f = 1; f <= shape.floors(); f++) {
                for (int p = 1; p <= shape.perFloor(); p++) {
                    boolean shop = shops && f == 1;
                    int cents = shop ? between(4_500, 16_000) : plan.legacy() ? between(4_500, 9_500)
                            : highRise ? between(8_500, 16_000) : between(7_000, 14_000);
                    long house = ids.house++;
                    boolean fund = random.nextDouble() < (plan.legacy() ? 0.15 : 0.92);
                    rows.houses.row(house, estateId, id, s, f * 100 + p, cents / 100 + "." + "%02d".formatted(cents % 100),
                            shop ? "COMMERCIAL" : "RESIDENTIAL", plan.builtYear(), fund);
                    owners.house(house, shop, plan.builtYear());
                }
            }
        }
        return shape.houses();
    }

    private Shape shape(Plan plan) {
        if (plan.legacy()) {
            return new Shape(plan.builtYear() < 1992 ? between(2, 5) : between(4, 7), between(1, 3), 2);
        }
        double highRise = plan.seat() ? 0.55 : 0.2;
        if (random.nextDouble() < highRise) {
            int[] floors = plan.seat() ? new int[]{11, 12, 15, 18, 24, 26, 28, 30, 32, 33} : new int[]{11, 12, 15, 18};
            return new Shape(floors[random.nextInt(floors.length)], between(1, 2), between(2, plan.seat() ? 4 : 2));
        }
        return new Shape(plan.seat() ? between(5, 7) : between(3, 6), between(1, 3), 2);
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
