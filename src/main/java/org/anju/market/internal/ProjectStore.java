package org.anju.market.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.market.FeeRegime;
import org.anju.market.ProjectView.FeeItem;
import org.anju.market.ProjectView.Project;
import org.anju.market.ServiceMode;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Projects' SQL; every read ANDs the caller's {@link MarketScope} over the project's estate. */
@Repository
public class ProjectStore {

    /** The list's filters; null = any. {@code active}: serving on {@code today}. */
    public record Filter(Long companyId, Long estateId, Long townshipId, Boolean active, LocalDate today) {
    }

    /** What a project row holds besides its company and estate. */
    public record Fields(ServiceMode serviceMode, LocalDate startsOn, LocalDate endsOn, String managerName,
                         String managerPhone, FeeRegime feeRegime) {
    }

    private static final String FROM = """
            from mkt_project p join mkt_company co on co.id = p.company_id join reg_estate e on e.id = p.estate_id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
            """;
    private static final String SELECT = "select p.*, co.name company_name, e.name estate_name, t.id township_id,"
            + " t.name township_name, (p.started_on <= :today and (p.ended_on is null or p.ended_on >= :today)) active "
            + FROM;

    private final JdbcClient jdbc;

    ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(MarketScope scope, Filter f) {
        Jurisdiction.Condition in = scope.projects();
        return new Where().and(in.sql(), in.params()).and("true", Map.of("today", f.today()))
                .andIf(f.companyId(), "p.company_id = :company", "company")
                .andIf(f.estateId(), "p.estate_id = :estate", "estate")
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.active(), "(p.started_on <= :today and (p.ended_on is null or p.ended_on >= :today)) = :active",
                        "active");
    }

    public List<Project> list(MarketScope scope, Filter f, PageRequest page) {
        Where w = where(scope, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by t.name, e.name, p.started_on desc, p.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ProjectStore::project).list();
    }

    public long count(MarketScope scope, Filter f) {
        Where w = where(scope, f);
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Project> find(MarketScope scope, long id, LocalDate today) {
        Where w = where(scope, new Filter(null, null, null, null, today)).and("p.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(ProjectStore::project).optional();
    }

    /** A project whoever asks (credit names its manager). */
    public Optional<Project> findAny(long id, LocalDate today) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).param("today", today)
                .query(ProjectStore::project).optional();
    }

    /** The estate's project serving on that day, whoever asks (public disclosure, tenders). */
    public Optional<Project> servingOn(long estateId, LocalDate day) {
        return jdbc.sql(SELECT + " where p.estate_id = :estate and p.started_on <= :today"
                        + " and (p.ended_on is null or p.ended_on >= :today) order by p.started_on desc limit 1")
                .param("estate", estateId).param("today", day).query(ProjectStore::project).optional();
    }

    /** Serialises project writes on one estate until the transaction ends (the overlap check below). */
    public void lockEstate(long estateId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(7215, ?)) l").param((int) estateId).query(Integer.class)
                .single();
    }

    /** Whether another project of the estate overlaps [from, to] (to null = open-ended). */
    public boolean overlaps(long estateId, LocalDate from, LocalDate to, long exceptId) {
        return jdbc.sql("""
                        select count(*) from mkt_project where estate_id = ? and id <> ?
                          and (ended_on is null or ended_on >= ?) and (cast(? as date) is null or started_on <= ?)""")
                .params(estateId, exceptId, from, to, to).query(Long.class).single() > 0;
    }

    public long insert(long companyId, long estateId, Fields f) {
        return jdbc.sql("""
                        insert into mkt_project (company_id, estate_id, started_on, ended_on, manager_name, manager_phone,
                                                 service_mode, fee_regime) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(companyId, estateId, f.startsOn(), f.endsOn(), f.managerName(), f.managerPhone(),
                        f.serviceMode().name(), f.feeRegime().name()).query(Long.class).single();
    }

    public void update(long id, Fields f) {
        jdbc.sql("""
                        update mkt_project set ended_on = ?, manager_name = ?, manager_phone = ?, service_mode = ?,
                               fee_regime = ? where id = ?""")
                .params(f.endsOn(), f.managerName(), f.managerPhone(), f.serviceMode().name(), f.feeRegime().name(), id)
                .update();
    }

    /** Ends the project on that day unless it already ends earlier (or starts later). */
    public void endBy(long id, LocalDate day) {
        jdbc.sql("update mkt_project set ended_on = least(coalesce(ended_on, ?), ?) where id = ? and started_on <= ?")
                .params(day, day, id, day).update();
    }

    public List<FeeItem> feeItems(long projectId) {
        return jdbc.sql("select * from mkt_fee_item where project_id = ? order by id").param(projectId)
                .query((rs, n) -> new FeeItem(rs.getLong("id"), rs.getString("name"), rs.getBigDecimal("unit_price"),
                        rs.getString("note"))).list();
    }

    public void replaceFeeItems(long projectId, List<FeeItem> items) {
        jdbc.sql("delete from mkt_fee_item where project_id = ?").param(projectId).update();
        for (FeeItem i : items) {
            jdbc.sql("insert into mkt_fee_item (project_id, name, unit_price, note) values (?, ?, ?, ?)")
                    .params(projectId, i.name(), i.unitPrice(), i.note()).update();
        }
    }

    /** For sample data: fee items of many projects in one go. */
    public void addFeeItem(long projectId, String name, BigDecimal price) {
        jdbc.sql("insert into mkt_fee_item (project_id, name, unit_price) values (?, ?, ?)")
                .params(projectId, name, price).update();
    }

    private static Project project(ResultSet rs, int n) throws SQLException {
        return new Project(rs.getLong("id"), rs.getLong("company_id"), rs.getString("company_name"),
                rs.getLong("estate_id"), rs.getString("estate_name"), rs.getLong("township_id"),
                rs.getString("township_name"), ServiceMode.valueOf(rs.getString("service_mode")),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getString("manager_name"), rs.getString("manager_phone"),
                FeeRegime.valueOf(rs.getString("fee_regime")), rs.getBoolean("active"));
    }
}
