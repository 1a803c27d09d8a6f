package org.anju.fund.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.fund.Exclusion;
import org.anju.fund.FundView.EmergencyItem;
import org.anju.fund.FundView.Share;
import org.anju.fund.FundView.UsageEvent;
import org.anju.fund.UsageKind;
import org.anju.fund.UsageStatus;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Usages' SQL. Every read ANDs the caller's jurisdiction over the usage's estate. */
@Repository
public class UsageStore {

    /** A usage as stored, with its place, money so far and decision. */
    public record Row(long id, long estateId, String estateName, long townshipId, String townshipName,
                      String regionPath, UsageKind kind, UsageStatus status, String title, String emergencyItem,
                      BigDecimal budget, String contractor, String decisionRef, boolean decisionCarried,
                      String applicant, String appliedBy, LocalDate appliedOn, LocalDate decideBy, LocalDate decidedOn,
                      Exclusion exclusion, String reason, BigDecimal paid, BigDecimal refunded,
                      BigDecimal finalAmount, LocalDate completedOn, int houses) {
    }

    /** A new usage. */
    public record NewRow(long estateId, UsageKind kind, String title, String emergencyItem, BigDecimal budget,
                         String contractor, String decisionRef, String applicant, String appliedBy,
                         LocalDate appliedOn, LocalDate decideBy, String idempotencyKey) {
    }

    /** Filters of the list; null = any. */
    public record Filter(Long townshipId, Long estateId, UsageKind kind, UsageStatus status) {
    }

    private static final String SELECT = """
            select u.id, u.estate_id, e.name, t.id, t.name, e.region_path, u.kind, u.status, u.title, u.emergency_item,
                   u.budget, u.contractor, u.decision_ref,
                   coalesce((select d.carried from fnd_decision d where d.decision_ref = u.decision_ref
                             and d.estate_id = u.estate_id), false),
                   u.applicant, u.applied_by, u.applied_on, u.decide_by, u.decided_on, u.exclusion, u.reason,
                   coalesce((select sum(j.amount) from fnd_entry j where j.usage_id = u.id and j.kind = 'USAGE'), 0),
                   coalesce((select sum(j.amount) from fnd_entry j where j.usage_id = u.id and j.kind = 'REFUND'), 0),
                   u.final_amount, u.completed_on,
                   (select count(*) from fnd_usage_house uh where uh.usage_id = u.id)
            from fnd_usage u join reg_estate e on e.id = u.estate_id join reg_region c on c.id = e.community_id
                 join reg_region t on t.id = c.parent_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    UsageStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.estateId(), "u.estate_id = :estate", "estate")
                .andIf(f.kind() == null ? null : f.kind().name(), "u.kind = :kind", "kind")
                .andIf(f.status() == null ? null : f.status().name(), "u.status = :status", "status");
    }

    public List<Row> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by u.status <> 'APPLIED', u.decide_by nulls last,"
                        + " u.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(UsageStore::row).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) from fnd_usage u join reg_estate e on e.id = u.estate_id"
                        + " join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id where "
                        + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Approved and completed usages of every estate (published to everyone), estate by name, newest first. */
    public List<Row> announced(Long estateId, String estateName, PageRequest page) {
        Where w = announcedWhere(estateId, estateName);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by coalesce(u.completed_on, u.decided_on) desc, u.id desc"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(UsageStore::row).list();
    }

    public long countAnnounced(Long estateId, String estateName) {
        Where w = announcedWhere(estateId, estateName);
        return jdbc.sql("select count(*) from fnd_usage u join reg_estate e on e.id = u.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    private static Where announcedWhere(Long estateId, String estateName) {
        return new Where().and("u.status in ('APPROVED', 'COMPLETED')", Map.of())
                .andIf(estateId, "u.estate_id = :estate", "estate")
                .andIf(Where.contains(estateName), "e.name like :name", "name");
    }

    public Optional<Row> find(Jurisdiction j, long id) {
        Where w = where(j, new Filter(null, null, null, null)).and("u.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(UsageStore::row).optional();
    }

    /** Locks the usage row (actions on one usage run one at a time). */
    public void lock(long id) {
        jdbc.sql("select id from fnd_usage where id = ? for update").param(id).query(Long.class).single();
    }

    public Optional<Long> withKey(String key) {
        return jdbc.sql("select id from fnd_usage where idempotency_key = ?").param(key).query(Long.class).optional();
    }

    public Optional<Long> insert(NewRow n) {
        return jdbc.sql("""
                        insert into fnd_usage (estate_id, kind, status, title, emergency_item, budget, contractor,
                                               decision_ref, applicant, applied_by, applied_on, decide_by,
                                               idempotency_key)
                        values (?, ?, 'APPLIED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing returning id""")
                .params(n.estateId(), n.kind().name(), n.title(), n.emergencyItem(), n.budget(), n.contractor(),
                        n.decisionRef(), n.applicant(), n.appliedBy(), n.appliedOn(), n.decideBy(),
                        n.idempotencyKey())
                .query(Long.class).optional();
    }

