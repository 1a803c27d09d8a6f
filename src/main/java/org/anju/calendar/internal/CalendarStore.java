package org.anju.calendar.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anju.calendar.DayKind;
import org.anju.calendar.SpecialDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** cal_day and cal_year. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SpecialDay> specialDays() {
        return jdbc.sql("select day, kind, name from cal_day order by day").query(CalendarStore::day).list();
    }

    public List<SpecialDay> specialDays(int year) {
        return jdbc.sql("select day, kind, name from cal_day where day >= ? and day < ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(CalendarStore::day).list();
    }

    public Optional<SpecialDay> day(LocalDate day) {
        return jdbc.sql("select day, kind, name from cal_day where day = ?").param(day).query(CalendarStore::day)
                .optional();
    }

    public Set<Integer> knownYears() {
        return new HashSet<>(jdbc.sql("select year from cal_year").query(Integer.class).list());
    }

    public String source(int year) {
        return jdbc.sql("select source from cal_year where year = ?").param(year).query(String.class).optional()
                .orElse(null);
    }

    public void put(LocalDate day, DayKind kind, String name, String actor) {
        jdbc.sql("""
                insert into cal_day (day, kind, name, updated_by) values (?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(day, kind.name(), name, actor).update();
    }

    public void delete(LocalDate day) {
        jdbc.sql("delete from cal_day where day = ?").param(day).update();
    }

    public void enterYear(int year, String source, String actor) {
        jdbc.sql("""
                insert into cal_year (year, source, entered_by) values (?, ?, ?)
                on conflict (year) do update set source = excluded.source, entered_by = excluded.entered_by,
                    entered_at = now()""").params(year, source, actor).update();
    }

    private static SpecialDay day(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SpecialDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"));
    }
}
