package org.anju.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.billing.ArrearsMeasure;
import org.anju.billing.BillingView.ArrearsCase;
import org.anju.billing.BillingView.ArrearsStep;
import org.anju.billing.BillingView.CollectionRate;
import org.anju.billing.BillingView.CommonEntry;
import org.anju.billing.BillingView.FundTransfer;
import org.anju.billing.BillingView.WilfulRecord;
import org.anju.billing.WilfulStatus;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Arrears steps, wilful-arrears records, collection rates and common income. Reads AND the jurisdiction. */
@Repository
public class ArrearsStore {

    private static final String HOUSE = BillingStore.HOUSE;

    private final JdbcClient jdbc;

    ArrearsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where caseWhere(Jurisdiction j, Long estateId) {
        Jurisdiction.Condition in = j.houses("e.region_path", "b.estate_id", "b.house_id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "b.estate_id = :estate", "estate");
    }

    /** Houses owing past the due date, most owed first, with their last step and open wilful record. */
    public List<ArrearsCase> cases(Jurisdiction j, Long estateId, LocalDate today, PageRequest page) {
        Where w = caseWhere(j, estateId);
        return jdbc.sql("""
                        with o as (select b.house_id, b.estate_id, sum(b.amount - b.paid) overdue, min(b.due_on) oldest
                                   from bil_bill b join reg_estate e on e.id = b.estate_id
                                   where b.due_on < :today and b.paid < b.amount and %s
                                   group by b.house_id, b.estate_id)
                        select o.house_id, %s house, o.estate_id, e.name estate_name, o.overdue, o.oldest,
                               s.measure, s.taken_on, s.deadline, w.status wilful
                        from o join reg_house h on h.id = o.house_id join reg_building bd on bd.id = h.building_id
                             join reg_estate e on e.id = o.estate_id
                             left join lateral (select measure, taken_on, deadline from bil_arrears_step x
                                                where x.house_id = o.house_id order by taken_on desc, id desc
                                                limit 1) s on true
                             left join bil_wilful_arrears w on w.house_id = o.house_id and w.status <> 'REVOKED'
                        order by o.overdue desc, o.house_id limit :limit offset :offset""".formatted(w.sql(), HOUSE))
                .params(w.params()).param("today", today).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new ArrearsCase(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : ArrearsMeasure.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                        rs.getString(10) == null ? null : WilfulStatus.valueOf(rs.getString(10)))).list();
    }

    public long countCases(Jurisdiction j, Long estateId, LocalDate today) {
        Where w = caseWhere(j, estateId);
        return jdbc.sql("""
                        select count(distinct b.house_id) from bil_bill b join reg_estate e on e.id = b.estate_id
                        where b.due_on < :today and b.paid < b.amount and\s""" + w.sql())
                .params(w.params()).param("today", today).query(Long.class).single();
    }

    public List<ArrearsStep> steps(long houseId) {
        return jdbc.sql("""
                        select id, house_id, measure, taken_on, deadline, amount_due, note, recorded_by
                        from bil_arrears_step where house_id = ? order by taken_on, id""").param(houseId)
                .query((rs, n) -> new ArrearsStep(rs.getLong(1), rs.getLong(2), ArrearsMeasure.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                        rs.getString(7), rs.getString(8))).list();
    }

