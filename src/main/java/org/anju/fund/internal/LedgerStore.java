package org.anju.fund.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.fund.FundView.Account;
import org.anju.fund.FundView.Arrear;
import org.anju.fund.FundView.Entry;
import org.anju.fund.FundView.EstateSummary;
import org.anju.fund.FundView.Movement;
import org.anju.fund.FundView.Setting;
import org.anju.fund.Payer;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's SQL: accounts, postings, statements. Reads AND the caller's jurisdiction (an owner: their houses
 * only). A posting inserts its entry (once per idempotency key) and all its lines in one statement, so that the
 * database's statement trigger checks the entry balanced.
 */
@Repository
public class LedgerStore {

    /** A house as the ledger needs it, found within a jurisdiction. */
    public record House(long id, long estateId, long buildingId, BigDecimal area, boolean lift, boolean owned,
                        String regionPath, Integer floors) {
    }

    /** An estate as the ledger needs it. */
    public record Estate(long id, String name, String regionPath, long townshipId) {
    }

    /** The accounts list's filters; null = any. */
    public record AccountFilter(Long townshipId, Long communityId, Long estateId, Long areaId, Boolean topUpOnly,
                                String sort) {
    }

    /** A house account's balance-days in a period, for interest. */
    public record BalanceDays(long accountId, BigInteger fenDays) {
    }

    private static final String PLACE = """
             join reg_estate e on e.id = h.estate_id join reg_region c on c.id = e.community_id
             join reg_region t on t.id = c.parent_id
            """;

    private static final String HOUSE_SELECT = "select h.id, h.estate_id, h.building_id, h.exclusive_area, b.has_lift,"
            + " exists (select 1 from reg_ownership o where o.house_id = h.id) owned, e.region_path, b.floors"
            + " from reg_house h join reg_building b on b.id = h.building_id" + PLACE;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- settings

    public List<Setting> settings() {
        return jdbc.sql("select name, value, is_default from fnd_setting order by name")
                .query((rs, n) -> new Setting(rs.getString(1), rs.getBigDecimal(2), rs.getBoolean(3))).list();
    }

    public void setting(String name, BigDecimal value, String actor) {
        jdbc.sql("update fnd_setting set value = ?, is_default = false, updated_by = ?, updated_at = now() where name = ?")
                .params(value, actor, name).update();
    }

    // ---- places

    public Optional<House> house(Jurisdiction j, long houseId) {
        Jurisdiction.Condition in = j.houses("e.region_path", "e.id", "h.id");
        return jdbc.sql(HOUSE_SELECT
                        + " where h.id = :house and " + in.sql())
                .params(in.params()).param("house", houseId).query(LedgerStore::house).optional();
    }

    /** The houses of a building (within the jurisdiction), in id order. */
    public List<House> housesOfBuilding(Jurisdiction j, long buildingId) {
        Jurisdiction.Condition in = j.houses("e.region_path", "e.id", "h.id");
        return jdbc.sql(HOUSE_SELECT
                        + " where h.building_id = :building and " + in.sql() + " order by h.id")
                .params(in.params()).param("building", buildingId).query(LedgerStore::house).list();
    }

    /** Of the given house ids, those of the estate, with their areas, in id order. */
    public List<House> housesOfEstate(long estateId, List<Long> houseIds) {
        String only = houseIds == null || houseIds.isEmpty() ? "" : " and h.id in (:ids)";
        var spec = jdbc.sql(HOUSE_SELECT
                + " where h.estate_id = :estate" + only + " order by h.id").param("estate", estateId);
        if (!only.isEmpty()) {
            spec = spec.param("ids", houseIds);
        }
        return spec.query(LedgerStore::house).list();
    }

    private static House house(ResultSet rs, int n) throws SQLException {
        return new House(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBoolean(5),
                rs.getBoolean(6), rs.getString(7), rs.getObject(8, Integer.class));
    }

    /**
     * 结账: the end of the estate's last allocated period, if any. Nothing is booked on or before it (a trigger), so
     * that the balances an allocation carried forward stay true.
     */
    public Optional<LocalDate> closedUntil(long estateId) {
        return jdbc.sql("select period_end from fnd_income where estate_id = ? order by period_end desc limit 1").param(estateId)
                .query(LocalDate.class).optional();
    }

    /** Refuses a date in a closed period of the estate, on the named field. */
    public void requireOpen(long estateId, LocalDate bookedOn, String field) {
        closedUntil(estateId).filter(closed -> !bookedOn.isAfter(closed)).ifPresent(closed -> {
            throw org.anju.platform.InvalidRequestException.rule(field, "fund.error.periodClosed", closed.toString());
        });
    }

