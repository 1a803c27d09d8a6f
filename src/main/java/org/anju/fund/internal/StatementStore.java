package org.anju.fund.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.fund.FundView.YearFigures;
import org.anju.fund.FundView.YearStatement;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly statements' SQL: figures from the house accounts' lines, statements within the jurisdiction. */
@Repository
public class StatementStore {

    private static final String SELECT = """
            select s.id, s.estate_id, e.name, s.year, s.opening, s.deposits, s.interest, s.other_income, s.uses,
                   s.refunds, s.closing, s.accounts, s.generated_at
            from fnd_year_statement s join reg_estate e on e.id = s.estate_id
            """;

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A year's figures over the estate's house accounts (or one account): opening and closing balances, and the
     * movements of the year by kind; interest = INCOME entries that are allocations, other income = the rest.
     */
    public YearFigures figures(long estateId, Long accountId, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        String one = accountId == null ? "" : " and a.id = " + accountId.longValue();
        return jdbc.sql("""
                        select coalesce(-sum(l.amount) filter (where e.booked_on < :start), 0),
                               coalesce(-sum(l.amount) filter (where y and e.kind = 'DEPOSIT'), 0),
                               coalesce(-sum(l.amount) filter (where y and e.kind = 'INCOME' and i.id is not null), 0),
                               coalesce(-sum(l.amount) filter (where y and e.kind = 'INCOME' and i.id is null), 0),
                               coalesce(sum(l.amount) filter (where y and e.kind = 'USAGE'), 0),
                               coalesce(-sum(l.amount) filter (where y and e.kind = 'REFUND'), 0),
                               coalesce(-sum(l.amount) filter (where e.booked_on <= :end), 0),
                               count(distinct a.id)
                        from fnd_estate_posting l join fnd_account a on a.id = l.account_id
                             join fnd_entry e on e.id = l.entry_id
                             left join fnd_income i on i.entry_id = e.id
                             cross join lateral (select e.booked_on between :start and :end y) yy
                        where l.estate_id = :estate and l.account_kind = 'HOUSE'""" + one)
                .param("estate", estateId).param("start", start).param("end", end)
                .query((rs, n) -> new YearFigures(year, rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getInt(8))).single();
    }

    /** Inserts the statement unless the estate's year has one (then empty). */
    public Optional<Long> insert(long estateId, YearFigures f, String actor) {
        return jdbc.sql("""
                        insert into fnd_year_statement (estate_id, year, opening, deposits, interest, other_income, uses,
                                                        refunds, closing, accounts, generated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (estate_id, year) do nothing returning id""")
                .params(estateId, f.year(), f.opening(), f.deposits(), f.interest(), f.otherIncome(), f.uses(),
                        f.refunds(), f.closing(), f.accounts(), actor).query(Long.class).optional();
    }

    public Optional<YearStatement> find(long estateId, int year) {
        return jdbc.sql(SELECT + " where s.estate_id = ? and s.year = ?").params(estateId, year)
                .query(StatementStore::statement).optional();
    }

    private static Where where(Jurisdiction j, Long estateId, Integer year) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "s.estate_id = :estate", "estate")
                .andIf(year, "s.year = :year", "year");
    }

    public List<YearStatement> list(Jurisdiction j, Long estateId, Integer year, PageRequest page) {
        Where w = where(j, estateId, year);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by s.year desc, e.name, s.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(StatementStore::statement).list();
    }

    public long count(Jurisdiction j, Long estateId, Integer year) {
        Where w = where(j, estateId, year);
        return jdbc.sql("select count(*) from fnd_year_statement s join reg_estate e on e.id = s.estate_id where "
                + w.sql()).params(w.params()).query(Long.class).single();
    }

    private static YearStatement statement(ResultSet rs, int n) throws SQLException {
        return new YearStatement(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                new YearFigures(rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                        rs.getInt(12)), rs.getTimestamp(13).toInstant(), false);
    }
}
