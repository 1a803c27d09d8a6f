package org.anju.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The houses of an estate (or one building) with their register areas and owners, as one read: what the voting
 * module freezes into a vote's roll. Not scoped to the caller (the roll is frozen whoever opens the vote): the
 * caller must have found the estate in its jurisdiction first.
 */
@Service
@Transactional(readOnly = true)
public class RegisterHoldings {

    /** A house with its area (m², exact) and its recorded owners (none: not sold yet, the developer's). */
    public record Holding(long houseId, long buildingId, String buildingName, String section, String number,
                          BigDecimal exclusiveArea, List<RegisterView.OwnerRef> owners) {
    }

    private final JdbcClient jdbc;

    RegisterHoldings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every house of the estate, or of one of its buildings when buildingId is given, in building/number order. */
    public List<Holding> of(long estateId, Long buildingId) {
        return of(estateId, null, buildingId);
    }

    /** Every house of the estate, of one of its management areas (areaId) or of one building, in building order. */
    public List<Holding> of(long estateId, Long areaId, Long buildingId) {
        Map<Long, Holding> houses = new LinkedHashMap<>();
        jdbc.sql("""
                        select h.id, h.building_id, b.name, h.section, h.number, h.exclusive_area, o.id, o.name
                        from reg_house h join reg_building b on b.id = h.building_id
                        left join reg_ownership w on w.house_id = h.id left join reg_owner o on o.id = w.owner_id
                        where h.estate_id = :estate and (cast(:building as bigint) is null or h.building_id = :building)
                          and (cast(:area as bigint) is null or b.management_area_id = :area)
                        order by b.name, h.building_id, h.section, h.number, h.id, o.id""")
                .param("estate", estateId).param("building", buildingId).param("area", areaId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    Holding h = houses.computeIfAbsent(id, k -> {
                        try {
                            return new Holding(k, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getBigDecimal(6), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    long owner = rs.getLong(7);
                    if (!rs.wasNull()) {
                        h.owners().add(new RegisterView.OwnerRef(owner, rs.getString(8)));
                    }
                    return id;
                }).list();
        return houses.values().stream().map(h -> new Holding(h.houseId(), h.buildingId(), h.buildingName(),
                h.section(), h.number(), h.exclusiveArea(), List.copyOf(h.owners()))).toList();
    }
}
