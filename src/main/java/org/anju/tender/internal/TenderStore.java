package org.anju.tender.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.tender.ScoringScheme;
import org.anju.tender.TenderStatus;
import org.anju.tender.TenderView.Bid;
import org.anju.tender.TenderView.Conflict;
import org.anju.tender.TenderView.Criterion;
import org.anju.tender.TenderView.Expert;
import org.anju.tender.TenderView.PanelMember;
import org.anju.tender.TenderView.Score;
import org.anju.tender.TenderView.Tender;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tenders' SQL. The sealed-bid rule lives here: no query returns a bid's price or proposal unless the tender
 * has been opened and its opening time has come ({@link #OPEN_AT}); before that a caller lists only its own bid,
 * without amounts.
 */
@Repository
public class TenderStore {

    /** A new tender as stored. */
    public record NewTender(long estateId, String title, String developer, String requirements, Instant deadline,
                            Instant openingAt, int panelSize, String actor) {
    }

    /** The tender's place and state, for the facade's checks. */
    public record State(long id, long estateId, String estatePath, TenderStatus status, Instant deadline,
                        Instant openingAt, Instant openedAt, int panelSize, Long awardedBid) {
    }

    /** Whether the bids of tender t may be read at :now. */
    static final String OPEN_AT = "(t.opened_at is not null and t.opening_at <= :now)";

    private static final String FROM = """
             from tnd_tender t join reg_estate e on e.id = t.estate_id join reg_region c on c.id = e.community_id
                  join reg_region r on r.id = c.parent_id
            """;

    private static final String SELECT = """
            select t.id, t.estate_id, e.name estate_name, r.name township, t.title, t.developer, t.deadline,
                   t.opening_at, t.status, t.panel_size, (select count(*) from tnd_bid b where b.tender_id = t.id) bids
            """;

    private final JdbcClient jdbc;

    TenderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Officials see the tenders of their jurisdiction; a company (everyone, when all = true) sees every tender. */
    private static Where where(Jurisdiction j, boolean all, TenderStatus status, String text) {
        Jurisdiction.Condition in = all ? new Jurisdiction.Condition("true", Map.of())
                : j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(status == null ? null : status.name(), "t.status = :status", "status")
                .andIf(Where.contains(text), "(t.title like :text or e.name like :text)", "text");
    }

    public List<Tender> list(Jurisdiction j, boolean all, TenderStatus status, String text, PageRequest page) {
        Where w = where(j, all, status, text);
        return jdbc.sql(SELECT + FROM + " where " + w.sql() + " order by t.status = 'AWARDED', t.deadline desc, t.id desc"
                        + " limit :limit offset :offset").params(w.params()).param("limit", page.size())
                .param("offset", page.offset()).query(TenderStore::tender).list();
    }

    public long count(Jurisdiction j, boolean all, TenderStatus status, String text) {
        Where w = where(j, all, status, text);
        return jdbc.sql("select count(*)" + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Tender> find(Jurisdiction j, boolean all, long id) {
        Where w = where(j, all, null, null).and("t.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + FROM + " where " + w.sql()).params(w.params()).query(TenderStore::tender).optional();
    }

    public State state(long id) {
        return jdbc.sql("""
                        select t.id, t.estate_id, e.region_path, t.status, t.deadline, t.opening_at, t.opened_at,
                               t.panel_size, t.awarded_bid from tnd_tender t join reg_estate e on e.id = t.estate_id
                        where t.id = ?""").param(id)
                .query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        TenderStatus.valueOf(rs.getString(4)), instant(rs, 5), instant(rs, 6), instant(rs, 7),
                        rs.getInt(8), (Long) rs.getObject(9))).single();
    }

    public Map<String, Object> award(long id) {
        return jdbc.sql("select requirements, panel_seed, awarded_bid, award_reason, awarded_at from tnd_tender where id = ?")
                .param(id).query((rs, n) -> {
                    Map<String, Object> m = new java.util.HashMap<>();
                    m.put("requirements", rs.getString(1));
                    m.put("seed", rs.getObject(2));
                    m.put("bid", rs.getObject(3));
                    m.put("reason", rs.getString(4));
                    m.put("at", instant(rs, 5));
                    return m;
                }).single();
    }

    public long insert(NewTender t, List<ScoringScheme.Weight> criteria) {
        long id = jdbc.sql("""
                        insert into tnd_tender (estate_id, title, developer, requirements, deadline, opening_at,
                                                panel_size, status, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
                .params(t.estateId(), t.title(), t.developer(), t.requirements(), ts(t.deadline()), ts(t.openingAt()),
                        t.panelSize(), t.actor()).query(Long.class).single();
        for (int i = 0; i < criteria.size(); i++) {
            jdbc.sql("insert into tnd_criterion (tender_id, position, name, weight) values (?, ?, ?, ?)")
                    .params(id, i, criteria.get(i).name().strip(), criteria.get(i).weight()).update();
        }
        return id;
    }

    public List<Criterion> criteria(long tenderId) {
        return jdbc.sql("select id, name, weight from tnd_criterion where tender_id = ? order by position")
                .param(tenderId).query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /**
     * Records or revises a company's bid, only while the tender is open and before its deadline at :now (the
     * facade checks the same first, to say why). Empty when the window had closed.
     */
    public Optional<Long> bid(long tenderId, long companyId, String companyName, BigDecimal price, String proposal,
                              String digest, Instant now, String actor) {
        return jdbc.sql("""
                        insert into tnd_bid (tender_id, company_id, company_name, price, proposal, digest, submitted_at,
                                             submitted_by)
                        select t.id, :company, :name, :price, :proposal, :digest, :now, :actor from tnd_tender t
                        where t.id = :id and t.status = 'OPEN' and t.deadline > :now
                        on conflict (tender_id, company_id) do update set price = excluded.price,
                            proposal = excluded.proposal, digest = excluded.digest, submitted_at = excluded.submitted_at,
                            submitted_by = excluded.submitted_by
                        returning id""")
                .param("id", tenderId).param("company", companyId).param("name", companyName).param("price", price)
                .param("proposal", proposal).param("digest", digest).param("now", ts(now)).param("actor", actor)
                .query(Long.class).optional();
    }

    /**
     * The bids the caller may see at :now: all of them once the tender is opened, with amounts; before that only
     * the caller's own company's (companyId, or -1 for none), without price or proposal.
     */
    public List<Bid> bids(long tenderId, long ownCompanyId, Instant now) {
        return jdbc.sql("select b.id, b.company_id, b.company_name, b.submitted_at, b.digest,"
                        + " case when " + OPEN_AT + " then b.price end price,"
                        + " case when " + OPEN_AT + " then b.proposal end proposal"
                        + " from tnd_bid b join tnd_tender t on t.id = b.tender_id"
                        + " where b.tender_id = :id and (" + OPEN_AT + " or b.company_id = :own)"
                        + " order by b.submitted_at, b.id")
                .param("id", tenderId).param("own", ownCompanyId).param("now", ts(now))
                .query((rs, n) -> new Bid(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getString(7), null)).list();
    }

    /** The companies that bid, for the conflict check of the panel draw (identities only, never amounts). */
    public List<Long> bidders(long tenderId) {
        return jdbc.sql("select company_id from tnd_bid where tender_id = ? order by company_id").param(tenderId)
                .query(Long.class).list();
    }

    public void opened(long id, Instant now) {
        jdbc.sql("update tnd_tender set status = 'OPENED', opened_at = ? where id = ? and status = 'OPEN'")
                .params(ts(now), id).update();
    }

    /** Active experts of the county whose region path is a prefix of the estate's. */
    public List<Long> pool(String estatePath) {
        return jdbc.sql("select id from tnd_expert where active and ? like region_path || '%' order by id")
                .param(estatePath).query(Long.class).list();
    }

    public java.util.Set<Long> conflicted(List<Long> companies) {
        if (companies.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select distinct expert_id from tnd_expert_conflict where company_id in (:c)")
                .param("c", companies).query(Long.class).list());
    }

    public void panel(long tenderId, long seed, List<Long> experts) {
        jdbc.sql("update tnd_tender set panel_seed = ? where id = ?").params(seed, tenderId).update();
        for (long e : experts) {
            jdbc.sql("insert into tnd_panel_member (tender_id, expert_id) values (?, ?)").params(tenderId, e).update();
        }
    }

    public List<PanelMember> panel(long tenderId) {
        return jdbc.sql("""
                        select p.id, x.id, x.name, x.specialty,
                               (select count(*) from tnd_score s where s.panel_member_id = p.id)
                                 = (select count(*) from tnd_bid b where b.tender_id = p.tender_id)
                                   * (select count(*) from tnd_criterion c where c.tender_id = p.tender_id) scored
                        from tnd_panel_member p join tnd_expert x on x.id = p.expert_id
                        where p.tender_id = ? order by p.id""").param(tenderId)
                .query((rs, n) -> new PanelMember(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).list();
    }

    public void scores(long panelMemberId, List<Score> scores, String actor) {
        jdbc.sql("delete from tnd_score where panel_member_id = ?").param(panelMemberId).update();
        for (Score s : scores) {
            jdbc.sql("""
                            insert into tnd_score (panel_member_id, bid_id, criterion_id, points, entered_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(panelMemberId, s.bidId(), s.criterionId(), s.points(), actor).update();
        }
    }

    public List<Score> scores(long tenderId) {
        return jdbc.sql("""
                        select s.panel_member_id, s.bid_id, s.criterion_id, s.points from tnd_score s
                        join tnd_panel_member p on p.id = s.panel_member_id where p.tender_id = ?
                        order by s.panel_member_id, s.bid_id, s.criterion_id""").param(tenderId)
                .query((rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4))).list();
    }

    public void awarded(long id, long bidId, String reason, Instant now) {
        jdbc.sql("""
                        update tnd_tender set status = 'AWARDED', awarded_bid = ?, award_reason = ?, awarded_at = ?
                        where id = ? and status = 'OPENED'""").params(bidId, reason, ts(now), id).update();
    }

    public long addExpert(long countyId, String countyPath, String name, String specialty) {
        return jdbc.sql("insert into tnd_expert (county_id, region_path, name, specialty) values (?, ?, ?, ?) returning id")
                .params(countyId, countyPath, name, specialty).query(Long.class).single();
    }

    public boolean expertIn(long expertId, String countyPath) {
        return jdbc.sql("select count(*) from tnd_expert where id = ? and region_path like ?")
                .params(expertId, countyPath + "%").query(Long.class).single() > 0;
    }

    public void addConflict(long expertId, long companyId, String reason) {
        jdbc.sql("""
                        insert into tnd_expert_conflict (expert_id, company_id, reason) values (?, ?, ?)
                        on conflict (expert_id, company_id) do update set reason = excluded.reason""")
                .params(expertId, companyId, reason).update();
    }

    public List<Expert> experts(String countyPath) {
        Map<Long, List<Conflict>> conflicts = new java.util.HashMap<>();
        jdbc.sql("""
                        select c.expert_id, c.company_id, c.reason from tnd_expert_conflict c
                        join tnd_expert x on x.id = c.expert_id where x.region_path like ? order by c.company_id""")
                .param(countyPath + "%").query((rs, n) -> conflicts.computeIfAbsent(rs.getLong(1),
                        k -> new java.util.ArrayList<>()).add(new Conflict(rs.getLong(2), rs.getString(3)))).list();
        return jdbc.sql("select id, name, specialty, active from tnd_expert where region_path like ? order by id")
                .param(countyPath + "%").query((rs, n) -> new Expert(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), conflicts.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    /** The region path of the estate, if inside the jurisdiction. */
    public Optional<String> estatePath(Jurisdiction j, long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql("select e.region_path from reg_estate e where e.id = :id and " + in.sql())
                .params(in.params()).param("id", estateId).query(String.class).optional();
    }

    private static Tender tender(ResultSet rs, int n) throws SQLException {
        return new Tender(rs.getLong("id"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getString("township"), rs.getString("title"), rs.getString("developer"), instant(rs, 7),
                instant(rs, 8), TenderStatus.valueOf(rs.getString("status")), rs.getInt("panel_size"),
                rs.getLong("bids"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