    public void houses(long usageId, List<Long> houseIds, List<BigDecimal> areas) {
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_usage_house (usage_id, house_id, area)
                    select ?, h, a from unnest(?::bigint[], ?::numeric[]) t(h, a)""");
            ps.setLong(1, usageId);
            ps.setArray(2, con.createArrayOf("bigint", houseIds.toArray()));
            ps.setArray(3, con.createArrayOf("numeric", areas.toArray()));
            return ps;
        });
    }

    /** The sharing houses (id → area), in id order. */
    public Map<Long, BigDecimal> sharingHouses(long usageId) {
        Map<Long, BigDecimal> houses = new java.util.LinkedHashMap<>();
        jdbc.sql("select house_id, area from fnd_usage_house where usage_id = ? order by house_id").param(usageId)
                .query(rs -> {
                    houses.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return houses;
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update fnd_usage set " + assignments + " where id = :id").params(p).update();
    }

    public void event(long usageId, String action, BigDecimal amount, String note, String actor) {
        jdbc.sql("insert into fnd_usage_event (usage_id, action, amount, note, actor) values (?, ?, ?, ?, ?)")
                .params(usageId, action, amount, note, actor).update();
    }

    public List<UsageEvent> events(long usageId) {
        return jdbc.sql("select action, amount, note, actor, at from fnd_usage_event where usage_id = ? order by id")
                .param(usageId).query((rs, n) -> new UsageEvent(rs.getString(1), rs.getBigDecimal(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** Each sharing house's net payment so far (paid less refunded), first 200 by id. */
    public List<Share> shares(long usageId) {
        return jdbc.sql("""
                        select h.id, b.name, h.section || ' ' || h.number, uh.area,
                               coalesce((select sum(l.amount) from fnd_line l join fnd_entry j on j.id = l.entry_id
                                         join fnd_account a on a.id = l.account_id
                                         where j.usage_id = uh.usage_id and a.house_id = h.id), 0)
                        from fnd_usage_house uh join reg_house h on h.id = uh.house_id
                             join reg_building b on b.id = h.building_id
                        where uh.usage_id = ? order by h.id limit 200""")
                .param(usageId).query((rs, n) -> new Share(rs.getLong(1), rs.getString(2), rs.getString(3).strip(),
                        rs.getBigDecimal(4), rs.getBigDecimal(5))).list();
    }

    public Optional<Boolean> decision(String ref, long estateId) {
        return jdbc.sql("select carried from fnd_decision where decision_ref = ? and estate_id = ?")
                .params(ref, estateId).query(Boolean.class).optional();
    }

    public boolean decisionExists(String ref) {
        return jdbc.sql("select count(*) from fnd_decision where decision_ref = ?").param(ref).query(Long.class)
                .single() > 0;
    }

    public void recordDecision(String ref, long estateId, boolean carried, String summary, String source,
                               String actor) {
        recordDecision(ref, estateId, null, null, null, carried, summary, source, actor);
    }

    /** A decision of the owners of one area, building or section (null: the whole estate). */
    public void recordDecision(String ref, long estateId, Long areaId, Long buildingId, String section,
                               boolean carried, String summary, String source, String actor) {
        jdbc.sql("""
                        insert into fnd_decision (decision_ref, estate_id, area_id, building_id, section, carried,
                                                  summary, source, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (decision_ref) do nothing""")
                .params(ref, estateId, areaId, buildingId, section, carried, summary, source, actor).update();
    }

    /**
     * How many of the usage's sharing houses lie outside the part of the estate whose owners took the decision (an
     * area, a building, a section of it); 0 for an estate-wide decision or none recorded.
     */
    public long housesOutsideDecision(long usageId, String ref) {
        return jdbc.sql("""
                        select count(*) from fnd_usage_house uh join reg_house h on h.id = uh.house_id
                             join reg_building b on b.id = h.building_id
                             join fnd_decision d on d.decision_ref = :ref
                        where uh.usage_id = :usage
                          and (d.area_id is not null and b.management_area_id <> d.area_id
                               or d.building_id is not null and h.building_id <> d.building_id
                               or d.section is not null and coalesce(h.section, '') <> d.section)""")
                .param("ref", ref).param("usage", usageId).query(Long.class).single();
    }

    public List<EmergencyItem> emergencyItems() {
        return jdbc.sql("select code, name, active from fnd_emergency_item order by sort_order, code")
                .query((rs, n) -> new EmergencyItem(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    public boolean activeItem(String code) {
        return jdbc.sql("select count(*) from fnd_emergency_item where code = ? and active").param(code)
                .query(Long.class).single() > 0;
    }

    public void itemActive(String code, boolean active) {
        jdbc.sql("update fnd_emergency_item set active = ?, is_default = false where code = ?").params(active, code)
                .update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String exclusion = rs.getString(20);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                UsageKind.valueOf(rs.getString(7)), UsageStatus.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getBigDecimal(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
                rs.getString(15), rs.getString(16), rs.getObject(17, LocalDate.class),
                rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class),
                exclusion == null ? null : Exclusion.valueOf(exclusion), rs.getString(21), rs.getBigDecimal(22),
                rs.getBigDecimal(23), rs.getBigDecimal(24), rs.getObject(25, LocalDate.class), rs.getInt(26));
    }

    /**
     * An estate's improvement figures: its income above the demand rate so far, and what its improvement uses
     * hold (budget while open, what was paid once completed; rejected and cancelled ones nothing), except one.
     */
    public BigDecimal[] improvementFigures(long estateId, long exceptUsage) {
        BigDecimal above = jdbc.sql("select coalesce(sum(above_demand), 0) from fnd_income where estate_id = ?")
                .param(estateId).query(BigDecimal.class).single();
        BigDecimal held = jdbc.sql("""
                        select coalesce(sum(case when status = 'COMPLETED' then final_amount else budget end), 0)
                        from fnd_usage where estate_id = ? and kind = 'IMPROVEMENT' and id <> ?
                          and status in ('APPLIED', 'APPROVED', 'COMPLETED')""")
                .params(estateId, exceptUsage).query(BigDecimal.class).single();
        return new BigDecimal[] {above, held};
    }
}