    public String regionPath(long estateId) {
        return jdbc.sql("select region_path from reg_estate where id = ?").param(estateId).query(String.class)
                .single();
    }

    public Optional<Estate> estate(Jurisdiction j, long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql("select e.id, e.name, e.region_path, t.id from reg_estate e"
                        + " join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id"
                        + " where e.id = :estate and " + in.sql())
                .params(in.params()).param("estate", estateId)
                .query((rs, n) -> new Estate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    // ---- accounts and postings

    /** The house's account, opened if it has none. */
    public long houseAccount(House h) {
        jdbc.sql("""
                        insert into fnd_account (kind, estate_id, building_id, house_id) values ('HOUSE', ?, ?, ?)
                        on conflict (house_id) do nothing""").params(h.estateId(), h.buildingId(), h.id()).update();
        return jdbc.sql("select id from fnd_account where house_id = ?").param(h.id()).query(Long.class).single();
    }

    /** Opens the accounts of many houses of one estate at once; returns house id → account id. */
    public Map<Long, Long> houseAccounts(long estateId, List<House> houses) {
        if (!houses.isEmpty()) {
            template.update(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into fnd_account (kind, estate_id, building_id, house_id)
                        select 'HOUSE', ?, b, h from unnest(?::bigint[], ?::bigint[]) t(h, b)
                        on conflict (house_id) do nothing""");
                ps.setLong(1, estateId);
                ps.setArray(2, con.createArrayOf("bigint", houses.stream().map(House::id).toArray()));
                ps.setArray(3, con.createArrayOf("bigint", houses.stream().map(House::buildingId).toArray()));
                return ps;
            });
        }
        Map<Long, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select house_id, id from fnd_account where estate_id = ? and kind = 'HOUSE'").param(estateId)
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /** The estate's bank account (专户), opened if it has none. */
    public long bankAccount(long estateId) {
        jdbc.sql("""
                        insert into fnd_account (kind, estate_id) values ('BANK', ?)
                        on conflict (estate_id) where kind = 'BANK' do nothing""").param(estateId).update();
        return jdbc.sql("select id from fnd_account where estate_id = ? and kind = 'BANK'").param(estateId)
                .query(Long.class).single();
    }

    /** Locks the estate's bank account row: one income allocation of an estate at a time. */
    public void lockBank(long bankAccountId) {
        jdbc.sql("select id from fnd_account where id = ? for update").param(bankAccountId).query(Long.class).single();
    }

    /** Locks the accounts (in id order, so two usages never deadlock) and returns their balances. */
    public Map<Long, BigDecimal> lockBalances(List<Long> accountIds) {
        Map<Long, BigDecimal> balances = new java.util.HashMap<>();
        if (accountIds.isEmpty()) {
            return balances;
        }
        jdbc.sql("select id from fnd_account where id in (:ids) order by id for update").param("ids", accountIds)
                .query(Long.class).list();
        accountIds.forEach(id -> balances.put(id, BigDecimal.ZERO.setScale(2)));
        jdbc.sql("select account_id, -sum(amount) from fnd_posting where account_id in (:ids) group by account_id")
                .param("ids", accountIds).query(rs -> {
                    balances.put(rs.getLong(1), rs.getBigDecimal(2));
                });
        return balances;
    }

    /** An entry already posted under this key: its id and amount. */
    public Optional<Map.Entry<Long, BigDecimal>> entryWithKey(String key) {
        return jdbc.sql("select id, amount from fnd_entry where idempotency_key = ?").param(key)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2))).optional();
    }

    /**
     * Posts one balanced entry: its header (unless the key is taken: then empty, nothing written) and all its lines
     * in one statement. Lines are account id → signed amount (debit +, credit −), none zero.
     */
    public Optional<Long> post(long estateId, String kind, String key, LocalDate bookedOn, String memo, Long usageId,
                               String actor, List<Long> accounts, List<BigDecimal> amounts) {
        BigDecimal debit = amounts.stream().filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<Long> id = jdbc.sql("""
                        insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, memo, usage_id,
                                               created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing returning id""")
                .params(estateId, kind, key, debit, bookedOn, memo, usageId, actor).query(Long.class).optional();
        id.ifPresent(entry -> template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_line (entry_id, account_id, amount)
                    select ?, a, m from unnest(?::bigint[], ?::numeric[]) t(a, m)""");
            ps.setLong(1, entry);
            Array a = con.createArrayOf("bigint", accounts.toArray());
            Array m = con.createArrayOf("numeric", amounts.toArray());
            ps.setArray(2, a);
            ps.setArray(3, m);
            return ps;
        }));
        return id;
    }

