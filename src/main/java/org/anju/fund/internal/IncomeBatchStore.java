package org.anju.fund.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.platform.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A jurisdiction's interest in one transaction, set-based: balance-days of every account in one grouped query, each
 * estate's total and the largest-remainder shares with window functions, every entry, line and income row inserted
 * from selects. The arithmetic is {@code InterestRule} and {@code Apportionment} in SQL integers (fens, fen-days),
 * so an estate gets exactly the lines the single allocation would give it. Work tables are temporary and dropped at
 * commit or rollback.
 */
@Repository
public class IncomeBatchStore {

    /** How the estates of a region stand for a period, before allocating. */
    public record Standing(int funded, int alreadyAllocated, int overlapping) {
    }

    /** What the allocation wrote. */
    public record Written(int estates, int accounts, BigDecimal total, int nothingToAllocate) {
    }

    private final JdbcClient jdbc;

    IncomeBatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives every funded estate of the region its bank account, then locks those rows in id order: the single
     * allocation locks one of them, so neither path allocates an estate while the other is at it, and two batches
     * never deadlock.
     */
    public void lockBanks(String regionPath) {
        jdbc.sql("""
                        insert into fnd_account (kind, estate_id)
                        select 'BANK', e.id from reg_estate e
                        where e.region_path like :path
                          and exists (select 1 from fnd_account h where h.estate_id = e.id and h.kind = 'HOUSE')
                        on conflict (estate_id) where kind = 'BANK' do nothing""")
                .param("path", regionPath + "%").update();
        jdbc.sql("""
                        select a.id from fnd_account a join reg_estate e on e.id = a.estate_id
                        where a.kind = 'BANK' and e.region_path like :path order by a.id for update of a""")
                .param("path", regionPath + "%").query(Long.class).list();
    }

