package org.anju.market.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.anju.identity.Jurisdiction;
import org.anju.market.ServiceMode;
import org.anju.market.ServiceModeView.EstateMode;
import org.anju.market.ServiceModeView.Period;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.anju.market.ServiceModes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service-mode SQL, every read scoped by the caller's jurisdiction through reg_estate e. */
@Repository
public class ServiceModeQueries {

    private static final String ESTATE_MODE = """
            select e.id, e.name, t.id as township_id, t.name as township_name, c.id as community_id,
                   c.name as community_name, e.legacy, coalesce(m.mode, 'NONE') as mode, m.from_date,
                   (select co.name from mkt_project p join mkt_company co on co.id = p.company_id
                    where p.id = m.project_id) as company_name,
                   a.id as area_id, case when exists (select 1 from reg_management_area x where x.estate_id = e.id
                                                      and x.id <> a.id) then a.name end as area_name
            from reg_estate e
            join reg_management_area a on a.estate_id = e.id
            join reg_region c on c.id = e.community_id
            join reg_region t on t.id = c.parent_id
            left join mkt_service_mode m on m.area_id = a.id and m.to_date is null
            """;

    /** SQL true when every management area of the estate has a current mode other than NONE (decision 0027). */
    private static final String COVERED = """
            not exists (select 1 from reg_management_area a where a.estate_id = %s
                        and not exists (select 1 from mkt_service_mode m where m.area_id = a.id
                                        and m.to_date is null and m.mode <> 'NONE'))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ServiceModeQueries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertAll(List<ServiceModes.Initial> periods) {
        batch.batchUpdate("""
                        insert into mkt_service_mode (estate_id, mode, from_date, to_date, project_id, recorded_by, note)
                        values (?, ?, ?, ?, case when ? = 'ENTERPRISE' then
                                (select id from mkt_project where estate_id = ? and ended_on is null) end, 'system', ?)""",
                periods, 1_000, (ps, p) -> {
                    ps.setLong(1, p.estateId());
                    ps.setString(2, p.mode().name());
                    ps.setDate(3, Date.valueOf(p.from()));
                    ps.setDate(4, p.to() == null ? null : Date.valueOf(p.to()));
                    ps.setString(5, p.to() == null ? p.mode().name() : "");
                    ps.setLong(6, p.estateId());
                    ps.setString(7, p.note());
                });
    }

    public PageResult<EstateMode> estates(Jurisdiction j, Long townshipId, Long communityId, Long estateId,
                                          ServiceMode mode, PageRequest page) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        Where where = new Where().and(scope.sql(), scope.params())
                .andIf(townshipId, "e.region_path like (select path from reg_region where id = :township) || '%'",
                        "township")
                .andIf(communityId, "e.community_id = :community", "community")
                .andIf(estateId, "e.id = :estate", "estate")
                .andIf(mode == null ? null : mode.name(), "coalesce(m.mode, 'NONE') = :mode", "mode");
        long total = jdbc.sql("""
                        select count(*) from reg_estate e join reg_management_area a on a.estate_id = e.id
                        left join mkt_service_mode m on m.area_id = a.id and m.to_date is null where """
                        + " " + where.sql())
                .params(where.params()).query(Long.class).single();
        List<EstateMode> rows = jdbc.sql(ESTATE_MODE + " where " + where.sql()
                        + " order by t.sort_order, t.name, c.name, e.name, e.id, a.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ServiceModeQueries::estateMode).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    /** The management area of an estate with its current mode. */
    public Optional<EstateMode> area(Jurisdiction j, long id, long areaId) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return jdbc.sql(ESTATE_MODE + " where e.id = :id and a.id = :area and " + scope.sql()).params(scope.params())
                .param("id", id).param("area", areaId).query(ServiceModeQueries::estateMode).optional();
    }

    /** The periods of an estate's areas (areaId null) or of one area, the latest first. */
    public List<Period> history(long estateId, Long areaId) {
        return jdbc.sql("""
                        select m.*, (select co.name from mkt_project p join mkt_company co on co.id = p.company_id
                                     where p.id = m.project_id) as company_name
                        from mkt_service_mode m where m.estate_id = :estate and (cast(:area as bigint) is null
                                                                               or m.area_id = :area)
                        order by m.from_date desc, m.id desc""")
                .param("estate", estateId).param("area", areaId).query((rs, n) -> new Period(rs.getLong("id"), rs.getLong("estate_id"),
                        ServiceMode.valueOf(rs.getString("mode")), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class), (Long) rs.getObject("project_id"),
                        rs.getString("company_name"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("note"), rs.getLong("area_id")))
                .list();
    }

    /** The estate's project active on that day, if any. */
    public Optional<Long> activeProject(long estateId, LocalDate on) {
        return jdbc.sql("""
                        select id from mkt_project where estate_id = ? and started_on <= ?
                          and (ended_on is null or ended_on >= ?) order by started_on desc limit 1""")
                .params(estateId, on, on).query(Long.class).optional();
    }

    public Optional<Long> projectCompany(long projectId) {
        return jdbc.sql("select company_id from mkt_project where id = ?").param(projectId).query(Long.class)
                .optional();
    }

    public boolean companyExists(long companyId) {
        return jdbc.sql("select count(*) from mkt_company where id = ?").param(companyId).query(Long.class)
                .single() > 0;
    }

    public boolean hasOpenProject(long estateId) {
        return jdbc.sql("select count(*) from mkt_project where estate_id = ? and ended_on is null")
                .param(estateId).query(Long.class).single() > 0;
    }

    /** Closes the area's current period the day before {@code from}. */
    public void closeCurrent(long areaId, LocalDate from) {
        jdbc.sql("update mkt_service_mode set to_date = ? where area_id = ? and to_date is null")
                .params(from.minusDays(1), areaId).update();
    }

    public long insert(long estateId, long areaId, ServiceMode mode, LocalDate from, Long projectId, String by,
                       String note) {
        return jdbc.sql("""
                        insert into mkt_service_mode (estate_id, area_id, mode, from_date, project_id, recorded_by, note)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, areaId, mode.name(), from, projectId, by, note).query(Long.class).single();
    }

    /** The management areas of an estate, the default one first. */
    public List<Long> areas(long estateId) {
        return jdbc.sql("select id from reg_management_area where estate_id = ? order by id").param(estateId)
                .query(Long.class).list();
    }

    /** Of the given estates (already in jurisdiction), those each of whose areas has a current mode not NONE. */
    public Set<Long> covered(Collection<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select e.id from reg_estate e where e.id in (:ids) and "
                        + COVERED.formatted("e.id"))
                .param("ids", estateIds).query(Long.class).list());
    }

    /** The estates of a jurisdiction each of whose areas has a current mode not NONE. */
    public Set<Long> covered(Jurisdiction j) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return new HashSet<>(jdbc.sql("select e.id from reg_estate e where " + COVERED.formatted("e.id") + " and "
                        + scope.sql())
                .params(scope.params()).query(Long.class).list());
    }

    private static EstateMode estateMode(ResultSet rs, int n) throws SQLException {
        return new EstateMode(rs.getLong("id"), rs.getString("name"), rs.getLong("township_id"),
                rs.getString("township_name"), rs.getLong("community_id"), rs.getString("community_name"),
                rs.getBoolean("legacy"), ServiceMode.valueOf(rs.getString("mode")),
                rs.getObject("from_date", LocalDate.class), rs.getString("company_name"), rs.getLong("area_id"),
                rs.getString("area_name"));
    }
}
