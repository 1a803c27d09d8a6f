package org.anju.casework.internal;

import java.util.List;
import java.util.Optional;
import org.anju.casework.BodyKind;
import org.anju.casework.CaseView.Category;
import org.anju.casework.CaseView.DutyRule;
import org.anju.casework.DeadlinePolicy;
import org.anju.casework.DeadlineUnit;
import org.anju.casework.Urgency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The county's casework lists: categories, time limits and the responsibility list (权责清单). */
@Repository
public class DutyStore {

    private static final String RULES = """
            select r.id, r.category_code, g.name category_name, r.region_id, rg.name region_name, r.body_kind,
                   r.department_id, d.name department_name, r.note
            from cas_duty_rule r join cas_category g on g.code = r.category_code
                 left join reg_region rg on rg.id = r.region_id left join idn_department d on d.id = r.department_id
            """;

    private final JdbcClient jdbc;

    DutyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> categories() {
        return jdbc.sql("select code, name, anonymous_allowed, sort, active from cas_category order by sort, code")
                .query(Category.class).list();
    }

    public Optional<Category> category(String code) {
        return jdbc.sql("select code, name, anonymous_allowed, sort, active from cas_category where code = ?")
                .param(code).query(Category.class).optional();
    }

    public boolean categoryNameTaken(String name, String exceptCode) {
        return jdbc.sql("select count(*) from cas_category where name = ? and code <> ?").params(name, exceptCode)
                .query(Long.class).single() > 0;
    }

    public void putCategory(Category c) {
        jdbc.sql("""
                        insert into cas_category (code, name, anonymous_allowed, sort, active) values (?, ?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name,
                            anonymous_allowed = excluded.anonymous_allowed, sort = excluded.sort,
                            active = excluded.active""")
                .params(c.code(), c.name(), c.anonymousAllowed(), c.sort(), c.active()).update();
    }

    public List<DeadlinePolicy.Rule> deadlines() {
        return jdbc.sql("select category_code, urgency, amount, unit, is_default from cas_deadline"
                        + " order by category_code nulls first, urgency")
                .query((rs, n) -> new DeadlinePolicy.Rule(rs.getString(1), Urgency.valueOf(rs.getString(2)),
                        rs.getInt(3), DeadlineUnit.valueOf(rs.getString(4)), rs.getBoolean(5))).list();
    }

    /** Sets a time limit (no longer a default: the county has decided it). */
    public void putDeadline(String category, Urgency urgency, int amount, DeadlineUnit unit) {
        int updated = jdbc.sql("""
                        update cas_deadline set amount = ?, unit = ?, is_default = false, updated_at = now()
                        where coalesce(category_code, '') = coalesce(?, '') and urgency = ?""")
                .params(amount, unit.name(), category, urgency.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into cas_deadline (category_code, urgency, amount, unit, is_default) values (?, ?, ?, ?, false)")
                    .params(category, urgency.name(), amount, unit.name()).update();
        }
    }

    public List<DutyRule> rules() {
        return jdbc.sql(RULES + " order by g.sort, r.category_code, r.region_path nulls first, r.id")
                .query(DutyStore::rule).list();
    }

    public Optional<DutyRule> rule(long id) {
        return jdbc.sql(RULES + " where r.id = ?").param(id).query(DutyStore::rule).optional();
    }

    /** The rule for a category at a place: the one of the deepest region containing it, else the county-wide one. */
    public Optional<DutyRule> match(String category, String regionPath) {
        return jdbc.sql(RULES + """
                         where r.category_code = ? and (r.region_path is null or ? like r.region_path || '%')
                        order by length(coalesce(r.region_path, '')) desc limit 1""")
                .params(category, regionPath).query(DutyStore::rule).optional();
    }

    public boolean ruleExists(String category, Long regionId) {
        return jdbc.sql("select count(*) from cas_duty_rule where category_code = ? and coalesce(region_id, 0) = ?")
                .params(category, regionId == null ? 0L : regionId).query(Long.class).single() > 0;
    }

    public long insertRule(String category, Long regionId, String regionPath, BodyKind kind, Long departmentId,
                           String note) {
        return jdbc.sql("""
                        insert into cas_duty_rule (category_code, region_id, region_path, body_kind, department_id, note)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(category, regionId, regionPath, kind.name(), departmentId, note).query(Long.class).single();
    }

    public boolean deleteRule(long id) {
        return jdbc.sql("delete from cas_duty_rule where id = ?").param(id).update() == 1;
    }

    /** A region's path, if it exists. */
    public Optional<String> regionPath(long regionId) {
        return jdbc.sql("select path from reg_region where id = ?").param(regionId).query(String.class).optional();
    }

    private static DutyRule rule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DutyRule(rs.getLong("id"), rs.getString("category_code"), rs.getString("category_name"),
                (Long) rs.getObject("region_id"), rs.getString("region_name"), BodyKind.valueOf(rs.getString("body_kind")),
                (Long) rs.getObject("department_id"), rs.getString("department_name"), rs.getString("note"));
    }
}