    /** The region's funded estates, those with this very period allocated, and those with another period over it. */
    public Standing standing(String regionPath, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where exists (select 1 from fnd_income i where i.estate_id = e.id
                                   and i.period_start = :start and i.period_end = :end)),
                               count(*) filter (where exists (select 1 from fnd_income i where i.estate_id = e.id
                                   and i.period_start <= :end and i.period_end >= :start
                                   and not (i.period_start = :start and i.period_end = :end)))
                        from reg_estate e
                        where e.region_path like :path
                          and exists (select 1 from fnd_account h where h.estate_id = e.id and h.kind = 'HOUSE')""")
                .param("path", regionPath + "%").param("start", Date.valueOf(start)).param("end", Date.valueOf(end))
                .query((rs, n) -> new Standing(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
    }

    public long openBatch(String regionPath, String label, LocalDate start, LocalDate end, BigDecimal rate,
                          String actor) {
        return jdbc.sql("""
                        insert into fnd_income_batch (region_path, scope_label, period_start, period_end, rate_percent,
                                                      estates, accounts, total, check_ok, created_by)
                        values (?, ?, ?, ?, ?, 0, 0, 0, false, ?) returning id""")
                .params(regionPath, label, start, end, rate, actor).query(Long.class).single();
    }

    /**
     * Allocates the period to every funded estate of the region with no allocation over any part of it: interest at
     * {@code rate} on its balance-days, rounded half up to the fen once per estate, shared by largest remainder
     * (ties: the larger weight, then the lower account id). Estates whose interest rounds to nothing are left out.
     *
     * @param rate       the annual rate in percent, at most 4 decimals
     * @param demandRate the demand rate, for the part above it (plan §17)
     */
    public Written allocate(long batchId, String regionPath, LocalDate start, LocalDate end, BigDecimal rate,
                            BigDecimal demandRate, String memo, String actor) {
        Date from = Date.valueOf(start);
        Date to = Date.valueOf(end);
        // balance × days per account, as LedgerStore.balanceDays, for every estate at once
        jdbc.sql("""
                        create temp table fnd_batch_weight on commit drop as
                        select a.estate_id, a.id account_id,
                               coalesce(sum(-l.amount * 100 * (:end::date - greatest(x.booked_on, :start::date) + 1)), 0) w
                        from fnd_account a
                             join reg_estate e on e.id = a.estate_id
                             left join (fnd_line l join fnd_entry x on x.id = l.entry_id and x.booked_on <= :end::date)
                                  on l.account_id = a.id
                        where a.kind = 'HOUSE' and e.region_path like :path
                          and not exists (select 1 from fnd_income i where i.estate_id = a.estate_id
                                          and i.period_start <= :end::date and i.period_end >= :start::date)
                        group by a.estate_id, a.id""")
                .param("path", regionPath + "%").param("start", from).param("end", to).update();
        jdbc.sql("analyze fnd_batch_weight").update();
        // InterestRule.interest in fens: fen-days × rate% ÷ 360 ÷ 100, half up; rates carried as integers (×10⁴)
        jdbc.sql("""
                        create temp table fnd_batch_total on commit drop as
                        select w.estate_id, b.id bank_id, sum(w.w) wsum,
                               div(2 * sum(w.w) * :rate + 360000000, 720000000) fen,
                               div(2 * sum(w.w) * :demand + 360000000, 720000000) demand_fen,
                               null::bigint entry_id
                        from fnd_batch_weight w join fnd_account b on b.estate_id = w.estate_id and b.kind = 'BANK'
                        group by w.estate_id, b.id""")
                .param("rate", scaled(rate)).param("demand", scaled(demandRate)).update();
        int nothing = jdbc.sql("select count(*) from fnd_batch_total where fen <= 0 or wsum <= 0")
                .query(Integer.class).single();
        jdbc.sql("delete from fnd_batch_total where fen <= 0 or wsum <= 0").update();
        jdbc.sql("""
                        with entry as (
                            insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, memo, created_by)
                            select t.estate_id, 'INCOME', 'INCOME:' || t.estate_id || ':' || :key, t.fen / 100, :end,
                                   :memo, :actor
                            from fnd_batch_total t order by t.estate_id
                            on conflict (idempotency_key) do nothing
                            returning id, estate_id)
                        update fnd_batch_total t set entry_id = entry.id from entry where entry.estate_id = t.estate_id""")
                .param("key", start + ":" + end).param("end", to).param("memo", memo).param("actor", actor).update();
        // the bank's debit, then each account's credit: floor of total × w ÷ Σw, the spare fens by largest remainder
        int lines = jdbc.sql("""
                        insert into fnd_line (entry_id, account_id, amount)
                        select t.entry_id, t.bank_id, t.fen / 100 from fnd_batch_total t where t.entry_id is not null
                        union all
                        select s.entry_id, s.account_id, -(s.base + case when s.w > 0 and s.rn <= s.spare then 1 else 0 end) / 100
                        from (select t.entry_id, w.account_id, w.w, div(t.fen * w.w, t.wsum) base,
                                     t.fen - sum(div(t.fen * w.w, t.wsum)) over (partition by w.estate_id) spare,
                                     row_number() over (partition by w.estate_id
                                                        order by mod(t.fen * w.w, t.wsum) desc, w.w desc, w.account_id) rn
                              from fnd_batch_weight w join fnd_batch_total t on t.estate_id = w.estate_id
                              where t.entry_id is not null) s
                        where s.base + case when s.w > 0 and s.rn <= s.spare then 1 else 0 end > 0""").update();
        jdbc.sql("""
                        insert into fnd_income (estate_id, period_start, period_end, rate_percent, total, entry_id,
                                                above_demand, batch_id)
                        select t.estate_id, :start, :end, :rate, t.fen / 100, t.entry_id,
                               greatest(t.fen - t.demand_fen, 0) / 100, :batch
                        from fnd_batch_total t where t.entry_id is not null""")
                .param("start", from).param("end", to).param("rate", rate).param("batch", batchId).update();
        var sums = jdbc.sql("select count(*), coalesce(sum(fen), 0) from fnd_batch_total where entry_id is not null")
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getBigDecimal(2)}).single();
        int estates = (Integer) sums[0];
        BigDecimal total = ((BigDecimal) sums[1]).movePointLeft(2).setScale(2);
        jdbc.sql("drop table fnd_batch_weight, fnd_batch_total").update();
        return new Written(estates, lines - estates, total, nothing);
    }

    public void closeBatch(long batchId, Standing standing, Written written, boolean checkOk) {
        jdbc.sql("""
                        update fnd_income_batch set estates = ?, accounts = ?, total = ?, already_allocated = ?,
                               overlapping = ?, nothing_to_allocate = ?, check_ok = ? where id = ?""")
                .params(written.estates(), written.accounts(), written.total(), standing.alreadyAllocated(),
                        standing.overlapping(), written.nothingToAllocate(), checkOk, batchId).update();
    }

    private static final String SELECT = """
            select id, scope_label, period_start, period_end, rate_percent, estates, accounts, total,
                   already_allocated, overlapping, nothing_to_allocate, check_ok, created_by, created_at
            from fnd_income_batch
            """;

    public IncomeBatch batch(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(IncomeBatchStore::batch).single();
    }

    /** A batch over the region (a township sees the county's) or inside it (the county sees a township's). */
    private static final String OVER_OR_IN = "(region_path like :path or :own like region_path || '%')";

    /** The batches run over this region or inside it, newest first. */
    public List<IncomeBatch> batches(String regionPath, PageRequest page) {
        return jdbc.sql(SELECT + " where " + OVER_OR_IN + " order by created_at desc, id desc"
                        + " limit :limit offset :offset")
                .param("path", regionPath + "%").param("own", regionPath).param("limit", page.size())
                .param("offset", page.offset())
                .query(IncomeBatchStore::batch).list();
    }

    public long countBatches(String regionPath) {
        return jdbc.sql("select count(*) from fnd_income_batch where " + OVER_OR_IN).param("path", regionPath + "%")
                .param("own", regionPath).query(Long.class).single();
    }

    private static IncomeBatch batch(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new IncomeBatch(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getBoolean(12), rs.getString(13),
                rs.getObject(14, java.time.OffsetDateTime.class)
                        .atZoneSameInstant(org.anju.identity.AuditTrail.ZONE).toOffsetDateTime());
    }

    /** A rate in percent with at most 4 decimals, as the integer rate × 10⁴. */
    private static BigDecimal scaled(BigDecimal ratePercent) {
        return new BigDecimal(ratePercent.movePointRight(4).setScale(0).toBigIntegerExact());
    }
}
