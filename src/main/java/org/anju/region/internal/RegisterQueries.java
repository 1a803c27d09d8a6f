package org.anju.region.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.Masking;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.anju.region.HouseUse;
import org.anju.region.OwnerKind;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Building;
import org.anju.region.RegisterView.Estate;
import org.anju.region.RegisterView.House;
import org.anju.region.RegisterView.Owner;
import org.anju.region.RegisterView.OwnerRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the register. Every statement ANDs the caller's jurisdiction into its where clause,
 * so a row outside it is never loaded: a detail read outside it simply finds nothing (404).
 */
@Repository
public class RegisterQueries {

    private static final Map<String, String> ESTATE_SORTS = Map.of(
            "name", "e.name", "builtYear", "e.built_year", "houses", "houses", "totalArea", "total_area", "id", "e.id");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final BlindIndex index;

    RegisterQueries(JdbcClient jdbc, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.index = index;
    }

    // ---- estates

    private static final String ESTATE_SELECT = """
            select e.id, e.name, t.id as township_id, t.name as township_name, c.id as community_id,
                   c.name as community_name, e.address, e.built_year, e.legacy, e.longitude, e.latitude,
                   (select count(*) from reg_building b where b.estate_id = e.id) as buildings,
                   hs.houses, hs.total_area
            from reg_estate e
            join reg_region c on c.id = e.community_id
            join reg_region t on t.id = c.parent_id
            left join lateral (select count(*) as houses, coalesce(sum(h.exclusive_area), 0) as total_area
                               from reg_house h where h.estate_id = e.id) hs on true
            """;

    public PageResult<Estate> estates(Jurisdiction j, RegisterFilter f, PageRequest page) {
        Where where = estateWhere(j, f);
        long total = jdbc.sql("select count(*) from reg_estate e where " + where.sql())
                .params(where.params()).query(Long.class).single();
        String order = order(f.sort(), ESTATE_SORTS, "e.name");
        // Sorting by a column of reg_estate: pick the page's ids first, so the per-estate counts are
        // computed for one page only, not for every estate of a province.
        boolean computedSort = order.startsWith("houses") || order.startsWith("total_area");
        String sql = computedSort
                ? ESTATE_SELECT + " where " + where.sql() + " order by " + order + ", e.id limit :limit offset :offset"
                : ESTATE_SELECT + " where e.id in (select e.id from reg_estate e where " + where.sql() + " order by "
                        + order + ", e.id limit :limit offset :offset) order by " + order + ", e.id";
        List<Estate> rows = jdbc.sql(sql)
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RegisterQueries::estate).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public Optional<Estate> estate(Jurisdiction j, long id) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return jdbc.sql(ESTATE_SELECT + " where e.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id).query(RegisterQueries::estate).optional();
    }

