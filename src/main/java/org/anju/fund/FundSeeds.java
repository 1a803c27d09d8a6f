package org.anju.fund;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.fund.FundView.Income;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.fund.internal.LedgerStore;
import org.anju.fund.internal.LedgerStore.House;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the fund's opening state without a signed-in caller: for the demo data only (the demo loader is the
 * system, not a person), so it bypasses jurisdiction and is not audited. Postings go through the same balanced
 * entries as the services; {@link #check()} runs the invariant once at the end.
 */
@Service
public class FundSeeds {

    private final LedgerStore ledger;
    private final FundLedger fund;
    private final FundIncome income;
    private final IncomeBatches batches;
    private final FundChecks checks;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FundSeeds(LedgerStore ledger, FundLedger fund, FundIncome income, IncomeBatches batches, FundChecks checks,
              JdbcClient jdbc, JdbcTemplate template) {
        this.template = template;
        this.batches = batches;
        this.ledger = ledger;
        this.fund = fund;
        this.income = income;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    /** When an estate's developer paid, and which of its houses built since 2008 are left unpaid (every n-th). */
    public record EstatePlan(long estateId, LocalDate paidOn, int arrearsEvery) {
    }

    /**
     * The estates' first deposits, as their developers paid them at sale filing: one entry per estate, at the
     * county's standard, for every sold house built since 2008 or marked in the register as having a fund account; of
     * the houses built since 2008, every {@code arrearsEvery}-th in id order is left unpaid (the demo's arrears). A
     * house with no owner is left out: it is the developer's unsold house, whose first deposit the developer's charge
     * covers (Order 165 art. 21, {@link DeveloperCharges}). A few set-based statements for the whole county, whatever
     * its size. Returns the estates funded.
     */
    @Transactional
    public List<Long> openingDeposits(List<EstatePlan> plans) {
        DepositStandard standard = fund.settings().standard();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    create temp table fnd_seed on commit drop as
                    select h.id house_id, h.estate_id, h.building_id, p.paid_on,
                           round(h.exclusive_area * case when b.has_lift then ? else ? end, 2) amount
                    from (select h.*, coalesce(h.built_year, e.built_year, 2008) >= 2008 recent,
                                 row_number() over (partition by h.estate_id,
                                     coalesce(h.built_year, e.built_year, 2008) >= 2008 order by h.id) pos
                          from reg_house h join reg_estate e on e.id = h.estate_id
                          where h.estate_id = any (?::bigint[])
                            and exists (select 1 from reg_ownership o where o.house_id = h.id)) h
                         join reg_building b on b.id = h.building_id
                         join unnest(?::bigint[], ?::date[], ?::int[]) p(estate_id, paid_on, every)
                              on p.estate_id = h.estate_id
                    where (h.recent and h.pos % p.every <> 0) or (not h.recent and h.has_fund_account)""");
            Object[] estates = plans.stream().map(EstatePlan::estateId).toArray();
            ps.setBigDecimal(1, standard.withLift());
            ps.setBigDecimal(2, standard.withoutLift());
            ps.setArray(3, con.createArrayOf("bigint", estates));
            ps.setArray(4, con.createArrayOf("bigint", estates));
            ps.setArray(5, con.createArrayOf("date", plans.stream().map(p -> java.sql.Date.valueOf(p.paidOn()))
                    .toArray()));
            ps.setArray(6, con.createArrayOf("integer", plans.stream().map(EstatePlan::arrearsEvery).toArray()));
            return ps;
        });
        jdbc.sql("""
                insert into fnd_account (kind, estate_id, building_id, house_id)
                select 'HOUSE', estate_id, building_id, house_id from fnd_seed order by house_id
                on conflict (house_id) do nothing""").update();
        jdbc.sql("""
                insert into fnd_account (kind, estate_id) select distinct 'BANK', estate_id from fnd_seed
                on conflict (estate_id) where kind = 'BANK' do nothing""").update();
        jdbc.sql("""
                insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, memo, created_by)
                select estate_id, 'DEPOSIT', 'SEED:' || estate_id, sum(amount), min(paid_on),
                       '网签备案 WQ-' || extract(year from min(paid_on)) || '-' || estate_id || ' 开发企业交存', 'demo'
                from fnd_seed group by estate_id
                on conflict (idempotency_key) do nothing""").update();
        // all the lines of every new entry in one statement: the balance trigger checks them all at once
        jdbc.sql("""
                with fresh as (
                    select e.id, e.estate_id, e.amount from fnd_entry e
                    where e.idempotency_key in (select distinct 'SEED:' || estate_id from fnd_seed)
                      and not exists (select 1 from fnd_line l where l.entry_id = e.id))
                insert into fnd_line (entry_id, account_id, amount)
                select f.id, b.id, f.amount from fresh f
                     join fnd_account b on b.estate_id = f.estate_id and b.kind = 'BANK'
                union all
                select f.id, a.id, -s.amount from fresh f join fnd_seed s on s.estate_id = f.estate_id
                     join fnd_account a on a.house_id = s.house_id""").update();
        jdbc.sql("""
                insert into fnd_deposit (entry_id, house_id, kind, payer, amount, filing_ref)
                select e.id, s.house_id, 'FIRST', 'DEVELOPER', s.amount,
                       'WQ-' || extract(year from e.booked_on) || '-' || s.estate_id
                from fnd_seed s join fnd_entry e on e.idempotency_key = 'SEED:' || s.estate_id
                on conflict do nothing""").update();
        List<Long> funded = jdbc.sql("select distinct estate_id from fnd_seed order by estate_id").query(Long.class)
                .list();
        jdbc.sql("drop table fnd_seed").update();
        return funded;
    }

    /** The invariant over every estate, once the seeds are written. */
    @Transactional
    public boolean check() {
        return checks.afterAll().ok();
    }

    /**
     * Refreshes the planner's statistics of the tables the seeds read and write: the demo loads everything in one
     * transaction, before autovacuum has seen any of it, and per-estate queries would otherwise scan whole tables.
     */
    @Transactional
    public void analyzeRegister() {
        jdbc.sql("analyze reg_house, reg_building, reg_estate, reg_ownership").update();
    }

    /** The same for the ledger's tables, once they hold the deposits. */
    @Transactional
    public void analyzeLedger() {
        jdbc.sql("analyze fnd_account, fnd_entry, fnd_line, fnd_deposit").update();
    }

    /** One interest allocation at the county's demand rate. */
    @Transactional
    public Income interest(long estateId, LocalDate start, LocalDate end) {
        return income.allocate(estateId, start, end, fund.settings().demandRate(), null, "demo", false);
    }

    /**
     * One period's interest over every funded estate under a region path, as the county's batch does it (the
     * benchmark times the invariant check apart, so it asks for none here).
     */
    @Transactional
    public IncomeBatch interestBatch(String regionPath, String label, LocalDate start, LocalDate end, String actor,
                                     boolean check) {
        return batches.allocate(regionPath, label, start, end, fund.settings().demandRate(), actor, check);
    }
}
