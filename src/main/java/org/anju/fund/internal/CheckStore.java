package org.anju.fund.internal;

import java.math.BigDecimal;
import java.util.List;
import org.anju.fund.FundView.Alert;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invariant's SQL: per estate, the house accounts, the bank account and the journal's own figures. */
@Repository
public class CheckStore {

    /** One estate's three totals and how many of its entries do not balance. */
    public record EstateFigures(long estateId, String estateName, String regionPath, BigDecimal houses,
                                BigDecimal bank, BigDecimal journal, long unbalanced) {
        public boolean ok() {
            return unbalanced == 0 && houses.compareTo(bank) == 0 && bank.compareTo(journal) == 0;
        }
    }

    private final JdbcClient jdbc;

    CheckStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of every estate with a ledger within the jurisdiction (or only estateId): house accounts' total
     * (−Σ their lines and shares), bank balance (Σ its lines), journal total (Σ entry amounts, usages negative), and
     * the entries found wrong: lines and shares not summing to zero, debits differing from the amount written at
     * posting, or (the estate's last interest allocation) balances carried forward whose total differs from the house
     * accounts' total at that allocation's date (decision 0031).
     */
    public List<EstateFigures> figures(Jurisdiction j, Long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        String lineScope = estateId == null ? "" : " where p.estate_id = " + estateId.longValue();
        String shareScope = estateId == null ? "" : " where s.estate_id = " + estateId.longValue();
        String entryScope = estateId == null ? "" : " and j.estate_id = " + estateId.longValue();
        String estateScope = estateId == null ? "" : " and e.id = " + estateId.longValue();
        return jdbc.sql("""
                        with carried as (
                            select distinct on (s.estate_id) s.estate_id, x.booked_on,
                                   (select coalesce(sum(b), 0) from unnest(s.balances) b) * 0.01 total
                            from fnd_share s join fnd_entry x on x.id = s.entry_id""" + shareScope + """
                             order by s.estate_id, x.booked_on desc, s.entry_id desc),
                        -- what the house accounts gained since: the carried total plus it must be their total now
                        since as (
                            select c.estate_id, c.total
                                   + coalesce((select -sum(l.amount) from fnd_entry x join fnd_line l on l.entry_id = x.id
                                                   join fnd_account a on a.id = l.account_id and a.kind = 'HOUSE'
                                               where x.estate_id = c.estate_id and x.booked_on > c.booked_on), 0)
                                   + coalesce((select sum(f) * 0.01 from fnd_entry x join fnd_share s on s.entry_id = x.id
                                                   cross join lateral unnest(s.fens) f
                                               where x.estate_id = c.estate_id and x.booked_on > c.booked_on), 0) houses
                            from carried c),
                        lines as (
                            select p.estate_id,
                                   coalesce(-sum(p.amount) filter (where p.account_kind = 'HOUSE'), 0) houses,
                                   coalesce(sum(p.amount) filter (where p.account_kind = 'BANK'), 0) bank
                            from fnd_estate_posting p""" + lineScope + """
                             group by p.estate_id),
                        journal as (
                            select j.estate_id, sum(case when j.kind = 'USAGE' then -j.amount else j.amount end) total,
                                   count(*) filter (where x.c + y.c < 2 or x.s - y.s <> 0 or x.d <> j.amount) bad
                            from fnd_entry j
                                 left join lateral (select sum(l.amount) s, sum(greatest(l.amount, 0)) d, count(*) c
                                                    from fnd_line l where l.entry_id = j.id) x on true
                                 left join lateral (select coalesce(sum(f), 0) * 0.01 s, count(f) c
                                                    from fnd_share sh cross join lateral unnest(sh.fens) f
                                                    where sh.entry_id = j.id) y on true
                            where true""" + entryScope + """
                             group by j.estate_id)
                        select e.id, e.name, e.region_path, coalesce(lines.houses, 0), coalesce(lines.bank, 0),
                               coalesce(journal.total, 0),
                               coalesce(journal.bad, 0) + case when since.houses <> lines.houses then 1 else 0 end
                        from reg_estate e left join lines on lines.estate_id = e.id
                             left join since on since.estate_id = e.id
                             left join journal on journal.estate_id = e.id
                        where (lines.estate_id is not null or journal.estate_id is not null) and """ + " "
                        + in.sql() + estateScope + " order by e.id")
                .params(in.params())
                .query((rs, n) -> new EstateFigures(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7))).list();
    }

    public long insertCheck(String trigger, String scope, BigDecimal houses, BigDecimal bank, BigDecimal journal,
                            int unbalanced, boolean ok) {
        return jdbc.sql("""
                        insert into fnd_check (trigger, scope, houses_total, bank_total, journal_total, unbalanced, ok)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(trigger, scope, houses, bank, journal, unbalanced, ok).query(Long.class).single();
    }

    /** Raises an alert unless the same one is still open for the estate. */
    public void alert(long checkId, EstateFigures f, String message) {
        jdbc.sql("""
                        insert into fnd_alert (check_id, estate_id, region_path, message)
                        select ?, ?, ?, ? where not exists (select 1 from fnd_alert where estate_id = ?
                                                              and message = ? and resolved_at is null)""")
                .params(checkId, f.estateId(), f.regionPath(), message, f.estateId(), message).update();
    }

    /** An estate found in order again: its open alerts are resolved. */
    public void resolve(long estateId) {
        jdbc.sql("update fnd_alert set resolved_at = now() where estate_id = ? and resolved_at is null")
                .param(estateId).update();
    }

    public List<Alert> openAlerts(Jurisdiction j, PageRequest page) {
        Jurisdiction.Condition in = j.rows("a.region_path", "a.estate_id");
        return jdbc.sql("""
                        select a.id, a.check_id, a.estate_id, e.name, a.message, a.raised_at
                        from fnd_alert a left join reg_estate e on e.id = a.estate_id
                        where a.resolved_at is null and""" + " " + in.sql()
                        + " order by a.raised_at desc, a.id desc limit :limit offset :offset")
                .params(in.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Alert(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    public long countOpenAlerts(Jurisdiction j) {
        Jurisdiction.Condition in = j.rows("a.region_path", "a.estate_id");
        return jdbc.sql("select count(*) from fnd_alert a where a.resolved_at is null and " + in.sql())
                .params(in.params()).query(Long.class).single();
    }
}
