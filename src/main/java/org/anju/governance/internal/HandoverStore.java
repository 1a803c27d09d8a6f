package org.anju.governance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.governance.CommitteeKind;
import org.anju.governance.HandoverItemKind;
import org.anju.governance.HandoverKind;
import org.anju.governance.HandoverStatus;
import org.anju.governance.HandoverView.Handover;
import org.anju.governance.HandoverView.Item;
import org.anju.governance.HandoverView.RollHandover;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of committee handovers and of the developer's owner roll. Every read ANDs the caller's jurisdiction. */
@Repository
public class HandoverStore {

    /** Filters of the list; null = any. */
    public record Filter(Long townshipId, Long estateId, Long committeeId, HandoverStatus status, boolean overdueOnly) {
    }

    private static final String PLACE = """
            join reg_estate e on e.id = g.estate_id join reg_region c on c.id = e.community_id
            join reg_region t on t.id = c.parent_id
            """;

    private static final String SELECT = """
            select h.*, g.kind committee_kind, g.estate_id, e.name estate_name, t.name township_name,
                   c.name community_name, m.name member_name,
                   (select coalesce(sum(i.amount), 0) from gov_handover_item i where i.handover_id = h.id
                      and i.kind = 'MONEY') money
            from gov_handover h join gov_committee g on g.id = h.committee_id
            """ + PLACE + " left join gov_member m on m.id = h.member_id ";

