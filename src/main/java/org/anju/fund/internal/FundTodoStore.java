package org.anju.fund.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.fund.FundView.TodoItem;
import org.anju.identity.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The county's to-do of the fund, counted within the jurisdiction: one small query per kind. */
@Repository
public class FundTodoStore {

    private final JdbcClient jdbc;

    FundTodoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Kinds with nothing to do are left out. */
    public List<TodoItem> items(Jurisdiction j, LocalDate today, BigDecimal topUpPercent) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        List<TodoItem> out = new ArrayList<>();
        add(out, "EMERGENCY_OVERDUE", "/console/fund/usages?kind=EMERGENCY&status=APPLIED", in, today, """
                select count(*), min(u.decide_by) from fnd_usage u join reg_estate e on e.id = u.estate_id
                where u.kind = 'EMERGENCY' and u.status = 'APPLIED' and u.decide_by < :today and """);
        add(out, "USAGE_TO_DECIDE", "/console/fund/usages?status=APPLIED", in, today, """
                select count(*), min(u.applied_on) from fnd_usage u join reg_estate e on e.id = u.estate_id
                where u.status = 'APPLIED' and (u.decide_by is null or u.decide_by >= :today) and """);
        add(out, "ALERT", "/console/fund/check", in, today, """
                select count(*), min(a.raised_at)::date from fnd_alert a join reg_estate e on e.id = a.estate_id
                where a.resolved_at is null and :today is not null and """);
        add(out, "DEVELOPER_OVERDUE", "/console/fund/arrears", in, today, """
                select count(*), min(g.due_on) from fnd_developer_charge g join reg_estate e on e.id = g.estate_id
                where g.entry_id is null and g.due_on < :today and """);
        add(out, "STATEMENT_DUE", "/console/fund/statements", in, today, """
                select count(*), null::date from reg_estate e
                where exists (select 1 from fnd_account a where a.estate_id = e.id and a.kind = 'BANK')
                  and not exists (select 1 from fnd_year_statement s where s.estate_id = e.id
                                  and s.year = extract(year from :today::date)::int - 1) and """);
        // every balance of the jurisdiction in one set-based read (fnd_house_balances), not one per account
        long topUp = jdbc.sql("""
                        select count(*) from fnd_account a join reg_estate e on e.id = a.estate_id
                             cross join lateral (select sum(d.amount) amount from fnd_deposit d
                                                 where d.house_id = a.house_id and d.kind = 'FIRST') fd
                             left join fnd_house_balances(array(select e.id from reg_estate e where""" + " "
                        + in.sql() + """
                             )) b on b.account_id = a.id
                        where a.kind = 'HOUSE' and fd.amount is not null
                          and coalesce(b.balance, 0) * 100 < fd.amount * :pct and""" + " " + in.sql())
                .params(in.params()).param("pct", topUpPercent).query(Long.class).single();
        if (topUp > 0) {
            out.add(new TodoItem("TOP_UP", topUp, null, "/console/fund?topUpOnly=true"));
        }
        return out;
    }

    private void add(List<TodoItem> out, String kind, String link, Jurisdiction.Condition in, LocalDate today,
                     String sql) {
        jdbc.sql(sql + " " + in.sql()).params(in.params()).param("today", today).query(rs -> {
            long n = rs.getLong(1);
            if (n > 0) {
                out.add(new TodoItem(kind, n, rs.getObject(2, LocalDate.class), link));
            }
        });
    }
}