    public long insertStep(long houseId, long estateId, ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline,
                           BigDecimal due, String note, String actor) {
        return jdbc.sql("""
                        insert into bil_arrears_step (house_id, estate_id, measure, taken_on, deadline, amount_due,
                                                      note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(houseId, estateId, measure.name(), takenOn, deadline, due, note, actor)
                .query(Long.class).single();
    }

    private static final String WILFUL = """
            select w.id, w.house_id, %s house, w.estate_id, e.name estate_name, w.amount_due, w.evidence, w.recorded_on,
                   w.recorded_by, w.status, w.objection, w.objected_on, w.decided_on, w.decision_reason
            from bil_wilful_arrears w join reg_estate e on e.id = w.estate_id join reg_house h on h.id = w.house_id
                 join reg_building bd on bd.id = h.building_id
            """.formatted(HOUSE);

    private static Where wilfulWhere(Jurisdiction j, Long estateId, WilfulStatus status) {
        Jurisdiction.Condition in = j.houses("e.region_path", "w.estate_id", "w.house_id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "w.estate_id = :estate", "estate")
                .andIf(status == null ? null : status.name(), "w.status = :status", "status");
    }

    public List<WilfulRecord> wilful(Jurisdiction j, Long estateId, WilfulStatus status, PageRequest page) {
        Where w = wilfulWhere(j, estateId, status);
        return jdbc.sql(WILFUL + " where " + w.sql() + " order by w.recorded_on desc, w.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ArrearsStore::wilful).list();
    }

    public long countWilful(Jurisdiction j, Long estateId, WilfulStatus status) {
        Where w = wilfulWhere(j, estateId, status);
        return jdbc.sql("select count(*) from bil_wilful_arrears w join reg_estate e on e.id = w.estate_id where "
                + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<WilfulRecord> wilful(Jurisdiction j, long id) {
        Where w = wilfulWhere(j, null, null).and("w.id = :id", Map.of("id", id));
        return jdbc.sql(WILFUL + " where " + w.sql()).params(w.params()).query(ArrearsStore::wilful).optional();
    }

    public List<WilfulRecord> wilfulOfHouse(long houseId) {
        return jdbc.sql(WILFUL + " where w.house_id = ? order by w.id").param(houseId).query(ArrearsStore::wilful).list();
    }

    public boolean openWilful(long houseId) {
        return jdbc.sql("select count(*) from bil_wilful_arrears where house_id = ? and status <> 'REVOKED'")
                .param(houseId).query(Long.class).single() > 0;
    }

    public long insertWilful(long houseId, long estateId, BigDecimal due, String evidence, LocalDate on, String actor) {
        return jdbc.sql("""
                        insert into bil_wilful_arrears (house_id, estate_id, amount_due, evidence, recorded_on,
                                                        recorded_by, status)
                        values (?, ?, ?, ?, ?, ?, 'RECORDED') returning id""")
                .params(houseId, estateId, due, evidence, on, actor).query(Long.class).single();
    }

    public void object(long id, String objection, LocalDate on) {
        jdbc.sql("update bil_wilful_arrears set status = 'OBJECTED', objection = ?, objected_on = ? where id = ?")
                .params(objection, on, id).update();
    }

    public void decide(long id, WilfulStatus status, String reason, LocalDate on) {
        jdbc.sql("update bil_wilful_arrears set status = ?, decision_reason = ?, decided_on = ? where id = ?")
                .params(status.name(), reason, on, id).update();
    }

    static WilfulRecord wilful(ResultSet rs, int n) throws SQLException {
        return new WilfulRecord(rs.getLong("id"), rs.getLong("house_id"), rs.getString("house"),
                rs.getLong("estate_id"), rs.getString("estate_name"), rs.getBigDecimal("amount_due"),
                rs.getString("evidence"), rs.getObject("recorded_on", LocalDate.class), rs.getString("recorded_by"),
                WilfulStatus.valueOf(rs.getString("status")), rs.getString("objection"),
                rs.getObject("objected_on", LocalDate.class), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_reason"));
    }

    /**
     * Collection per estate or per billing company over periods [from, to]: paid over billed of the bills of
     * those months, as of now. Grouped in one query; jurisdiction applied to the bills' estates.
     */
    public List<CollectionRate> collection(Jurisdiction j, boolean byCompany, Long estateId, Long companyId,
                                           LocalDate from, LocalDate to, PageRequest page) {
        Jurisdiction.Condition in = j == null ? new Jurisdiction.Condition("true", Map.of())
                : j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("b.period between :from and :to",
                        Map.of("from", from, "to", to))
                .andIf(estateId, "b.estate_id = :estate", "estate").andIf(companyId, "f.company_id = :company", "company");
        String group = byCompany ? "c.id, c.name" : "e.id, e.name";
        return jdbc.sql("""
                        select %s, count(*), sum(b.amount), sum(b.paid)
                        from bil_bill b join reg_estate e on e.id = b.estate_id join bil_fee_item f on f.id = b.fee_item_id
                             join mkt_company c on c.id = f.company_id
                        where %s group by %s order by sum(b.paid) / nullif(sum(b.amount), 0) nulls last, 1
                        limit :limit offset :offset""".formatted(group, w.sql(), group))
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> rate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5))).list();
    }

    static CollectionRate rate(long id, String name, long bills, BigDecimal billed, BigDecimal paid) {
        BigDecimal rate = billed == null || billed.signum() == 0 ? null
                : paid.divide(billed, 4, java.math.RoundingMode.HALF_UP);
        return new CollectionRate(id, name, bills, billed, paid, rate);
    }

    public long insertCommon(long estateId, String direction, String category, BigDecimal amount, LocalDate on,
                             String note, String actor) {
        return jdbc.sql("""
                        insert into bil_common_income (estate_id, direction, category, amount, occurred_on, note,
                                                       recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, direction, category, amount, on, note, actor).query(Long.class).single();
    }

    /** An estate's common-income entries of a year, in date order. */
    public List<CommonEntry> common(long estateId, int year) {
        return jdbc.sql("""
                        select id, estate_id, direction, category, amount, occurred_on, note, recorded_by
                        from bil_common_income where estate_id = ? and occurred_on >= ? and occurred_on < ?
                        order by occurred_on, id""")
                .params(estateId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query((rs, n) -> new CommonEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Serialises the estate's common-income transfers (one at a time, so the balance is read once). */
    public void lockCommon(long estateId) {
        jdbc.sql("select pg_advisory_xact_lock(20261126, ?::int)").param((int) estateId).query((rs, n) -> 1).list();
    }

    /** What the estate's common-income account holds over all years: income less costs less transfers to the fund. */
    public BigDecimal commonBalance(long estateId) {
        return jdbc.sql("""
                        select coalesce((select sum(case when direction = 'INCOME' then amount else -amount end)
                                         from bil_common_income where estate_id = :e), 0)
                             - coalesce((select sum(amount) from bil_fund_transfer where estate_id = :e), 0)""")
                .param("e", estateId).query(BigDecimal.class).single();
    }

    public Optional<FundTransfer> transferWithKey(String key) {
        return jdbc.sql(TRANSFER + " where idempotency_key = ?").param(key).query(ArrearsStore::transfer).optional();
    }

    public long insertTransfer(long estateId, BigDecimal amount, String decisionRef, String note, LocalDate on,
                               String key, String actor) {
        return jdbc.sql("""
                        insert into bil_fund_transfer (estate_id, amount, decision_ref, note, transferred_on,
                                                       idempotency_key, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, amount, decisionRef, note, on, key, actor).query(Long.class).single();
    }

    public List<FundTransfer> transfers(long estateId, int year) {
        return jdbc.sql(TRANSFER + " where estate_id = ? and transferred_on >= ? and transferred_on < ? order by id")
                .params(estateId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .query(ArrearsStore::transfer).list();
    }

    private static final String TRANSFER = """
            select id, estate_id, amount, decision_ref, note, transferred_on, recorded_by from bil_fund_transfer""";

    private static FundTransfer transfer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FundTransfer(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), false);
    }
}
