package org.anju.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.governance.CommitteeKind;
import org.anju.governance.CommitteeStatus;
import org.anju.governance.CommitteeView.Announcement;
import org.anju.governance.CommitteeView.Event;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.CommitteeView.NegativeEntry;
import org.anju.governance.MemberRole;
import org.anju.governance.MemberStatus;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Committees' SQL. Every read of a committee ANDs the caller's jurisdiction over its estate. */
@Repository
public class CommitteeStore {

    /** A committee row as stored, with its estate's place; the facade adds what is due. */
    public record Row(long id, long estateId, String estateName, long townshipId, String townshipName,
                      long communityId, String communityName, CommitteeKind kind, CommitteeStatus status,
                      LocalDate formedOn, LocalDate termEnd, LocalDate filingDue, LocalDate filedOn,
                      LocalDate dissolutionDue, String returnReason, int activeMembers, long areaId, String areaName) {
    }

    /** Filters of the list; null = any. */
    public record Filter(Long townshipId, Long communityId, Long estateId, CommitteeKind kind, CommitteeStatus status) {
    }

    private static final String SELECT = """
            select g.id, g.estate_id, e.name estate_name, t.id township_id, t.name township_name, c.id community_id,
                   c.name community_name, g.kind, g.status, g.formed_on, g.term_end, g.filing_due, g.filed_on,
                   g.dissolution_due, g.return_reason,
                   (select count(*) from gov_member m where m.committee_id = g.id and m.status = 'ACTIVE') active,
                   g.area_id, case when exists (select 1 from reg_management_area x where x.estate_id = g.estate_id
                                                and x.id <> g.area_id)
                                   then (select x.name from reg_management_area x where x.id = g.area_id) end area_name
            from gov_committee g join reg_estate e on e.id = g.estate_id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
            """;

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.communityId(), "c.id = :community", "community")
                .andIf(f.estateId(), "g.estate_id = :estate", "estate")
                .andIf(f.kind() == null ? null : f.kind().name(), "g.kind = :kind", "kind")
                .andIf(f.status() == null ? null : f.status().name(), "g.status = :status", "status");
    }

    public List<Row> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by g.status = 'DISSOLVED', g.term_end, g.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(CommitteeStore::row).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) from gov_committee g join reg_estate e on e.id = g.estate_id"
                        + " join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id where "
                        + w.sql()).params(w.params()).query(Long.class).single();
    }

    /** Filed committees of every estate (public), estate by name; a DISSOLVED interim committee is no longer filed. */
    public List<Row> filed(Long estateId, String estateName, PageRequest page) {
        Where w = filedWhere(estateId, estateName);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by g.filed_on desc nulls last, g.id desc"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(CommitteeStore::row).list();
    }

    public long countFiled(Long estateId, String estateName) {
        Where w = filedWhere(estateId, estateName);
        return jdbc.sql("select count(*) from gov_committee g join reg_estate e on e.id = g.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    private static Where filedWhere(Long estateId, String estateName) {
        return new Where().and("g.status = 'FILED'", Map.of())
                .andIf(estateId, "g.estate_id = :estate", "estate")
                .andIf(Where.contains(estateName), "e.name like :name", "name");
    }

    public Optional<Row> find(Jurisdiction j, long id) {
        Where w = where(j, new Filter(null, null, null, null, null)).and("g.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(CommitteeStore::row).optional();
    }

    /**
     * Committees within reach the township must act on: filings pending, filed interim committees due for
     * dissolution, filed owners' committees whose term ends on or before reelectionFrom.
     */
    public List<Row> due(Jurisdiction j, LocalDate termEndsBy) {
        Where w = where(j, new Filter(null, null, null, null, null)).and("""
                (g.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
                 or g.status = 'FILED' and g.kind = 'INTERIM' and g.dissolution_due is not null
                 or g.status = 'FILED' and g.kind = 'OWNERS' and g.term_end <= :termEndsBy)""",
                Map.of("termEndsBy", termEndsBy));
        return jdbc.sql(SELECT + " where " + w.sql() + " order by g.id").params(w.params())
                .query(CommitteeStore::row).list();
    }

    /** The committee a member sits on, if that member exists. */
    public Optional<Long> committeeOf(long memberId) {
        return jdbc.sql("select committee_id from gov_member where id = ?").param(memberId).query(Long.class).optional();
    }

    /** A committee's status, whoever asks (for {@code Committees.canSign}). */
    public Optional<CommitteeStatus> status(long committeeId) {
        return jdbc.sql("select status from gov_committee where id = ?").param(committeeId).query(String.class)
                .optional().map(CommitteeStatus::valueOf);
    }

    /** A committee of the estate's default management area (the demo seeds). */
    public long insert(long estateId, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd, LocalDate filingDue,
                       CommitteeStatus status) {
        long area = jdbc.sql("select reg_default_area(?)").param(estateId).query(Long.class).single();
        return insert(estateId, area, kind, formedOn, termEnd, filingDue, status);
    }

    public long insert(long estateId, long areaId, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd,
                       LocalDate filingDue, CommitteeStatus status) {
        return jdbc.sql("""
                        insert into gov_committee (estate_id, area_id, kind, status, formed_on, term_end, filing_due)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, areaId, kind.name(), status.name(), formedOn, termEnd, filingDue)
                .query(Long.class).single();
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update gov_committee set " + assignments + " where id = :id").params(p).update();
    }

    /** Interim committees of a management area still acting (filed, no dissolution due yet). */
    public List<Long> actingInterims(long areaId) {
        return jdbc.sql("""
                        select id from gov_committee where area_id = ? and kind = 'INTERIM' and status = 'FILED'
                          and dissolution_due is null order by id""").param(areaId).query(Long.class).list();
    }

    /** Whether the management area has a filed committee of that kind. */
    public boolean hasFiled(long areaId, CommitteeKind kind) {
        return jdbc.sql("select count(*) from gov_committee where area_id = ? and kind = ? and status = 'FILED'")
                .params(areaId, kind.name()).query(Long.class).single() > 0;
    }

    public long insertMember(long committeeId, Member m) {
        return jdbc.sql("""
                        insert into gov_member (committee_id, name, owner_id, role, party_member, from_residents_committee,
                                                owner_representative, from_date, to_date, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, m.name(), m.ownerId(), m.role().name(), m.partyMember(),
                        m.fromResidentsCommittee(), m.ownerRepresentative(), m.fromDate(), m.toDate(),
                        m.status().name()).query(Long.class).single();
    }

    public List<Member> members(long committeeId) {
        return jdbc.sql("select * from gov_member where committee_id = ? order by case role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 else 2 end, id")
                .param(committeeId).query(CommitteeStore::member).list();
    }

    public Optional<Member> member(long memberId) {
        return jdbc.sql("select * from gov_member where id = ?").param(memberId).query(CommitteeStore::member)
                .optional();
    }

    public void memberStatus(long memberId, MemberStatus status, LocalDate toDate) {
        jdbc.sql("update gov_member set status = ?, to_date = coalesce(?, to_date) where id = ?")
                .params(status.name(), toDate, memberId).update();
    }

    public void event(long committeeId, String action, String reason, String actor) {
        jdbc.sql("insert into gov_committee_event (committee_id, action, reason, actor) values (?, ?, ?, ?)")
                .params(committeeId, action, reason, actor).update();
    }

    public List<Event> timeline(long committeeId) {
        return jdbc.sql("select action, reason, actor, at from gov_committee_event where committee_id = ? order by at, id")
                .param(committeeId).query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class))).list();
    }

    public void negativeEntry(long committeeId, long memberId, String reason, LocalDate listedOn) {
        jdbc.sql("insert into gov_negative_entry (member_id, committee_id, reason, listed_on) values (?, ?, ?, ?)")
                .params(memberId, committeeId, reason, listedOn).update();
    }

    public List<NegativeEntry> negativeList(long committeeId) {
        return jdbc.sql("""
                        select n.member_id, m.name, n.reason, n.listed_on from gov_negative_entry n
                        join gov_member m on m.id = n.member_id where n.committee_id = ? order by n.listed_on, n.id""")
                .param(committeeId).query((rs, n) -> new NegativeEntry(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class))).list();
    }

    public void announce(long committeeId, Long memberId, String kind, String text, LocalDate on) {
        jdbc.sql("insert into gov_announcement (committee_id, member_id, kind, text, published_on) values (?, ?, ?, ?, ?)")
                .params(committeeId, memberId, kind, text, on).update();
    }

    public List<Announcement> announcements(long committeeId) {
        return jdbc.sql("""
                        select member_id, kind, text, published_on from gov_announcement where committee_id = ?
                        order by published_on desc, id desc""")
                .param(committeeId).query((rs, n) -> new Announcement((Long) rs.getObject(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), null)).list();
    }

    /** SQL true when every management area of the estate has a filed committee of either kind. */
    private static final String EVERY_AREA_FILED = """
             not exists (select 1 from reg_management_area a where a.estate_id = e.id
                         and not exists (select 1 from gov_committee g where g.area_id = a.id and g.status = 'FILED'))""";

    /** Of these estates, those each of whose management areas has a filed committee of either kind. */
    public List<Long> filedEstates(Collection<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.id from reg_estate e where e.id in (:ids) and " + EVERY_AREA_FILED + " order by e.id")
                .param("ids", estateIds).query(Long.class).list();
    }

    /** Estates within the jurisdiction each of whose management areas has a filed committee of either kind. */
    public List<Long> filedEstates(Jurisdiction j) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql("select e.id from reg_estate e where " + EVERY_AREA_FILED + " and " + in.sql()
                        + " order by e.id")
                .params(in.params()).query(Long.class).list();
    }

    public Map<String, Integer> settings() {
        Map<String, Integer> m = new HashMap<>();
        jdbc.sql("select name, value from gov_setting").query((rs, n) -> m.put(rs.getString(1), rs.getInt(2))).list();
        return m;
    }

    public void setting(String name, int value) {
        jdbc.sql("""
                insert into gov_setting (name, value) values (?, ?)
                on conflict (name) do update set value = excluded.value, updated_at = now()""")
                .params(name, value).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getLong("township_id"), rs.getString("township_name"), rs.getLong("community_id"),
                rs.getString("community_name"), CommitteeKind.valueOf(rs.getString("kind")),
                CommitteeStatus.valueOf(rs.getString("status")), rs.getObject("formed_on", LocalDate.class),
                rs.getObject("term_end", LocalDate.class), rs.getObject("filing_due", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("dissolution_due", LocalDate.class),
                rs.getString("return_reason"), rs.getInt("active"), rs.getLong("area_id"), rs.getString("area_name"));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("owner_id"),
                MemberRole.valueOf(rs.getString("role")), rs.getBoolean("party_member"),
                rs.getBoolean("from_residents_committee"), rs.getBoolean("owner_representative"),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                MemberStatus.valueOf(rs.getString("status")));
    }
}
