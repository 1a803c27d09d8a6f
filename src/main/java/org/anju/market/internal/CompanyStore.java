package org.anju.market.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.market.CompanyStatus;
import org.anju.market.CompanyView.Bar;
import org.anju.market.CompanyView.Company;
import org.anju.market.CompanyView.PublicBar;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Companies' SQL; every read of a company ANDs the caller's {@link MarketScope}. */
@Repository
public class CompanyStore {

    /** The list's filters; null = any. {@code text} matches the name or the credit code. */
    public record Filter(String text, CompanyStatus status, Boolean barred) {
    }

    /** Registration details as written. */
    public record Fields(String name, String creditCode, String address, String legalRepresentative,
                         LocalDate registeredOn, String phone, CompanyStatus status) {
    }

    private static final String SELECT = """
            select co.*, b.id bar_id, b.reason bar_reason, b.barred_on,
                   (select count(*) from mkt_project ap where ap.company_id = co.id
                      and ap.started_on <= current_date and (ap.ended_on is null or ap.ended_on >= current_date)) active,
                   (select count(*) from mkt_staff s where s.company_id = co.id) staff
            from mkt_company co left join mkt_company_bar b on b.company_id = co.id and b.lifted_on is null
            """;

    private final JdbcClient jdbc;

    CompanyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(MarketScope scope, Filter f) {
        Jurisdiction.Condition in = scope.companies();
        return new Where().and(in.sql(), in.params())
                .andIf(Where.contains(f.text()), "(co.name like :text or co.credit_code like :text)", "text")
                .andIf(f.status() == null ? null : f.status().name(), "co.status = :status", "status")
                .andIf(f.barred(), "(b.id is not null) = :barred", "barred");
    }

    public List<Company> list(MarketScope scope, Filter f, PageRequest page) {
        Where w = where(scope, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by co.name, co.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(CompanyStore::company).list();
    }

    public long count(MarketScope scope, Filter f) {
        Where w = where(scope, f);
        return jdbc.sql("select count(*) from mkt_company co left join mkt_company_bar b on b.company_id = co.id"
                + " and b.lifted_on is null where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Company> find(MarketScope scope, long id) {
        Where w = where(scope, new Filter(null, null, null)).and("co.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(CompanyStore::company).optional();
    }

    /** Whoever asks: for checks other modules make (a barred company cannot bid). */
    public Optional<Company> findUnscoped(long id) {
        return jdbc.sql(SELECT + " where co.id = ?").param(id).query(CompanyStore::company).optional();
    }

    public boolean creditCodeTaken(String code, long exceptId) {
        return jdbc.sql("select count(*) from mkt_company where credit_code = ? and id <> ?").params(code, exceptId)
                .query(Long.class).single() > 0;
    }

    public long insert(Fields f) {
        return jdbc.sql("""
                        insert into mkt_company (name, credit_code, address, legal_representative, registered_on, phone,
                                                 status) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.name(), f.creditCode(), f.address(), f.legalRepresentative(), f.registeredOn(), f.phone(),
                        f.status().name()).query(Long.class).single();
    }

    public void update(long id, Fields f) {
        jdbc.sql("""
                        update mkt_company set name = ?, credit_code = ?, address = ?, legal_representative = ?,
                               registered_on = ?, phone = ?, status = ?, updated_at = now() where id = ?""")
                .params(f.name(), f.creditCode(), f.address(), f.legalRepresentative(), f.registeredOn(), f.phone(),
                        f.status().name(), id).update();
    }

    public List<Staff> staff(long companyId) {
        return jdbc.sql("select * from mkt_staff where company_id = ? order by coalesce(skill_level, 9), name, id")
                .param(companyId).query((rs, n) -> new Staff(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("name"), rs.getString("position"), (Integer) rs.getObject("skill_level"),
                        rs.getString("certificate_no"), rs.getObject("certified_on", LocalDate.class))).list();
    }

    public long insertStaff(long companyId, Staff s) {
        return jdbc.sql("""
                        insert into mkt_staff (company_id, name, position, skill_level, certificate_no, certified_on)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(companyId, s.name(), s.position(), s.skillLevel(), s.certificateNo(), s.certifiedOn())
                .query(Long.class).single();
    }

    public int deleteStaff(long companyId, long staffId) {
        return jdbc.sql("delete from mkt_staff where company_id = ? and id = ?").params(companyId, staffId).update();
    }

    public List<Bar> bars(long companyId) {
        return jdbc.sql("""
                        select b.*, co.name, co.credit_code from mkt_company_bar b join mkt_company co on co.id = b.company_id
                        where b.company_id = ? order by b.barred_on desc, b.id desc""")
                .param(companyId).query(CompanyStore::bar).list();
    }

    public long insertBar(long companyId, String reason, LocalDate on, String by) {
        return jdbc.sql("insert into mkt_company_bar (company_id, reason, barred_on, barred_by) values (?, ?, ?, ?) returning id")
                .params(companyId, reason, on, by).query(Long.class).single();
    }

    public int liftBar(long companyId, String reason, LocalDate on, String by) {
        return jdbc.sql("""
                        update mkt_company_bar set lifted_on = greatest(?, barred_on), lifted_by = ?, lift_reason = ?
                        where company_id = ? and lifted_on is null""").params(on, by, reason, companyId).update();
    }

    /** Bars in force, for the public list. */
    public List<PublicBar> publicBars(PageRequest page) {
        return jdbc.sql("""
                        select co.name, co.credit_code, b.reason, b.barred_on from mkt_company_bar b
                        join mkt_company co on co.id = b.company_id where b.lifted_on is null
                        order by b.barred_on desc, b.id desc limit ? offset ?""").params(page.size(), page.offset())
                .query((rs, n) -> new PublicBar(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    public long countPublicBars() {
        return jdbc.sql("select count(*) from mkt_company_bar where lifted_on is null").query(Long.class).single();
    }

    private static Company company(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Bar bar = rs.getObject("bar_id") == null ? null : new Bar(rs.getLong("bar_id"), id, rs.getString("name"),
                rs.getString("credit_code"), rs.getString("bar_reason"), rs.getObject("barred_on", LocalDate.class),
                null, null);
        return new Company(id, rs.getString("name"), rs.getString("credit_code"), rs.getString("address"),
                rs.getString("legal_representative"), rs.getObject("registered_on", LocalDate.class),
                rs.getString("phone"), CompanyStatus.valueOf(rs.getString("status")), rs.getLong("active"),
                rs.getLong("staff"), bar);
    }

    private static Bar bar(ResultSet rs, int n) throws SQLException {
        return new Bar(rs.getLong("id"), rs.getLong("company_id"), rs.getString("name"), rs.getString("credit_code"),
                rs.getString("reason"), rs.getObject("barred_on", LocalDate.class),
                rs.getObject("lifted_on", LocalDate.class), rs.getString("lift_reason"));
    }
}