    private Where estateWhere(Jurisdiction j, RegisterFilter f) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return new Where().and(scope.sql(), scope.params())
                .andIf(f.townshipId(), "e.region_path like (select path from reg_region where id = :township) || '%'", "township")
                .andIf(f.communityId(), "e.community_id = :community", "community")
                .andIf(f.estateId(), "e.id = :estate", "estate")
                .andIf(Where.contains(f.keyword()), "e.name like :kw or e.address like :kw", "kw");
    }

    private static Estate estate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Estate(rs.getLong("id"), rs.getString("name"), rs.getLong("township_id"),
                rs.getString("township_name"), rs.getLong("community_id"), rs.getString("community_name"),
                rs.getString("address"), rs.getObject("built_year", Integer.class), rs.getBoolean("legacy"),
                rs.getLong("buildings"), rs.getLong("houses"), rs.getBigDecimal("total_area"),
                rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"));
    }

    // ---- buildings

    private static final String BUILDING_SELECT = """
            select b.id, b.estate_id, e.name as estate_name, b.name, b.floors, b.has_lift, hs.houses, hs.total_area
            from reg_building b
            join reg_estate e on e.id = b.estate_id
            left join lateral (select count(*) as houses, coalesce(sum(h.exclusive_area), 0) as total_area
                               from reg_house h where h.building_id = b.id) hs on true
            """;

    public PageResult<Building> buildings(Jurisdiction j, RegisterFilter f, PageRequest page) {
        Where where = buildingScope(j)
                .andIf(f.townshipId(), "e.region_path like (select path from reg_region where id = :township) || '%'", "township")
                .andIf(f.communityId(), "e.community_id = :community", "community")
                .andIf(f.estateId(), "b.estate_id = :estate", "estate")
                .andIf(Where.contains(f.keyword()), "b.name like :kw", "kw");
        long total = jdbc.sql("select count(*) from reg_building b join reg_estate e on e.id = b.estate_id where "
                + where.sql()).params(where.params()).query(Long.class).single();
        List<Building> rows = jdbc.sql(BUILDING_SELECT + " where " + where.sql()
                        + " order by e.name, length(b.name), b.name, b.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RegisterQueries::building).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public Optional<Building> building(Jurisdiction j, long id) {
        Where where = buildingScope(j).and("b.id = :id", Map.of("id", id));
        return jdbc.sql(BUILDING_SELECT + " where " + where.sql())
                .params(where.params()).query(RegisterQueries::building).optional();
    }

    /** A building is visible with its estate; an owner sees only the buildings holding their houses. */
    private static Where buildingScope(Jurisdiction j) {
        Jurisdiction.Condition rows = j.rows("e.region_path", "e.id");
        Where w = new Where().and(rows.sql(), rows.params());
        if (j.scope() == Jurisdiction.Scope.HOUSES) {
            Jurisdiction.Condition own = j.houses("e.region_path", "e.id", "h.id");
            w.and("exists (select 1 from reg_house h where h.building_id = b.id and " + own.sql() + ")", own.params());
        }
        return w;
    }

    private static Building building(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Building(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getString("name"), rs.getObject("floors", Integer.class), rs.getBoolean("has_lift"),
                rs.getLong("houses"), rs.getBigDecimal("total_area"));
    }

    // ---- houses

    private static final String HOUSE_SELECT = """
            select h.id, h.estate_id, e.name as estate_name, h.building_id, b.name as building_name, h.section,
                   h.number, h.exclusive_area, h.use, h.built_year, h.has_fund_account
            from reg_house h
            join reg_estate e on e.id = h.estate_id
            join reg_building b on b.id = h.building_id
            """;

    public PageResult<House> houses(Jurisdiction j, RegisterFilter f, PageRequest page) {
        return housePage(houseWhere(j, f), page, f.estateId() != null || f.buildingId() != null);
    }

    /**
     * Houses in address order (estate, building, section, number) when the list is narrowed to an
     * estate, a building or an owner; otherwise in register order (id), which needs no sort of every
     * house of a county or province for each page.
     */
    private PageResult<House> housePage(Where where, PageRequest page, boolean addressOrder) {
        long total = jdbc.sql("select count(*) from reg_house h join reg_estate e on e.id = h.estate_id where "
                + where.sql()).params(where.params()).query(Long.class).single();
        String order = addressOrder
                ? "e.name, length(b.name), b.name, h.section, length(h.number), h.number, h.id" : "h.id";
        List<HouseRow> rows = jdbc.sql(HOUSE_SELECT + " where " + where.sql()
                        + " order by " + order + " limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RegisterQueries::houseRow).list();
        return new PageResult<>(withOwners(rows), total, page.page(), page.size());
    }

    public Optional<House> house(Jurisdiction j, long id) {
        Jurisdiction.Condition scope = j.houses("e.region_path", "e.id", "h.id");
        return jdbc.sql(HOUSE_SELECT + " where h.id = :id and " + scope.sql())
                .params(scope.params()).param("id", id).query(RegisterQueries::houseRow).optional()
                .map(r -> withOwners(List.of(r)).get(0));
    }

    /** The houses one owner holds, as far as the jurisdiction reaches. */
    public PageResult<House> housesOfOwner(Jurisdiction j, long ownerId, PageRequest page) {
        return housePage(houseWhere(j, RegisterFilter.none()).and(
                "exists (select 1 from reg_ownership w where w.house_id = h.id and w.owner_id = :owner)",
                Map.of("owner", ownerId)), page, true);
    }

    private Where houseWhere(Jurisdiction j, RegisterFilter f) {
        Jurisdiction.Condition scope = j.houses("e.region_path", "e.id", "h.id");
        return new Where().and(scope.sql(), scope.params())
                .andIf(f.townshipId(), "e.region_path like (select path from reg_region where id = :township) || '%'", "township")
                .andIf(f.communityId(), "e.community_id = :community", "community")
                .andIf(f.estateId(), "h.estate_id = :estate", "estate")
                .andIf(f.buildingId(), "h.building_id = :building", "building")
                .andIf(Where.contains(f.keyword()), "h.number like :kw", "kw");
    }

    private record HouseRow(long id, long estateId, String estateName, long buildingId, String buildingName,
                            String section, String number, BigDecimal area, HouseUse use, Integer builtYear,
                            boolean fund) {
    }

    private static HouseRow houseRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HouseRow(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getLong("building_id"), rs.getString("building_name"), rs.getString("section"),
                rs.getString("number"), rs.getBigDecimal("exclusive_area"), HouseUse.valueOf(rs.getString("use")),
                rs.getObject("built_year", Integer.class), rs.getBoolean("has_fund_account"));
    }

    /** One query for the owners of a whole page of houses. */
    private List<House> withOwners(List<HouseRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OwnerRef>> owners = new LinkedHashMap<>();
        jdbc.sql("""
                select w.house_id, o.id, o.name from reg_ownership w join reg_owner o on o.id = w.owner_id
                where w.house_id in (:ids) order by o.id""")
                .param("ids", rows.stream().map(HouseRow::id).toList())
                .query((rs, n) -> owners.computeIfAbsent(rs.getLong("house_id"), k -> new ArrayList<>())
                        .add(new OwnerRef(rs.getLong("id"), rs.getString("name"))))
                .list();
        return rows.stream().map(r -> new House(r.id(), r.estateId(), r.estateName(), r.buildingId(),
                r.buildingName(), r.section(), r.number(), r.area(), r.use(), r.builtYear(), r.fund(),
                owners.getOrDefault(r.id(), List.of()))).toList();
    }

    // ---- owners

    public PageResult<Owner> owners(Jurisdiction j, RegisterFilter f, PageRequest page) {
        Where held = ownershipsInScope(j, f);
        Where where = ownerWhere(j, f);
        // Counted from the scoped ownerships (an index range over the estates), not by probing every owner.
        String scoped = " from reg_ownership w join reg_estate e on e.id = w.estate_id where " + held.sql();
        boolean ownerConditions = !where.params().isEmpty();
        long total = jdbc.sql(ownerConditions
                        ? "select count(*) from reg_owner o join (select distinct w.owner_id" + scoped
                                + ") s on s.owner_id = o.id where " + where.sql()
                        : "select count(distinct w.owner_id)" + scoped)
                .params(held.params()).params(where.params()).query(Long.class).single();
        List<Owner> rows = jdbc.sql("""
                        select o.id, o.kind, o.name, o.id_number_enc, o.phone_enc,
                               (select count(*) from reg_ownership w where w.owner_id = o.id) as houses
                        from reg_owner o where """ + " " + where.sql() + " and exists (select 1 from reg_ownership w"
                        + " join reg_estate e on e.id = w.estate_id where w.owner_id = o.id and " + held.sql() + ")"
                        + " order by o.name, o.id limit :limit offset :offset")
                .params(held.params()).params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(this::owner).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public Optional<Owner> owner(Jurisdiction j, long id) {
        Where where = visibleOwner(j, id);
        return jdbc.sql("""
                        select o.id, o.kind, o.name, o.id_number_enc, o.phone_enc,
                               (select count(*) from reg_ownership w where w.owner_id = o.id) as houses
                        from reg_owner o where """ + " " + where.sql())
                .params(where.params()).query(this::owner).optional();
    }

    /** The unmasked identifiers of one owner in the jurisdiction (the caller audits the read). */
    public Optional<String[]> ownerIdentifiers(Jurisdiction j, long id) {
        Where where = visibleOwner(j, id);
        return jdbc.sql("select o.name, o.id_number_enc, o.phone_enc from reg_owner o where " + where.sql())
                .params(where.params())
                .query((rs, n) -> new String[] {rs.getString(1), cipher.open(rs.getString(2)),
                        cipher.open(rs.getString(3))}).optional();
    }

    /** One owner, if one of their houses is in the jurisdiction. */
    private Where visibleOwner(Jurisdiction j, long id) {
        Where held = ownershipsInScope(j, RegisterFilter.none());
        return ownerWhere(j, RegisterFilter.none()).and("o.id = :id", Map.of("id", id))
                .and("exists (select 1 from reg_ownership w join reg_estate e on e.id = w.estate_id"
                        + " where w.owner_id = o.id and " + held.sql() + ")", held.params());
    }

    /** Ownerships (w, with its estate e) inside the jurisdiction and the list's place filters. */
    private static Where ownershipsInScope(Jurisdiction j, RegisterFilter f) {
        Jurisdiction.Condition scope = j.houses("e.region_path", "e.id", "w.house_id");
        return new Where().and(scope.sql(), scope.params())
                .andIf(f.townshipId(), "e.region_path like (select path from reg_region where id = :township) || '%'", "township")
                .andIf(f.communityId(), "e.community_id = :community", "community")
                .andIf(f.estateId(), "w.estate_id = :estate", "estate")
                .andIf(f.buildingId(), "w.house_id in (select id from reg_house where building_id = :building)", "building");
    }

    /** Conditions on the owner row itself: an owner account sees only itself; the keyword. */
    private Where ownerWhere(Jurisdiction j, RegisterFilter f) {
        Where where = new Where();
        if (j.scope() == Jurisdiction.Scope.HOUSES) {
            where.and("o.id = :j_owner", Map.of("j_owner", j.ownerId()));
        }
        String kw = f.keyword() == null ? "" : f.keyword().strip();
        if (kw.matches("[0-9]{17}[0-9Xx]|[0-9A-Za-z]{18}")) {
            // a whole ID number or credit code: found through its keyed hash, never by a scan
            return where.and("o.id_number_hash = :idHash", Map.of("idHash", index.idNumber(kw)));
        }
        if (kw.replaceAll("[ -]", "").matches("1[0-9]{10}")) {
            return where.and("o.phone_hash = :phoneHash", Map.of("phoneHash", index.phone(kw)));
        }
        return where.andIf(Where.contains(f.keyword()), "o.name like :kw", "kw");
    }

    /** Opened here only to be masked: the full value leaves through the audited reveal alone. */
    private Owner owner(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Owner(rs.getLong("id"), OwnerKind.valueOf(rs.getString("kind")), rs.getString("name"),
                Masking.idNumber(cipher.open(rs.getString("id_number_enc"))),
                Masking.phone(cipher.open(rs.getString("phone_enc"))), rs.getLong("houses"));
    }

    private static String order(String sort, Map<String, String> allowed, String fallback) {
        if (sort == null || sort.isBlank()) {
            return fallback;
        }
        boolean desc = sort.startsWith("-");
        String column = allowed.get(desc ? sort.substring(1) : sort);
        return column == null ? fallback : column + (desc ? " desc" : " asc");
    }
}
