package org.anju.renewal.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.renewal.FundingSource;
import org.anju.renewal.RenewalView.Funding;
import org.anju.renewal.RenewalView.OldEstate;
import org.anju.renewal.RenewalView.ServiceArea;
import org.anju.renewal.RenewalView.Settings;
import org.anju.renewal.RenovationStatus;
import org.anju.renewal.ServiceAreaSize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Old estates' SQL. An estate is old when the register flags it (legacy) or it has a renovation record. A service
 * area is visible when its township lies in the caller's region or one of its estates does.
 */
@Repository
public class RenewalStore {

    /** A renovation as written. */
    public record Renovation(RenovationStatus status, int year, String scope, BigDecimal buildingArea,
                             Long serviceAreaId) {
    }

    /** A service area's fields as written. */
    public record AreaFields(String name, String stationName, String stationAddress, LocalDate stationOpenedOn) {
    }

    private static final String ESTATES = """
            select e.id, e.name, c.name community, r.name township, e.legacy, n.status, n.renovation_year, n.scope,
                   n.building_area, n.service_area_id, a.name
              from reg_estate e join reg_region c on c.id = e.community_id join reg_region r on r.id = c.parent_id
              left join rnw_estate n on n.estate_id = e.id left join rnw_service_area a on a.id = n.service_area_id
            """;

    private static final String AREAS = """
            select a.id, a.township_id, r.name, a.name, a.station_name, a.station_address, a.station_opened_on,
                   (select count(*) from rnw_estate n where n.service_area_id = a.id),
                   (select coalesce(sum(n.building_area), 0) from rnw_estate n where n.service_area_id = a.id)
              from rnw_service_area a join reg_region r on r.id = a.township_id
            """;

    private final JdbcClient jdbc;

    RenewalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where estates(Jurisdiction j, RenovationStatus status, String text) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).and("(e.legacy or n.estate_id is not null)", Map.of())
                .andIf(status == null ? null : status.name(), "n.status = :status", "status")
                .andIf(Where.contains(text), "e.name like :text", "text");
    }

    public List<OldEstate> estates(Jurisdiction j, RenovationStatus status, String text, PageRequest page) {
        Where w = estates(j, status, text);
        return jdbc.sql(ESTATES + " where " + w.sql() + " order by r.name, e.name, e.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(RenewalStore::estate).list();
    }

    public long countEstates(Jurisdiction j, RenovationStatus status, String text) {
        Where w = estates(j, status, text);
        return jdbc.sql("select count(*) from reg_estate e left join rnw_estate n on n.estate_id = e.id where "
                + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Any estate of the jurisdiction (an estate becomes old by getting a renovation record). */
    public Optional<OldEstate> estate(Jurisdiction j, long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("e.id = :id", Map.of("id", estateId));
        return jdbc.sql(ESTATES + " where " + w.sql()).params(w.params()).query(RenewalStore::estate).optional();
    }

    public List<OldEstate> estatesOf(long areaId) {
        return jdbc.sql(ESTATES + " where n.service_area_id = ? order by e.name, e.id").param(areaId)
                .query(RenewalStore::estate).list();
    }

    /** The township (region id) of an estate. */
    public long townshipOf(long estateId) {
        return jdbc.sql("select c.parent_id from reg_estate e join reg_region c on c.id = e.community_id where e.id = ?")
                .param(estateId).query(Long.class).single();
    }

    public void saveRenovation(long estateId, Renovation r, String actor) {
        jdbc.sql("""
                        insert into rnw_estate (estate_id, region_path, status, renovation_year, scope, building_area,
                                                service_area_id, updated_by)
                        values (:e, (select region_path from reg_estate where id = :e), :status, :year, :scope, :area,
                                :sa, :actor)
                        on conflict (estate_id) do update set status = excluded.status,
                          renovation_year = excluded.renovation_year, scope = excluded.scope,
                          building_area = excluded.building_area, service_area_id = excluded.service_area_id,
                          updated_by = excluded.updated_by, updated_at = now()""")
                .param("e", estateId).param("status", r.status().name()).param("year", r.year())
                .param("scope", r.scope()).param("area", r.buildingArea()).param("sa", r.serviceAreaId())
                .param("actor", actor).update();
    }

    private static Where areas(Jurisdiction j) {
        Jurisdiction.Condition own = j.rows("a.region_path", "null");
        Jurisdiction.Condition served = j.rows("e.region_path", "e.id");
        Map<String, Object> params = new HashMap<>(own.params());
        params.putAll(served.params());
        return new Where().and("(" + own.sql() + " or exists (select 1 from rnw_estate n join reg_estate e on e.id = n.estate_id"
                + " where n.service_area_id = a.id and " + served.sql() + "))", params);
    }

    public List<ServiceArea> areas(Jurisdiction j, Settings s, PageRequest page) {
        Where w = areas(j);
        return jdbc.sql(AREAS + " where " + w.sql() + " order by r.name, a.name, a.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> area(rs, s)).list();
    }

    public long countAreas(Jurisdiction j) {
        Where w = areas(j);
        return jdbc.sql("select count(*) from rnw_service_area a where " + w.sql()).params(w.params())
                .query(Long.class).single();
    }

    public Optional<ServiceArea> area(Jurisdiction j, Settings s, long id) {
        Where w = areas(j).and("a.id = :id", Map.of("id", id));
        return jdbc.sql(AREAS + " where " + w.sql()).params(w.params()).query((rs, n) -> area(rs, s)).optional();
    }

    /** The service areas of a township, for the renovation form. */
    public List<ServiceArea> areasOfTownship(long townshipId, Settings s) {
        return jdbc.sql(AREAS + " where a.township_id = ? order by a.name, a.id").param(townshipId)
                .query((rs, n) -> area(rs, s)).list();
    }

    public long townshipOfArea(long areaId) {
        return jdbc.sql("select township_id from rnw_service_area where id = ?").param(areaId).query(Long.class)
                .optional().orElse(-1L);
    }

    public String regionPath(long regionId) {
        return jdbc.sql("select path from reg_region where id = ?").param(regionId).query(String.class).optional()
                .orElse(null);
    }

    public boolean isTownship(long regionId) {
        return jdbc.sql("select count(*) from reg_region where id = ? and level = 'TOWNSHIP'").param(regionId)
                .query(Long.class).single() == 1;
    }

    public boolean areaNameTaken(long townshipId, String name, long except) {
        return jdbc.sql("select count(*) from rnw_service_area where township_id = ? and name = ? and id <> ?")
                .params(townshipId, name, except).query(Long.class).single() > 0;
    }

    public long insertArea(long townshipId, AreaFields f, String actor) {
        return jdbc.sql("""
                        insert into rnw_service_area (township_id, region_path, name, station_name, station_address,
                                                      station_opened_on, created_by)
                        values (?, (select path from reg_region where id = ?), ?, ?, ?, ?, ?) returning id""")
                .params(townshipId, townshipId, f.name(), f.stationName(), f.stationAddress(), f.stationOpenedOn(),
                        actor).query(Long.class).single();
    }

    public void updateArea(long id, AreaFields f) {
        jdbc.sql("""
                        update rnw_service_area set name = ?, station_name = ?, station_address = ?,
                               station_opened_on = ? where id = ?""")
                .params(f.name(), f.stationName(), f.stationAddress(), f.stationOpenedOn(), id).update();
    }

    public long addFunding(long areaId, int year, FundingSource source, BigDecimal amount, String note, String actor) {
        return jdbc.sql("""
                        insert into rnw_funding (service_area_id, year, source, amount, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(areaId, year, source.name(), amount, note, actor).query(Long.class).single();
    }

    public List<Funding> funding(long areaId) {
        return jdbc.sql("""
                        select id, year, source, amount, note, recorded_by from rnw_funding where service_area_id = ?
                        order by year desc, source, id""").param(areaId)
                .query((rs, n) -> new Funding(rs.getLong(1), rs.getInt(2), FundingSource.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4), rs.getString(5), rs.getString(6))).list();
    }

    public Settings settings() {
        return jdbc.sql("select target_area, tolerance_pct, is_default from rnw_settings where id = 1")
                .query((rs, n) -> new Settings(rs.getBigDecimal(1), rs.getInt(2), rs.getBoolean(3))).single();
    }

    public void saveSettings(BigDecimal target, int tolerance, String actor) {
        jdbc.sql("""
                        update rnw_settings set target_area = ?, tolerance_pct = ?, is_default = false, updated_by = ?,
                               updated_at = now() where id = 1""").params(target, tolerance, actor).update();
    }

    private static ServiceArea area(ResultSet rs, Settings s) throws SQLException {
        BigDecimal total = rs.getBigDecimal(9);
        return new ServiceArea(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getLong(8), total,
                ServiceAreaSize.check(total, s.targetArea(), s.tolerancePercent()));
    }

    private static OldEstate estate(ResultSet rs, int n) throws SQLException {
        String status = rs.getString(6);
        return new OldEstate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                status == null ? null : RenovationStatus.valueOf(status), (Integer) rs.getObject(7), rs.getString(8),
                rs.getBigDecimal(9), (Long) rs.getObject(10), rs.getString(11));
    }
}
