package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loads for demo data and benchmarks (system jobs, never reachable from the web, no caller checks): fee
 * items for many projects at once, and deterministic settlement of a month's bills. The monthly run itself
 * is {@link Bills#runMonth}.
 */
@Service
public class BillingLoads {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BillingLoads(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Every active project's contracted fee items (market's mkt_fee_item) as its billing fee items from the month
     * given, read as {@link ContractFeeKinds} reads them; projects whose items exist already are skipped.
     */
    @Transactional
    public int contractFees(YearMonth from) {
        return jdbc.sql("""
                        insert into bil_fee_item (project_id, estate_id, company_id, kind, basis, name, unit_price,
                                                  valid_from, contract_item)
                        select p.id, p.estate_id, p.company_id, k.kind,
                               case when k.kind = 'PARKING' then 'PER_SPACE' else 'PER_M2' end, m.name, m.unit_price,
                               :from, m.name
                        from mkt_project p join mkt_fee_item m on m.project_id = p.id
                             cross join lateral (select case
                                 when m.name like '%车位%' or m.name like '%停车%' then 'PARKING'
                                 when m.name like '%物业服务费%' and m.id = (select min(x.id) from mkt_fee_item x
                                      where x.project_id = p.id and x.name like '%物业服务费%') then 'PROPERTY'
                                 else 'SHARED_UTILITY' end kind) k
                        where p.ended_on is null and m.unit_price > 0
                          and not exists (select 1 from bil_fee_item f where f.project_id = p.id)
                        on conflict do nothing""").param("from", from.atDay(1)).update();
    }

    /**
     * A property fee per m² per month for the active project of each estate (estate id → price), valid from
     * the month given; estates without an active project, or whose project has a property fee, are skipped.
     */
    @Transactional
    public int propertyFees(Map<Long, BigDecimal> pricePerM2, YearMonth from) {
        var rows = pricePerM2.entrySet().stream().toList();
        int[][] done = batch.batchUpdate("""
                        insert into bil_fee_item (project_id, estate_id, company_id, kind, basis, name, unit_price,
                                                  valid_from)
                        select p.id, p.estate_id, p.company_id, 'PROPERTY', 'PER_M2', '物业服务费', ?, ?
                        from mkt_project p where p.estate_id = ? and p.ended_on is null
                          and not exists (select 1 from bil_fee_item f where f.project_id = p.id and f.kind = 'PROPERTY')
                        on conflict do nothing""", rows, 1_000, (ps, e) -> {
                    ps.setBigDecimal(1, e.getValue());
                    ps.setObject(2, from.atDay(1));
                    ps.setLong(3, e.getKey());
                });
        int n = 0;
        for (int[] b : done) {
            for (int i : b) {
                n += Math.max(i, 0);
            }
        }
        return n;
    }

    /**
     * Pays in full, as of the given day, a deterministic share (percent) of the month's bills of the estates
     * under the region path, except one estate (null: none): a pseudo-random pick by bill id and seed.
     * Payments are CASH or ONLINE, keyed by the bill, so a second call pays nothing twice.
     */
    @Transactional
    public int settle(String regionPath, YearMonth month, int percent, long seed, Long exceptEstate, LocalDate paidOn) {
        int paid = jdbc.sql("""
                        with picked as (
                            select b.id, b.amount - b.paid owed from bil_bill b join reg_estate e on e.id = b.estate_id
                            where e.region_path like :path and b.period = :period and b.paid < b.amount
                              and b.estate_id <> :except and abs(hashtext(b.id::text || :seed)) % 100 < :percent),
                        numbered as (select nextval('bil_payment_id_seq') pid, id, owed from picked),
                        pay as (
                            insert into bil_payment (id, bill_id, amount, method, reference, idempotency_key, receipt_no,
                                                     paid_at, recorded_by)
                            select pid, id, owed, case when id % 3 = 0 then 'CASH' else 'ONLINE' end,
                                   case when id % 3 = 0 then null else 'DEMO-' || id end, 'demo-settle-' || id,
                                   'SF' || to_char(:paidOn::date, 'YYYYMMDD') || lpad(pid::text, 10, '0'),
                                   :paidOn::date + time '10:00', 'system'
                            from numbered on conflict (idempotency_key) do nothing returning bill_id, amount)
                        update bil_bill b set paid = b.paid + pay.amount from pay where b.id = pay.bill_id""")
                .param("path", regionPath + "%").param("period", month.atDay(1)).param("except",
                        exceptEstate == null ? -1L : exceptEstate)
                .param("seed", String.valueOf(seed)).param("percent", percent).param("paidOn", paidOn).update();
        return paid;
    }

    /** Written reminders (deadline 15 days later) for up to n houses of the estate owing past their due date. */
    @Transactional
    public int remind(long estateId, int n, LocalDate on) {
        return jdbc.sql("""
                        insert into bil_arrears_step (house_id, estate_id, measure, taken_on, deadline, amount_due, note,
                                                      recorded_by)
                        select house_id, :estate, 'WRITTEN_REMINDER', :on, :on::date + :days, sum(amount - paid),
                               '书面催告已张贴并送达', 'system'
                        from bil_bill where estate_id = :estate and due_on < :on and paid < amount
                        group by house_id order by house_id limit :n""")
                .param("estate", estateId).param("on", on).param("days", ArrearsPolicy.MIN_REMINDER_DAYS)
                .param("n", n).update();
    }

    /** Records common-part income and cost of an estate (demo). */
    @Transactional
    public void commonIncome(long estateId, LocalDate on) {
        jdbc.sql("""
                        insert into bil_common_income (estate_id, direction, category, amount, occurred_on, note,
                                                       recorded_by)
                        values (:e, 'INCOME', 'ADVERTISING', 3600.00, :on, '电梯轿厢广告 (季度)', 'system'),
                               (:e, 'INCOME', 'PARKING', 5280.00, :on, '地面临时停车', 'system'),
                               (:e, 'COST', 'PARKING', 860.50, :on, '停车道闸电费及维护', 'system')""")
                .param("e", estateId).param("on", on).update();
    }
}