    /**
     * One estate's interest as the ledger keeps it (decision 0031): the bank's debit of {@code fen}; the house accounts
     * with a share or a balance, in ascending id order, with their shares (≥ 0, summing to {@code fen}) and their
     * balances after the share, in fens.
     */
    public record InterestPosting(long estateId, long bankAccountId, long fen, long[] accountIds, long[] fens,
                                  long[] balances) {

        /** The accounts given a fen or more. */
        public int credited() {
            return (int) java.util.Arrays.stream(fens).filter(f -> f > 0).count();
        }
    }

    /**
     * Posts interest entries, one per estate, in three statements whatever their number: the entries (a key already
     * taken: that estate is skipped, nothing written for it), the shares (one row per entry, the database checks its
     * accounts), then the bank's lines (the database checks each entry balanced against its shares).
     *
     * @param keyPeriod the period in the idempotency key {@code INCOME:estate:keyPeriod}
     * @return estate id → the entry written, for the estates written
     */
    /** Rows per share statement: five parameters each, under the protocol's 32 767. */
    private static final int SHARE_ROWS = 5_000;

    public Map<Long, Long> postInterest(List<InterestPosting> postings, String keyPeriod, LocalDate bookedOn,
                                        String memo, String actor) {
        Map<Long, Long> entries = new java.util.HashMap<>();
        if (postings.isEmpty()) {
            return entries;
        }
        long[] estates = postings.stream().mapToLong(InterestPosting::estateId).toArray();
        long[] fens = postings.stream().mapToLong(InterestPosting::fen).toArray();
        template.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, memo, created_by)
                    select t.e, 'INCOME', 'INCOME:' || t.e || ':' || ?, t.f * 0.01, ?, ?, ?
                    from unnest(?::bigint[], ?::bigint[]) t(e, f) order by t.e
                    on conflict (idempotency_key) do nothing returning estate_id, id""");
            ps.setString(1, keyPeriod);
            ps.setDate(2, Date.valueOf(bookedOn));
            ps.setString(3, memo);
            ps.setString(4, actor);
            ps.setArray(5, LedgerStore.longs(con, estates));
            ps.setArray(6, LedgerStore.longs(con, fens));
            return ps;
        }, (ResultSet rs) -> {
            entries.put(rs.getLong(1), rs.getLong(2));
        });
        List<InterestPosting> fresh = postings.stream().filter(p -> entries.containsKey(p.estateId())).toList();
        if (fresh.isEmpty()) {
            return entries;
        }
        long[] entryIds = new long[fresh.size()];
        long[] banks = new long[fresh.size()];
        long[] debits = new long[fresh.size()];
        for (int i = 0; i < fresh.size(); i++) {
            entryIds[i] = entries.get(fresh.get(i).estateId());
            banks[i] = fresh.get(i).bankAccountId();
            debits[i] = fresh.get(i).fen();
        }
        // the shares as multi-row inserts of up to SHARE_ROWS rows: each statement fires the share trigger once
        for (int from = 0; from < fresh.size(); from += SHARE_ROWS) {
            List<InterestPosting> chunk = fresh.subList(from, Math.min(fresh.size(), from + SHARE_ROWS));
            template.update(con -> {
                PreparedStatement ps = con.prepareStatement(
                        "insert into fnd_share (entry_id, estate_id, account_ids, fens, balances) values "
                        + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")));
                int k = 1;
                for (InterestPosting p : chunk) {
                    ps.setLong(k++, entries.get(p.estateId()));
                    ps.setLong(k++, p.estateId());
                    ps.setArray(k++, longs(con, p.accountIds()));
                    ps.setArray(k++, longs(con, p.fens()));
                    ps.setArray(k++, longs(con, p.balances()));
                }
                return ps;
            });
        }
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_line (entry_id, account_id, amount)
                    select t.entry, t.bank, t.f * 0.01 from unnest(?::bigint[], ?::bigint[], ?::bigint[]) t(entry, bank, f)""");
            ps.setArray(1, LedgerStore.longs(con, entryIds));
            ps.setArray(2, LedgerStore.longs(con, banks));
            ps.setArray(3, LedgerStore.longs(con, debits));
            return ps;
        });
        return entries;
    }

    /** A primitive array as one SQL array parameter (pgjdbc sends it without boxing). */
    static Array longs(java.sql.Connection con, long[] values) throws SQLException {
        return con.unwrap(org.postgresql.PGConnection.class).createArrayOf("int8", values);
    }

    static Array ints(java.sql.Connection con, int[] values) throws SQLException {
        return con.unwrap(org.postgresql.PGConnection.class).createArrayOf("int4", values);
    }

    public void deposits(long entryId, List<Long> houseIds, List<BigDecimal> amounts, String kind, String payer,
                         String filingRef) {
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_deposit (entry_id, house_id, kind, payer, amount, filing_ref)
                    select ?, h, ?, ?, m, ? from unnest(?::bigint[], ?::numeric[]) t(h, m)""");
            ps.setLong(1, entryId);
            ps.setString(2, kind);
            ps.setString(3, payer);
            ps.setString(4, filingRef);
            ps.setArray(5, con.createArrayOf("bigint", houseIds.toArray()));
            ps.setArray(6, con.createArrayOf("numeric", amounts.toArray()));
            return ps;
        });
    }

    /** Of these houses, those with a first deposit. */
    public List<Long> withFirstDeposit(List<Long> houseIds) {
        if (houseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct house_id from fnd_deposit where kind = 'FIRST' and house_id in (:ids)")
                .param("ids", houseIds).query(Long.class).list();
    }

    /** Whether the house has a first deposit from this payer. */
    public boolean hasFirstDeposit(long houseId, String payer) {
        return jdbc.sql("select count(*) from fnd_deposit where kind = 'FIRST' and house_id = ? and payer = ?")
                .params(houseId, payer).query(Long.class).single() > 0;
    }

    /**
     * Each house account's balance × days over [start, end], in fen-days: a line booked on day d counts from d
     * (inclusive) to the end; a line before the period counts for the whole period. Accounts in id order. Summed over
     * every posting ever made (lines and shares): the reference the allocations' carried balances are tested against
     * (IncomeBatchTests), not what they read.
     */
    public List<BalanceDays> balanceDays(long estateId, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        select a.id, coalesce(w.w, 0)
                        from fnd_account a left join (
                              select p.account_id,
                                     sum((-p.amount * 100)::bigint
                                         * (:end::date - greatest(x.booked_on, :start::date) + 1))::bigint w
                              from fnd_estate_posting p
                                   join fnd_entry x on x.id = p.entry_id and x.booked_on <= :end::date
                              where p.account_kind = 'HOUSE'
                              and p.estate_id = :estate group by p.account_id) w on w.account_id = a.id
                        where a.estate_id = :estate and a.kind = 'HOUSE'
                        order by a.id""")
                .param("estate", estateId).param("start", Date.valueOf(start)).param("end", Date.valueOf(end))
                .query((rs, n) -> new BalanceDays(rs.getLong(1), rs.getBigDecimal(2).toBigIntegerExact())).list();
    }

    // ---- reads

    private static final String ACCOUNT_PLACES = """
             from fnd_account a join reg_house h on h.id = a.house_id join reg_building b on b.id = h.building_id
             join reg_management_area ma on ma.id = b.management_area_id
            """ + PLACE;

    // fnd_house_balance: the balance carried by the estate's last allocation plus the lines since (decision 0031)
    private static final String ACCOUNT_FROM = ACCOUNT_PLACES + """
             cross join lateral (select fnd_house_balance(a.id) balance) bal
             cross join lateral (select sum(d.amount) amount from fnd_deposit d
                                 where d.house_id = a.house_id and d.kind = 'FIRST') fd
            """;

    private static final String ACCOUNT_SELECT = """
            select a.id, h.id house_id, e.id estate_id, e.name estate_name, t.name township_name, b.name building,
                   h.section, h.number, h.exclusive_area, bal.balance, fd.amount first_deposit,
                   (fd.amount is not null and bal.balance * 100 < fd.amount * :pct) top_up, ma.id area_id,
                   ma.name area_name
            """;

    private static Where accountWhere(Jurisdiction j, AccountFilter f) {
        Jurisdiction.Condition in = j.houses("e.region_path", "e.id", "h.id");
        Where w = new Where().and("a.kind = 'HOUSE'", Map.of()).and(in.sql(), in.params())
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.communityId(), "c.id = :community", "community")
                .andIf(f.estateId(), "e.id = :estate", "estate")
                .andIf(f.areaId(), "ma.id = :area", "area");
        if (Boolean.TRUE.equals(f.topUpOnly())) {
            w.and("fd.amount is not null and bal.balance * 100 < fd.amount * :pct", Map.of());
        }
        return w;
    }

    public List<Account> accounts(Jurisdiction j, AccountFilter f, BigDecimal topUpPercent, PageRequest page) {
        Where w = accountWhere(j, f);
        String order = switch (f.sort() == null ? "" : f.sort()) {
            case "balance" -> "bal.balance, a.id";
            case "-balance" -> "bal.balance desc, a.id";
            default -> "e.name, b.name, h.section, h.number, a.id";
        };
        return jdbc.sql(ACCOUNT_SELECT + ACCOUNT_FROM + " where " + w.sql() + " order by " + order
                        + " limit :limit offset :offset")
                .params(w.params()).param("pct", topUpPercent).param("limit", page.size())
                .param("offset", page.offset()).query(LedgerStore::account).list();
    }

    public long countAccounts(Jurisdiction j, AccountFilter f, BigDecimal topUpPercent) {
        Where w = accountWhere(j, f);
        // a count reads balances only to filter by them
        String from = Boolean.TRUE.equals(f.topUpOnly()) ? ACCOUNT_FROM : ACCOUNT_PLACES;
        return jdbc.sql("select count(*)" + from + " where " + w.sql()).params(w.params())
                .param("pct", topUpPercent).query(Long.class).single();
    }

    public Optional<Account> account(Jurisdiction j, long houseId, BigDecimal topUpPercent) {
        Where w = accountWhere(j, new AccountFilter(null, null, null, null, null, null)).and("h.id = :house",
                Map.of("house", houseId));
        return jdbc.sql(ACCOUNT_SELECT + ACCOUNT_FROM + " where " + w.sql()).params(w.params())
                .param("pct", topUpPercent).query(LedgerStore::account).optional();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBoolean(12), rs.getLong(13), rs.getString(14));
    }

    public List<Movement> movements(long accountId, PageRequest page) {
        return jdbc.sql("""
                        select e.id, e.kind, e.booked_on, -l.amount, e.memo, e.usage_id
                        from fnd_posting l join fnd_entry e on e.id = l.entry_id where l.account_id = ?
                        order by e.booked_on desc, e.id desc limit ? offset ?""")
                .params(accountId, page.size(), page.offset())
                .query((rs, n) -> new Movement(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, Long.class))).list();
    }

    public long countMovements(long accountId) {
        return jdbc.sql("select count(*) from fnd_posting where account_id = ?").param(accountId).query(Long.class)
                .single();
    }

    /** The houses of an owner with an account (for the owner's page). */
    public List<Long> ownersHouses(long ownerId) {
        return jdbc.sql("select o.house_id from reg_ownership o where o.owner_id = ? order by o.house_id")
                .param(ownerId).query(Long.class).list();
    }

    private static Where journalWhere(Jurisdiction j, Long estateId, String kind) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "e.id = :estate", "estate")
                .andIf(kind, "j.kind = :kind", "kind");
    }

    public List<Entry> journal(Jurisdiction j, Long estateId, String kind, PageRequest page) {
        Where w = journalWhere(j, estateId, kind);
        return jdbc.sql("""
                        select j.id, e.id, e.name, j.kind, j.idempotency_key, j.amount, j.booked_on, j.memo, j.usage_id,
                               (select count(*) from fnd_line l where l.entry_id = j.id)
                               + coalesce((select cardinality(s.account_ids) from fnd_share s where s.entry_id = j.id), 0),
                               j.created_by, j.created_at
                        from fnd_entry j join reg_estate e on e.id = j.estate_id where """ + " " + w.sql()
                        + " order by j.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class), rs.getString(8),
                        rs.getObject(9, Long.class), rs.getInt(10), rs.getString(11),
                        rs.getTimestamp(12).toInstant())).list();
    }

    public long countJournal(Jurisdiction j, Long estateId, String kind) {
        Where w = journalWhere(j, estateId, kind);
        return jdbc.sql("select count(*) from fnd_entry j join reg_estate e on e.id = j.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    /** Per estate: accounts, houses' total, bank balance, houses due to top up. */
    public List<EstateSummary> estates(Jurisdiction j, Long townshipId, BigDecimal topUpPercent, PageRequest page) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).andIf(townshipId, "c.parent_id = :township", "township");
        return jdbc.sql("""
                        select e.id, e.name,
                               count(a.id) filter (where a.kind = 'HOUSE'),
                               coalesce(sum(bal.balance) filter (where a.kind = 'HOUSE'), 0),
                               coalesce(-sum(bal.balance) filter (where a.kind = 'BANK'), 0),
                               count(*) filter (where a.kind = 'HOUSE' and fd.amount is not null
                                                and bal.balance * 100 < fd.amount * :pct)
                        from fnd_account a join reg_estate e on e.id = a.estate_id
                             join reg_region c on c.id = e.community_id
                             cross join lateral (select case when a.kind = 'HOUSE' then fnd_house_balance(a.id)
                                                 else (select coalesce(-sum(l.amount), 0) from fnd_line l
                                                       where l.account_id = a.id) end balance) bal
                             cross join lateral (select sum(d.amount) amount from fnd_deposit d
                                                 where d.house_id = a.house_id and d.kind = 'FIRST') fd
                        where""" + " " + w.sql() + " group by e.id, e.name order by e.name limit :limit offset :offset")
                .params(w.params()).param("pct", topUpPercent).param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new EstateSummary(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6))).list();
    }

    public long countEstates(Jurisdiction j, Long townshipId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).andIf(townshipId, "c.parent_id = :township", "township");
        return jdbc.sql("select count(*) from reg_estate e join reg_region c on c.id = e.community_id where "
                        + w.sql() + " and exists (select 1 from fnd_account a where a.estate_id = e.id)")
                .params(w.params()).query(Long.class).single();
    }

    private static final String ARREARS_FROM = """
             from reg_house h join reg_building b on b.id = h.building_id
            """ + PLACE + """
             left join (fnd_developer_charge_house gh join fnd_developer_charge g on g.id = gh.charge_id)
                  on gh.house_id = h.id
             where not exists (select 1 from fnd_deposit d where d.house_id = h.id and d.kind = 'FIRST')
               and coalesce(h.built_year, e.built_year, 2008) >= 2008
            """;

    private static Where arrearsWhere(Jurisdiction j, Long townshipId, Long estateId) {
        Jurisdiction.Condition in = j.houses("e.region_path", "e.id", "h.id");
        return new Where().and(in.sql(), in.params()).andIf(townshipId, "t.id = :township", "township")
                .andIf(estateId, "e.id = :estate", "estate");
    }

    /**
     * 清缴: houses built since Order 165 came into force (2008-02-01; the year 2008 is counted) with no first deposit,
     * what the current standard asks of them, and who owes it (the developer while a house has no owner).
     */
    public List<Arrear> arrears(Jurisdiction j, Long townshipId, Long estateId, BigDecimal withLift,
                               BigDecimal withoutLift, LocalDate today, PageRequest page) {
        Where w = arrearsWhere(j, townshipId, estateId);
        return jdbc.sql("""
                        select h.id, e.id, e.name, b.name, h.section || ' ' || h.number, h.exclusive_area, b.has_lift,
                               coalesce(gh.amount,
                                        round(h.exclusive_area * case when b.has_lift then :lift else :nolift end, 2)),
                               exists (select 1 from reg_ownership o where o.house_id = h.id), g.id, g.due_on
                        """ + ARREARS_FROM
                        + " and " + w.sql() + " order by g.due_on nulls last, e.name, b.name, h.section, h.number, h.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("lift", withLift).param("nolift", withoutLift)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Arrear(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5).strip(), rs.getBigDecimal(6), rs.getBoolean(7), rs.getBigDecimal(8),
                        BigDecimal.ZERO.setScale(2), rs.getBigDecimal(8), rs.getBoolean(9) ? Payer.OWNER
                        : Payer.DEVELOPER, rs.getObject(10, Long.class), rs.getObject(11, LocalDate.class),
                        rs.getObject(11, LocalDate.class) != null
                                && rs.getObject(11, LocalDate.class).isBefore(today))).list();
    }

    public long countArrears(Jurisdiction j, Long townshipId, Long estateId) {
        Where w = arrearsWhere(j, townshipId, estateId);
        return jdbc.sql("select count(*)" + ARREARS_FROM + " and " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    public void transfer(long houseId, LocalDate on, BigDecimal balance, String note, String actor) {
        jdbc.sql("insert into fnd_transfer (house_id, transferred_on, balance, note, recorded_by) values (?, ?, ?, ?, ?)")
                .params(houseId, on, balance, note, actor).update();
    }
}
