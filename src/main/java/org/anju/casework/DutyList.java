package org.anju.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.casework.CaseView.Category;
import org.anju.casework.CaseView.DutyRule;
import org.anju.casework.internal.DutyStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.DepartmentDirectory;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's casework lists: categories (from the plan), time limits per category and urgency (rules.md §7
 * defaults until the county sets its own) and the responsibility list (权责清单). Anyone signed in reads them;
 * only the county authority changes them, audited.
 */
@Service
@Transactional(readOnly = true)
public class DutyList {

    private final DutyStore store;
    private final DepartmentDirectory departments;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    DutyList(DutyStore store, DepartmentDirectory departments, Jurisdictions jurisdictions, AuditLog audit) {
        this.store = store;
        this.departments = departments;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    public List<Category> categories() {
        return store.categories();
    }

    public List<Category> activeCategories() {
        return store.categories().stream().filter(Category::active).toList();
    }

    public List<DeadlinePolicy.Rule> deadlines() {
        return store.deadlines();
    }

    public List<DutyRule> rules() {
        return store.rules();
    }

    /** Whether the caller may change the lists (the county authority). */
    public static boolean mayEdit() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    @Transactional
    public Category putCategory(String code, String name, boolean anonymousAllowed, Integer sort, boolean active) {
        requireCounty();
        String c = Texts.strip(code);
        String n = Texts.strip(name);
        List<FieldError> errors = new ArrayList<>();
        if (c == null || !c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.add(new FieldError("code", "casework.error.categoryCode"));
        }
        if (n == null || n.length() < 2 || n.length() > 60 || !Texts.clean(n) || (c != null && store.categoryNameTaken(n, c))) {
            errors.add(new FieldError("name", "casework.error.categoryName"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Category before = store.category(c).orElse(null);
        Category after = new Category(c, n, anonymousAllowed, sort == null ? 500 : Math.max(0, Math.min(sort, 9999)),
                active);
        store.putCategory(after);
        audit.record(new AuditEntry(before == null ? "CREATE" : "UPDATE", "complaint-category", c,
                "投诉类别 " + n, before, after, null));
        return after;
    }

    @Transactional
    public void putDeadline(String category, Urgency urgency, Integer amount, DeadlineUnit unit) {
        requireCounty();
        String c = Texts.strip(category);
        List<FieldError> errors = new ArrayList<>();
        if (c != null && store.category(c).isEmpty()) {
            errors.add(new FieldError("category", "casework.error.category"));
        }
        if (urgency == null) {
            errors.add(new FieldError("urgency", "casework.error.urgency"));
        }
        if (amount == null || amount < 1 || amount > 365) {
            errors.add(new FieldError("amount", "casework.error.amount"));
        }
        if (unit == null) {
            errors.add(new FieldError("unit", "casework.error.unit"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        store.putDeadline(c, urgency, amount, unit);
        audit.record(new AuditEntry("UPDATE", "complaint-deadline", (c == null ? "*" : c) + "/" + urgency,
                "投诉办理时限 " + (c == null ? "全部类别" : c) + " " + urgency, null,
                Map.of("amount", amount, "unit", unit), null));
    }

    @Transactional
    public DutyRule addRule(String category, Long regionId, BodyKind kind, Long departmentId, String note) {
        requireCounty();
        String c = Texts.strip(category);
        String n = Texts.strip(note);
        List<FieldError> errors = new ArrayList<>();
        if (c == null || store.category(c).isEmpty()) {
            errors.add(new FieldError("category", "casework.error.category"));
        }
        String path = regionId == null ? null : store.regionPath(regionId)
                .filter(p -> jurisdictions.current().coversRegion(p)).orElse(null);
        if (regionId != null && path == null) {
            errors.add(new FieldError("regionId", "casework.error.region"));
        }
        if (kind == null) {
            errors.add(new FieldError("bodyKind", "casework.error.bodyKind"));
        }
        if (kind == BodyKind.DEPARTMENT && departments.find(departmentId).isEmpty()) {
            errors.add(new FieldError("departmentId", "casework.error.department"));
        }
        if (n != null && (n.length() > 200 || !Texts.clean(n))) {
            errors.add(new FieldError("note", "casework.error.ruleNote"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (store.ruleExists(c, regionId)) {
            throw InvalidRequestException.rule("category", "casework.error.ruleExists");
        }
        long id = store.insertRule(c, regionId, path, kind, kind == BodyKind.DEPARTMENT ? departmentId : null, n);
        DutyRule rule = store.rule(id).orElseThrow();
        audit.record(AuditEntry.created("duty-rule", id, "权责清单 " + rule.categoryName() + " → " + kind, rule));
        return rule;
    }

    @Transactional
    public void deleteRule(long id) {
        requireCounty();
        DutyRule before = store.rule(id).orElseThrow(() -> new NotFoundException("duty-rule", id));
        store.deleteRule(id);
        audit.record(new AuditEntry("DELETE", "duty-rule", String.valueOf(id), "删除权责清单 " + before.categoryName(),
                before, null, null));
    }

    private static void requireCounty() {
        if (!mayEdit()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }
}