    private static final String ROLL = """
            select r.*, e.name estate_name, t.name township_name, c.name community_name
            from gov_roll_handover r join reg_estate e on e.id = r.estate_id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
            """;

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, Filter f, LocalDate today) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params())
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.estateId(), "e.id = :estate", "estate")
                .andIf(f.committeeId(), "(h.committee_id = :committee or h.successor_id = :committee)", "committee")
                .andIf(f.status() == null ? null : f.status().name(), "h.status = :status", "status");
        if (f.overdueOnly()) {
            w.and("h.status = 'OPEN' and h.due_on < :today", Map.of("today", today));
        }
        return w;
    }

    public List<Handover> list(Jurisdiction j, Filter f, LocalDate today, PageRequest page) {
        Where w = where(j, f, today);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by h.status = 'COMPLETED', h.due_on, h.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> handover(rs, today)).list().stream().map(this::withItems).toList();
    }

    public long count(Jurisdiction j, Filter f, LocalDate today) {
        Where w = where(j, f, today);
        return jdbc.sql("select count(*) from gov_handover h join gov_committee g on g.id = h.committee_id " + PLACE
                + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Every open handover within reach (the to-do list). */
    public List<Handover> open(Jurisdiction j, LocalDate today) {
        Where w = where(j, new Filter(null, null, null, HandoverStatus.OPEN, false), today);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by h.due_on, h.id").params(w.params())
                .query((rs, n) -> handover(rs, today)).list();
    }

    public Optional<Handover> find(Jurisdiction j, long id, LocalDate today) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("h.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query((rs, n) -> handover(rs, today))
                .optional().map(this::withItems);
    }

    /** Opens a handover; false if this occasion already has one (a committee to one successor, a member once). */
    public Optional<Long> insert(long committeeId, HandoverKind kind, Long successorId, Long memberId,
                                 LocalDate occasionOn, LocalDate dueOn) {
        return jdbc.sql("""
                        insert into gov_handover (committee_id, kind, successor_id, member_id, occasion_on, due_on, status)
                        values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict do nothing returning id""")
                .params(committeeId, kind.name(), successorId, memberId, occasionOn, dueOn)
                .query(Long.class).optional();
    }

    public void replaceItems(long handoverId, List<Item> items) {
        jdbc.sql("delete from gov_handover_item where handover_id = ?").param(handoverId).update();
        for (Item i : items) {
            jdbc.sql("insert into gov_handover_item (handover_id, kind, description, amount, handed) values (?, ?, ?, ?, ?)")
                    .params(handoverId, i.kind().name(), i.description(), i.amount(), i.handed()).update();
        }
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update gov_handover set " + assignments + " where id = :id").params(p).update();
    }

    public List<Item> items(long handoverId) {
        return jdbc.sql("select id, kind, description, amount, handed from gov_handover_item where handover_id = ? order by id")
                .param(handoverId).query((rs, n) -> new Item(rs.getLong(1), HandoverItemKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5))).list();
    }

    /** Committees of the management area filed before this one and still serving: they hand over to it. */
    public List<Long> predecessors(long committeeId) {
        return jdbc.sql("""
                        select p.id from gov_committee p join gov_committee n on n.area_id = p.area_id
                        where n.id = ? and p.id <> n.id and p.status = 'FILED' and p.formed_on <= n.formed_on
                        order by p.id""").param(committeeId).query(Long.class).list();
    }

    // the developer's owner roll

    public List<RollHandover> rolls(Jurisdiction j, Long townshipId, Boolean delivered, boolean overdueOnly,
                                    LocalDate today, PageRequest page) {
        Where w = rollWhere(j, townshipId, delivered, overdueOnly, today);
        return jdbc.sql(ROLL + " where " + w.sql() + " order by r.delivered_on is not null, r.due_on, r.id"
                        + " limit :limit offset :offset").params(w.params()).param("limit", page.size())
                .param("offset", page.offset()).query((rs, n) -> roll(rs, today)).list();
    }

    /** Every undelivered roll within reach (the to-do list). */
    public List<RollHandover> pendingRolls(Jurisdiction j, LocalDate today) {
        Where w = rollWhere(j, null, false, false, today);
        return jdbc.sql(ROLL + " where " + w.sql() + " order by r.due_on, r.id").params(w.params())
                .query((rs, n) -> roll(rs, today)).list();
    }

    public long countRolls(Jurisdiction j, Long townshipId, Boolean delivered, boolean overdueOnly, LocalDate today) {
        Where w = rollWhere(j, townshipId, delivered, overdueOnly, today);
        return jdbc.sql("select count(*) from (" + ROLL + " where " + w.sql() + ") x").params(w.params())
                .query(Long.class).single();
    }

    public Optional<RollHandover> roll(Jurisdiction j, long id, LocalDate today) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("r.id = :id", Map.of("id", id));
        return jdbc.sql(ROLL + " where " + w.sql()).params(w.params()).query((rs, n) -> roll(rs, today)).optional();
    }

    public Optional<Long> insertRoll(long estateId, String developer, LocalDate triggeredOn, LocalDate dueOn, String by) {
        return jdbc.sql("""
                        insert into gov_roll_handover (estate_id, developer_name, triggered_on, due_on, entered_by)
                        values (?, ?, ?, ?, ?) on conflict (estate_id) do nothing returning id""")
                .params(estateId, developer, triggeredOn, dueOn, by).query(Long.class).optional();
    }

    public void deliver(long id, LocalDate on, String other, String by) {
        jdbc.sql("""
                        update gov_roll_handover set delivered_on = ?, owner_roll = true, area_records = true,
                               other_materials = ?, entered_by = ? where id = ?""")
                .params(on, other, by, id).update();
    }

    /** Estates (of these) with an owner roll record. */
    public List<Long> estatesWithRoll(Jurisdiction j) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql("select r.estate_id from gov_roll_handover r join reg_estate e on e.id = r.estate_id where "
                + in.sql()).params(in.params()).query(Long.class).list();
    }

    private static Where rollWhere(Jurisdiction j, Long townshipId, Boolean delivered, boolean overdueOnly,
                                   LocalDate today) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).andIf(townshipId, "t.id = :township", "township");
        if (delivered != null) {
            w.and(delivered ? "r.delivered_on is not null" : "r.delivered_on is null", Map.of());
        }
        if (overdueOnly) {
            w.and("r.delivered_on is null and r.due_on < :today", Map.of("today", today));
        }
        return w;
    }

    private Handover withItems(Handover h) {
        return new Handover(h.id(), h.kind(), h.status(), h.committeeId(), h.committeeKind(), h.successorId(),
                h.memberId(), h.memberName(), h.estateId(), h.estateName(), h.townshipName(), h.communityName(),
                h.occasionOn(), h.dueOn(), h.overdue(), h.outgoingName(), h.outgoingConfirmedOn(), h.incomingName(),
                h.incomingConfirmedOn(), h.witnessName(), h.witnessedOn(), h.intervenedOn(), h.intervention(),
                h.completedOn(), h.money(), items(h.id()));
    }

    private static Handover handover(ResultSet rs, LocalDate today) throws SQLException {
        HandoverStatus status = HandoverStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new Handover(rs.getLong("id"), HandoverKind.valueOf(rs.getString("kind")), status,
                rs.getLong("committee_id"), CommitteeKind.valueOf(rs.getString("committee_kind")),
                rs.getObject("successor_id", Long.class), rs.getObject("member_id", Long.class),
                rs.getString("member_name"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getString("township_name"), rs.getString("community_name"),
                rs.getObject("occasion_on", LocalDate.class), due,
                status == HandoverStatus.OPEN && today.isAfter(due), rs.getString("outgoing_name"),
                rs.getObject("outgoing_confirmed_on", LocalDate.class), rs.getString("incoming_name"),
                rs.getObject("incoming_confirmed_on", LocalDate.class), rs.getString("witness_name"),
                rs.getObject("witnessed_on", LocalDate.class), rs.getObject("intervened_on", LocalDate.class),
                rs.getString("intervention"), rs.getObject("completed_on", LocalDate.class),
                rs.getBigDecimal("money"), List.of());
    }

    private static RollHandover roll(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate delivered = rs.getObject("delivered_on", LocalDate.class);
        return new RollHandover(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getString("township_name"), rs.getString("community_name"), rs.getString("developer_name"),
                rs.getObject("triggered_on", LocalDate.class), due, delivered, rs.getBoolean("owner_roll"),
                rs.getBoolean("area_records"), rs.getString("other_materials"),
                delivered == null ? today.isAfter(due) : delivered.isAfter(due));
    }
}
