package org.anju.region.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Owners and residents of the houses of a county: mostly one person a house, about 10 % with a
 * co-owner, some people holding two or three houses of the same estate, and a few organisations
 * holding shops.
 */
final class OwnerGenerator {

    private static final double CO_OWNED = 0.10;
    private static final double SECOND_HOUSE = 0.08;
    private static final double ORGANISATION_SHOP = 0.5;
    private static final double WITH_RESIDENT = 0.3;

    /** A person who may still take another house of the estate being generated. */
    private static final class Holder {
        final long id;
        final String name;
        final String phone;
        int houses;

        Holder(long id, String name, String phone) {
            this.id = id;
            this.name = name;
            this.phone = phone;
        }
    }

    private final CountyRows rows;
    private final Ids ids;
    private final Identities identities;
    private final SplittableRandom random;
    private final CountySpec county;
    private final List<Long> organisations = new ArrayList<>();
    private final PersonalDataSealer sealer;
    private List<Holder> holders = new ArrayList<>();

    OwnerGenerator(CountyRows rows, Ids ids, Identities identities, SplittableRandom random, CountySpec county,
                   PersonalDataSealer sealer) {
        this.sealer = sealer;
        this.rows = rows;
        this.ids = ids;
        this.identities = identities;
        this.random = random;
        this.county = county;
    }

    void startEstate() {
        holders = new ArrayList<>();
    }

    /** The first owner of the current estate who holds exactly two of its houses, if any. */
    Long ownerOfTwoHouses() {
        return holders.stream().filter(h -> h.houses == 2).map(h -> h.id).findFirst().orElse(null);
    }

    void house(long houseId, boolean shop, int builtYear) {
        if (shop && random.nextDouble() < ORGANISATION_SHOP) {
            rows.ownerships.row(houseId, organisation());
            return;
        }
        Holder owner = holders.isEmpty() || random.nextDouble() >= SECOND_HOUSE ? newPerson()
                : holders.get(random.nextInt(holders.size()));
        owner.houses++;
        if (owner.houses == 3) {
            holders.remove(owner);
        }
        rows.ownerships.row(houseId, owner.id);
        if (!shop && random.nextDouble() < CO_OWNED) {
            rows.ownerships.row(houseId, person().id);
        }
        if (!shop && random.nextDouble() < WITH_RESIDENT) {
            resident(houseId, owner, builtYear);
        }
    }

    private Holder newPerson() {
        Holder h = person();
        holders.add(h);
        return h;
    }

    private Holder person() {
        long id = ids.owner++;
        String area = random.nextDouble() < 0.85 ? county.code()
                : PlaceNames.HENAN_AREAS.get(random.nextInt(PlaceNames.HENAN_AREAS.size()));
        String idNumber = identities.residentId(id, area);
        String name = PersonNames.person(random, Identities.male(idNumber));
        String phone = random.nextDouble() < 0.95 ? Identities.mobile(random) : null;
        owner(id, "PERSON", name, idNumber, phone);
        return new Holder(id, name, phone);
    }

    /** A county's organisations are created as shops need them, up to a dozen, then reused. */
    private long organisation() {
        if (organisations.size() < PersonNames.organisations() && (organisations.isEmpty() || random.nextInt(3) == 0)) {
            long id = ids.owner++;
            owner(id, "ORGANIZATION", PersonNames.organisation(organisations.size(), county.name()),
                    identities.creditCode(id, county.code()), Identities.mobile(random));
            organisations.add(id);
            return id;
        }
        return organisations.get(random.nextInt(organisations.size()));
    }

    private void resident(long houseId, Holder owner, int builtYear) {
        double kind = random.nextDouble();
        String relation = kind < 0.5 ? "OWNER" : kind < 0.8 ? "FAMILY" : "TENANT";
        String name = switch (relation) {
            case "OWNER" -> owner.name;
            case "FAMILY" -> PersonNames.relative(random, owner.name);
            default -> PersonNames.person(random, random.nextBoolean());
        };
        String phone = relation.equals("OWNER") ? owner.phone : Identities.mobile(random);
        LocalDate from = LocalDate.of(Math.max(builtYear, 1990), 1, 1);
        LocalDate movedIn = from.plusDays(random.nextInt((int) (LocalDate.of(2026, 6, 30).toEpochDay() - from.toEpochDay())));
        Object[] sealed = sealer.phone(phone);
        rows.residents.row(ids.resident++, houseId, name, sealed[0], sealed[1], relation, movedIn);
    }

    private void owner(long id, String kind, String name, String idNumber, String phone) {
        Object[] sealedId = sealer.idNumber(idNumber);
        Object[] sealedPhone = sealer.phone(phone);
        rows.owners.row(id, kind, name, sealedId[0], sealedId[1], sealedPhone[0], sealedPhone[1]);
    }
}
