package org.anju.market;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.market.CompanyView.Bar;
import org.anju.market.CompanyView.Company;
import org.anju.market.CompanyView.PublicBar;
import org.anju.market.CompanyView.Staff;
import org.anju.market.internal.CompanyStore;
import org.anju.market.internal.MarketScope;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.UnifiedSocialCreditCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Property companies (物业服务企业), public API. Reads within the caller's scope (a company account its own
 * company, the county all, others the companies serving their area; outside = 404); the county registers
 * companies and bars them from new projects (退出机制, public); the county or the company itself edits its
 * details and staff. Every change audited.
 */
@Service
@Transactional(readOnly = true)
public class Companies {

    /** A company as other modules name it: id and registered name. */
    public record CompanyRef(long id, String name) {
    }

    /** The company serving an estate today (its active project), if any; for dispatching complaints. */
    public java.util.Optional<CompanyRef> servingEstate(long estateId) {
        return jdbc.sql("""
                        select c.id, c.name from mkt_project p join mkt_company c on c.id = p.company_id
                        where p.estate_id = ? and p.ended_on is null""")
                .param(estateId).query(CompanyRef.class).optional();
    }

    /**
     * Whoever asks: the companies serving at least one estate under a region path ({@code reg_region.path}) today,
     * for the credit module's township opinions and grade share.
     */
    public java.util.Set<Long> servingRegion(String regionPath) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct p.company_id from mkt_project p join reg_estate e on e.id = p.estate_id
                        where e.region_path like ? and p.started_on <= current_date
                        and (p.ended_on is null or p.ended_on >= current_date)""")
                .param(regionPath + "%").query(Long.class).list());
    }

    /** Whoever asks: every registered company (id and name; names are public), for the credit grades. */
    public List<Option> registered() {
        return jdbc.sql("select id, name from mkt_company order by id")
                .query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    /** A company's name, if it is registered. */
    public java.util.Optional<String> nameOf(long companyId) {
        return jdbc.sql("select name from mkt_company where id = ?").param(companyId).query(String.class).optional();
    }

    /** A project to start: the company serves the estate from that day (sample data; see {@link Projects}). */
    public record NewProject(long companyId, long estateId, LocalDate from) {
    }

    /** Registration details; {@code status} null keeps the current one (ACTIVE for a new company). */
    public record Details(String name, String creditCode, String address, String legalRepresentative,
                          LocalDate registeredOn, String phone, CompanyStatus status) {
    }

    /** A staff member; {@code skillLevel} 1–5 (职业技能等级, 1 the highest) needs a certificate number. */
    public record NewStaff(String name, String position, Integer skillLevel, String certificateNo,
                           LocalDate certifiedOn) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final CompanyStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final MarketClock clock;

    Companies(JdbcClient jdbc, JdbcTemplate batch, CompanyStore store, Jurisdictions jurisdictions, AuditLog audit,
              MarketClock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    MarketScope scope() {
        return MarketScope.of(jurisdictions.current(), Jurisdictions.currentUser());
    }

    public PageResult<Company> list(String text, CompanyStatus status, Boolean barred, PageRequest page) {
        var filter = new CompanyStore.Filter(text, status, barred);
        MarketScope scope = scope();
        return new PageResult<>(store.list(scope, filter, page), store.count(scope, filter), page.page(), page.size());
    }

    /** The company; 404 outside the caller's scope. */
    public Company get(long id) {
        return store.find(scope(), id).orElseThrow(() -> new NotFoundException("company", id));
    }

    /** Whoever asks: whether the company exists, is active and is not barred (tenders, project awards). */
    public boolean mayTakeProjects(long companyId) {
        return store.findUnscoped(companyId).map(Company::mayTakeProjects).orElse(false);
    }

    /** Whoever asks: whether a bar from new projects is in force (public anyway). */
    public boolean isBarred(long companyId) {
        return store.findUnscoped(companyId).map(c -> c.bar() != null).orElse(false);
    }

    /** A company to choose in a form. */
    public record Option(long id, String name) {
    }

    /**
     * Whoever asks: the companies that may take a new project today (active, not barred), for the forms that
     * start one. Names are public (the enterprise credit register publishes them).
     */
    public List<Option> selectable() {
        return jdbc.sql("""
                        select id, name from mkt_company co where status = 'ACTIVE' and not exists
                          (select 1 from mkt_company_bar b where b.company_id = co.id and b.lifted_on is null)
                        order by name, id""").query((rs, n) -> new Option(rs.getLong(1), rs.getString(2))).list();
    }

    @Transactional
    public Company create(Details d) {
        MarketGuards.requireCounty();
        Details checked = check(d, 0, CompanyStatus.ACTIVE);
        long id = store.insert(fields(checked));
        audit.record(AuditEntry.created("company", id, "登记物业服务企业 " + checked.name(), checked));
        return get(id);
    }

    /** The county edits any company; a company its own details, but not its status. */
    @Transactional
    public Company update(long id, Details d) {
        Company before = get(id);
        MarketGuards.requireCountyOrCompany(id);
        if (!MarketGuards.isCounty() && d.status() != null && d.status() != before.status()) {
            throw InvalidRequestException.rule("status", "company.error.statusByCounty");
        }
        Details checked = check(d, id, before.status());
        store.update(id, fields(checked));
        audit.record(new AuditEntry("UPDATE", "company", String.valueOf(id), "修改企业信息 " + checked.name(), before,
                checked, null));
        return get(id);
    }

    public List<Staff> staff(long companyId) {
        get(companyId);
        return store.staff(companyId);
    }

    @Transactional
    public Staff addStaff(long companyId, NewStaff s) {
        get(companyId);
        MarketGuards.requireCountyOrCompany(companyId);
        List<FieldError> errors = new ArrayList<>();
        String name = MarketGuards.text(s.name(), 64, "name", errors);
        String position = MarketGuards.text(s.position(), 64, "position", errors);
        String certificate = MarketGuards.text(s.certificateNo(), 64, "certificateNo", errors);
        if (name == null) {
            errors.add(new FieldError("name", "staff.error.name"));
        }
        if (position == null) {
            errors.add(new FieldError("position", "staff.error.position"));
        }
        if (s.skillLevel() != null && (s.skillLevel() < 1 || s.skillLevel() > 5)) {
            errors.add(new FieldError("skillLevel", "staff.error.skillLevel"));
        }
        if (s.skillLevel() != null && certificate == null) {
            errors.add(new FieldError("certificateNo", "staff.error.certificateNo"));
        }
        if (s.certifiedOn() != null && s.certifiedOn().isAfter(clock.today())) {
            errors.add(new FieldError("certifiedOn", "staff.error.certifiedOn"));
        }
        MarketGuards.throwIfAny(errors);
        Staff staff = new Staff(0, companyId, name, position, s.skillLevel(), certificate, s.certifiedOn());
        long id = store.insertStaff(companyId, staff);
        audit.record(AuditEntry.created("company-staff", id, "登记从业人员 " + name, staff));
        return store.staff(companyId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void removeStaff(long companyId, long staffId) {
        get(companyId);
        MarketGuards.requireCountyOrCompany(companyId);
        Staff s = store.staff(companyId).stream().filter(x -> x.id() == staffId).findFirst()
                .orElseThrow(() -> new NotFoundException("staff", staffId));
        store.deleteStaff(companyId, staffId);
        audit.record(new AuditEntry("DELETE", "company-staff", String.valueOf(staffId), "删除从业人员 " + s.name(), s,
                null, null));
    }

    public List<Bar> bars(long companyId) {
        get(companyId);
        return store.bars(companyId);
    }

    /** 退出机制: the county bars the company from new projects, with a reason that is published. */
    @Transactional
    public Company bar(long companyId, String reason) {
        Company before = get(companyId);
        MarketGuards.requireCounty();
        String why = MarketGuards.reason("reason", reason);
        if (before.bar() != null) {
            throw InvalidRequestException.rule("reason", "company.error.alreadyBarred");
        }
        store.insertBar(companyId, why, clock.today(), MarketGuards.actor());
        audit.record(new AuditEntry("BAR", "company", String.valueOf(companyId), "限制承接新项目 " + before.name(),
                Map.of("barred", false), Map.of("barred", true), why));
        return get(companyId);
    }

    @Transactional
    public Company lift(long companyId, String reason) {
        Company before = get(companyId);
        MarketGuards.requireCounty();
        String why = MarketGuards.reason("reason", reason);
        if (before.bar() == null) {
            throw InvalidRequestException.rule("reason", "company.error.notBarred");
        }
        store.liftBar(companyId, why, clock.today(), MarketGuards.actor());
        audit.record(new AuditEntry("LIFT_BAR", "company", String.valueOf(companyId), "解除限制 " + before.name(),
                Map.of("barred", true), Map.of("barred", false), why));
        return get(companyId);
    }

    /** Bars in force, for everyone (no login). */
    public PageResult<PublicBar> publicBars(PageRequest page) {
        return new PageResult<>(store.publicBars(page), store.countPublicBars(), page.page(), page.size());
    }

    /** Whether the caller may edit the company (for the pages' buttons). */
    public static boolean canEdit(long companyId) {
        return MarketGuards.isCounty() || MarketGuards.isCompany(companyId);
    }

    /** Whether the caller is the county (registers and bars companies, reviews filings). */
    public static boolean isCounty() {
        return MarketGuards.isCounty();
    }

    private Details check(Details d, long id, CompanyStatus current) {
        List<FieldError> errors = new ArrayList<>();
        String name = MarketGuards.text(d.name(), 128, "name", errors);
        if (name == null || name.length() < 2) {
            errors.add(new FieldError("name", "company.error.name"));
        }
        String code = d.creditCode() == null ? null : d.creditCode().strip().toUpperCase(Locale.ROOT);
        if (!UnifiedSocialCreditCode.isValid(code)) {
            errors.add(new FieldError("creditCode", "company.error.creditCode"));
        }
        String phone = MarketGuards.text(d.phone(), 20, "phone", errors);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            errors.add(new FieldError("phone", "company.error.phone"));
        }
        if (d.registeredOn() != null && (d.registeredOn().isAfter(clock.today())
                || d.registeredOn().isBefore(LocalDate.of(1949, 10, 1)))) {
            errors.add(new FieldError("registeredOn", "company.error.registeredOn"));
        }
        Details out = new Details(name, code, MarketGuards.text(d.address(), 200, "address", errors),
                MarketGuards.text(d.legalRepresentative(), 64, "legalRepresentative", errors), d.registeredOn(), phone,
                d.status() == null ? current : d.status());
        MarketGuards.throwIfAny(errors);
        if (store.creditCodeTaken(code, id)) {
            throw InvalidRequestException.rule("creditCode", "company.error.creditCodeTaken");
        }
        return out;
    }

    private static CompanyStore.Fields fields(Details d) {
        return new CompanyStore.Fields(d.name(), d.creditCode(), d.address(), d.legalRepresentative(),
                d.registeredOn(), d.phone(), d.status());
    }

    /** Registers a company without checks or audit (sample and benchmark data). */
    @Transactional
    public long register(String name, String creditCode, String phone) {
        return jdbc.sql("insert into mkt_company (name, credit_code, phone) values (?, ?, ?) returning id")
                .params(name, creditCode, phone).query(Long.class).single();
    }

    /** Starts a project: the company serves the estate from that day. One active project per estate. */
    @Transactional
    public long startProject(long companyId, long estateId, LocalDate from) {
        return jdbc.sql("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?) returning id")
                .params(companyId, estateId, from).query(Long.class).single();
    }

    /** Starts many projects in JDBC batches (sample and benchmark data); one active project per estate still holds. */
    @Transactional
    public void startProjects(List<NewProject> projects) {
        batch.batchUpdate("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?)", projects, 1_000,
                (ps, p) -> {
                    ps.setLong(1, p.companyId());
                    ps.setLong(2, p.estateId());
                    ps.setDate(3, Date.valueOf(p.from()));
                });
    }
}
