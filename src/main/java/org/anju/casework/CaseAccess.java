package org.anju.casework;

import java.util.Map;
import org.anju.casework.internal.CaseStore.Row;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.identity.Permission;
import org.anju.identity.Role;

/**
 * Who sees and who acts on a complaint (issue 7): a department or company only what is dispatched to it,
 * a committee its estate's, township and community their area, an owner their own reports, the county all.
 * The reporter's identity is shown only to the government's clerks and to the reporter.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    /** The rows the caller may read, as a condition over cas_case k. */
    static Condition scope(AnjuUser u, Jurisdiction j) {
        if (u == null) {
            return Condition.NOTHING;
        }
        AnjuUser.Binding b = u.binding();
        return switch (u.role()) {
            case COUNTY_AUTHORITY, TOWNSHIP_OFFICE, COMMUNITY -> j.rows("k.region_path", "k.estate_id");
            case DEPARTMENT -> eq("k.department_id", b.departmentId());
            case PROPERTY_COMPANY -> eq("k.company_id", b.companyId());
            case OWNERS_COMMITTEE -> eq("k.estate_id", b.estateId());
            case OWNER -> eq("k.reporter_account_id", u.accountId());
            case ADMINISTRATOR -> Condition.NOTHING;
        };
    }

    private static Condition eq(String column, Long value) {
        return value == null ? Condition.NOTHING : new Condition(column + " = :scope_id", Map.of("scope_id", value));
    }

    static boolean government(AnjuUser u) {
        return u.role() == Role.COUNTY_AUTHORITY || u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY;
    }

    /** A clerk who may enter reports: a government role with REGISTER_WRITE. */
    static boolean clerk(AnjuUser u) {
        return government(u) && u.can(Permission.REGISTER_WRITE);
    }

    static boolean seesReporter(AnjuUser u, Row r) {
        return !r.anonymous() && (government(u) || Long.valueOf(u.accountId()).equals(r.reporterAccountId()));
    }

    /** The body the case is dispatched to is the caller (or, for the community, its clerks). */
    static boolean receiver(AnjuUser u, Row r) {
        if (r.bodyKind() == null) {
            return false;
        }
        AnjuUser.Binding b = u.binding();
        return switch (r.bodyKind()) {
            case DEPARTMENT -> u.role() == Role.DEPARTMENT && r.departmentId().equals(b.departmentId());
            case COMPANY -> u.role() == Role.PROPERTY_COMPANY && r.companyId().equals(b.companyId());
            case COMMITTEE -> u.role() == Role.OWNERS_COMMITTEE && Long.valueOf(r.estateId()).equals(b.estateId());
            case COMMUNITY -> (u.role() == Role.COMMUNITY || u.role() == Role.TOWNSHIP_OFFICE)
                    && u.can(Permission.REGISTER_WRITE);
        };
    }

    /** Whether the caller may take the action at all (the state machine then decides whether now). */
    static boolean may(AnjuUser u, Row r, CaseAction action) {
        return switch (action) {
            case ACCEPT, PROGRESS, RESOLVE, RETURN -> receiver(u, r);
            // After a return the township decides (issue 7); the county may too.
            case REROUTE -> (u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY)
                    && u.can(Permission.REGISTER_WRITE);
            // The reporter rates; a report entered by a clerk is rated by a clerk after a follow-up call.
            case RATE -> r.reporterAccountId() != null ? r.reporterAccountId() == u.accountId() : clerk(u);
        };
    }
}
