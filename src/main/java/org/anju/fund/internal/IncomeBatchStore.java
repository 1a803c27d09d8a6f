package org.anju.fund.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.anju.fund.FundView.IncomeBatch;
import org.anju.platform.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A jurisdiction's interest batch as the database sees it: the balance-days of every account in one grouped query,
 * streamed an estate at a time (the arithmetic is {@code InterestRule} and {@code Apportionment}, in the service),
 * and the batch's own rows. The entries and their shares are {@link LedgerStore#postInterest}.
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
    private final JdbcTemplate template;
    /** The same connection source, fetching rows 20 000 at a time: the batch's lines are streamed, not loaded. */
    private final JdbcTemplate streaming;

    IncomeBatchStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
        this.streaming = new JdbcTemplate(java.util.Objects.requireNonNull(template.getDataSource()));
        this.streaming.setFetchSize(20_000);
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

    /**
     * The region's funded estates, those with this very period allocated, and the others with a period over it or
     * after it (closed: 结账, allocations go forward in time).
     */
    public Standing standing(String regionPath, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where exists (select 1 from fnd_income i where i.estate_id = e.id
                                   and i.period_start = :start and i.period_end = :end)),
                               count(*) filter (where exists (select 1 from fnd_income i where i.estate_id = e.id
                                   and i.period_end >= :start)
                                   and not exists (select 1 from fnd_income i where i.estate_id = e.id
                                   and i.period_start = :start and i.period_end = :end))
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
     * One estate's house accounts in ascending id order, each one's balance-days over the period and its balance at
     * the period's end, in fens (before the period's interest).
     */
    public record EstateWeights(long estateId, long bankAccountId, long[] accountIds, long[] fenDays,
                                long[] closing) {
    }

    /** One estate's allocation, for its {@code fnd_income} row. */
    public record EstateIncome(long estateId, long entryId, long fen, long aboveDemandFen) {
    }

    /** An estate to weigh: its accounts, and the balances its last allocation carried forward (none: empty). */
    private record Scope(long estateId, long bankAccountId, LocalDate carriedOn, long[] accountIds,
                         long[] carriedIds, long[] carried) {
    }

    /**
     * The balance-days of every house account of every funded estate of the region (or only {@code estateId}) with
     * no allocation over any part of the period or after it, handed to {@code each} an estate at a time, estates in id order.
     * Each estate starts from the balances its last allocation before the period carried forward (decision 0031),
     * counting for the whole period, and adds the lines booked after that allocation up to the period's end; an
     * estate never allocated adds every line. Closed periods (nothing is booked on or before an allocated period's
     * end) make that equal to summing every posting ever made, which {@code IncomeBatchTests} holds it to.
     */
    public void weights(String regionPath, Long estateId, LocalDate start, LocalDate end,
                        Consumer<EstateWeights> each) {
        String only = estateId == null ? "" : " and e.id = " + estateId.longValue();
        List<Scope> scopes = jdbc.sql("""
                        select e.id, b.id,
                               c.booked_on, c.account_ids::text, c.balances::text,
                               (select array_agg(a.id order by a.id) from fnd_account a
                                where a.estate_id = e.id and a.kind = 'HOUSE')::text
                        from reg_estate e
                             join fnd_account b on b.estate_id = e.id and b.kind = 'BANK'
                             left join lateral (select x.booked_on, s.account_ids, s.balances
                                                from fnd_share s join fnd_entry x on x.id = s.entry_id
                                                where s.estate_id = e.id and x.booked_on < :start
                                                order by x.booked_on desc, s.entry_id desc limit 1) c on true
                        where e.region_path like :path""" + only + """
                          and exists (select 1 from fnd_account h where h.estate_id = e.id and h.kind = 'HOUSE')
                          and not exists (select 1 from fnd_income i where i.estate_id = e.id
                                          and i.period_end >= :start)
                        order by e.id""")
                .param("path", regionPath + "%").param("start", Date.valueOf(start)).param("end", Date.valueOf(end))
                .query((rs, n) -> new Scope(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), longs(rs.getString(6)), longs(rs.getString(4)),
                        longs(rs.getString(5)))).list();
        if (scopes.isEmpty()) {
            return;
        }
        var weighing = new Object() {
            int next;
            Scope scope;
            long[] fenDays;
            long[] closing;

            /** Moves on to the estate of the next line, weighing (and handing over) every estate before it. */
            void at(long estate) {
                while (scope == null || scope.estateId() < estate) {
                    if (scope != null) {
                        each.accept(new EstateWeights(scope.estateId(), scope.bankAccountId(), scope.accountIds(),
                                fenDays, closing));
                    }
                    if (next == scopes.size()) {
                        scope = null;
                        return;
                    }
                    open(scopes.get(next++));
                }
            }

            void open(Scope s) {
                scope = s;
                int n = s.accountIds().length;
                fenDays = new long[n];
                closing = new long[n];
                long days = ChronoUnit.DAYS.between(start, end) + 1;
                for (int j = 0; j < s.carriedIds().length; j++) {
                    int i = Arrays.binarySearch(s.accountIds(), s.carriedIds()[j]);
                    if (i < 0) { // accounts are never removed (a trigger), so a carried one is always there
                        throw new IllegalStateException("carried account " + s.carriedIds()[j] + " not found");
                    }
                    closing[i] = s.carried()[j];
                    fenDays[i] = Math.multiplyExact(s.carried()[j], days);
                }
            }

            void line(long account, long fen, LocalDate bookedOn) {
                int i = Arrays.binarySearch(scope.accountIds(), account);
                if (i >= 0) { // not the bank's line
                    long days = ChronoUnit.DAYS.between(bookedOn.isBefore(start) ? start : bookedOn, end) + 1;
                    fenDays[i] = Math.addExact(fenDays[i], Math.multiplyExact(fen, days));
                    closing[i] = Math.addExact(closing[i], fen);
                }
            }
        };
        long[] estates = scopes.stream().mapToLong(Scope::estateId).toArray();
        Date[] carriedOn = scopes.stream().map(c -> c.carriedOn() == null ? null : Date.valueOf(c.carriedOn()))
                .toArray(Date[]::new);
        // the lines since each estate's last allocation (all of them when it has none), streamed in estate order;
        // an allocation's own credits are its shares, never lines after it (periods never overlap)
        jdbc.sql("set local cursor_tuple_fraction = 1.0").update();
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("set local jit = off").update();
        streaming.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select x.estate_id, l.account_id, (-l.amount * 100)::bigint, x.booked_on
                    from unnest(?::bigint[], ?::date[]) c(estate_id, carried_on)
                         join fnd_entry x on x.estate_id = c.estate_id and x.booked_on <= ?
                                             and (c.carried_on is null or x.booked_on > c.carried_on)
                         join fnd_line l on l.entry_id = x.id
                    order by x.estate_id""");
            ps.setArray(1, LedgerStore.longs(con, estates));
            ps.setArray(2, con.createArrayOf("date", carriedOn));
            ps.setDate(3, Date.valueOf(end));
            return ps;
        }, (ResultSet rs) -> {
            weighing.at(rs.getLong(1));
            weighing.line(rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class));
        });
        weighing.at(Long.MAX_VALUE);
    }

    /** A bigint array's text form ({@code {1,2,3}}, or null) as longs. */
    static long[] longs(String array) {
        if (array == null || array.length() <= 2) {
            return new long[0];
        }
        String[] parts = array.substring(1, array.length() - 1).split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
        }
        return out;
    }

    /** The allocations' {@code fnd_income} rows, in one statement. */
    public void incomes(long batchId, LocalDate start, LocalDate end, BigDecimal rate, List<EstateIncome> incomes) {
        if (incomes.isEmpty()) {
            return;
        }
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_income (estate_id, period_start, period_end, rate_percent, total, entry_id,
                                            above_demand, batch_id)
                    select t.estate, ?, ?, ?, t.fen * 0.01, t.entry, t.above * 0.01, ?
                    from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) t(estate, entry, fen, above)""");
            ps.setDate(1, Date.valueOf(start));
            ps.setDate(2, Date.valueOf(end));
            ps.setBigDecimal(3, rate);
            ps.setLong(4, batchId);
            ps.setArray(5, LedgerStore.longs(con, incomes.stream().mapToLong(EstateIncome::estateId).toArray()));
            ps.setArray(6, LedgerStore.longs(con, incomes.stream().mapToLong(EstateIncome::entryId).toArray()));
            ps.setArray(7, LedgerStore.longs(con, incomes.stream().mapToLong(EstateIncome::fen).toArray()));
            ps.setArray(8, LedgerStore.longs(con, incomes.stream().mapToLong(EstateIncome::aboveDemandFen)
                    .toArray()));
            return ps;
        });
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
