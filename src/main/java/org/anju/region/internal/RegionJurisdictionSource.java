package org.anju.region.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.JurisdictionSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells identity what region-, estate- and owner-bound accounts may see. */
@Component
class RegionJurisdictionSource implements JurisdictionSource {

    private final JdbcClient jdbc;
    private final RegionQueries regions;

    RegionJurisdictionSource(JdbcClient jdbc, RegionQueries regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    @Override
    public Optional<Place> region(long regionId) {
        return regions.find(regionId).map(r -> new Place(r.path(), regions.fullName(r)));
    }

    @Override
    public Optional<Holdings> estate(long estateId) {
        return jdbc.sql("select name, region_path from reg_estate where id = ?").param(estateId)
                .query((rs, n) -> new Holdings(rs.getString(1), Set.of(estateId), Set.of(), rs.getString(2)))
                .optional();
    }

    @Override
    public Optional<Holdings> ownerHoldings(long ownerId) {
        record Held(long houseId, long estateId) {
        }
        List<Held> held = jdbc.sql("""
                        select h.id, h.estate_id from reg_ownership w join reg_house h on h.id = w.house_id
                        where w.owner_id = ?""")
                .param(ownerId).query((rs, n) -> new Held(rs.getLong(1), rs.getLong(2))).list();
        Optional<String> name = jdbc.sql("select name from reg_owner where id = ?").param(ownerId)
                .query(String.class).optional();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> houses = new HashSet<>();
        Set<Long> estates = new HashSet<>();
        held.forEach(h -> {
            houses.add(h.houseId());
            estates.add(h.estateId());
        });
        return Optional.of(new Holdings(name.get(), estates, houses, null));
    }
}
