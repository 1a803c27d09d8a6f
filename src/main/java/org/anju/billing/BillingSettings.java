package org.anju.billing;

import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.Limit;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's arrears limits ({@code bil_setting}): a written reminder's shortest and longest deadline. The law
 * sets no number (Civil Code art. 944: a reasonable deadline), so the shipped values are defaults the county edits;
 * every change audited. Read by anyone signed in; changed by the county authority only (403).
 */
@Service
@Transactional(readOnly = true)
public class BillingSettings {

    /** Each setting's allowed range. */
    private static final Map<String, int[]> RANGE = Map.of("MIN_REMINDER_DAYS", new int[] {1, 90},
            "MAX_REMINDER_DAYS", new int[] {7, 365});

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BillingSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Limit> all() {
        return jdbc.sql("select name, value, is_default, updated_by, updated_at from bil_setting order by name")
                .query((rs, n) -> new Limit(rs.getString(1), rs.getInt(2), rs.getBoolean(3),
                        RANGE.get(rs.getString(1))[0], RANGE.get(rs.getString(1))[1], rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    public ArrearsPolicy.Limits limits() {
        Map<String, Integer> v = new java.util.HashMap<>();
        all().forEach(l -> v.put(l.name(), l.value()));
        return new ArrearsPolicy.Limits(v.getOrDefault("MIN_REMINDER_DAYS", ArrearsPolicy.MIN_REMINDER_DAYS),
                v.getOrDefault("MAX_REMINDER_DAYS", ArrearsPolicy.MAX_REMINDER_DAYS));
    }

    /** Changes one limit (county only, audited); the shortest deadline may not exceed the longest. */
    @Transactional
    public List<Limit> change(String name, Integer value) {
        Acting.require(Role.COUNTY_AUTHORITY);
        int[] range = name == null ? null : RANGE.get(name);
        if (range == null) {
            throw InvalidRequestException.field("name", "limits.error.name");
        }
        if (value == null || value < range[0] || value > range[1]) {
            throw InvalidRequestException.field("value", "limits.error.value", range[0], range[1]);
        }
        ArrearsPolicy.Limits now = limits();
        int min = name.equals("MIN_REMINDER_DAYS") ? value : now.minReminderDays();
        int max = name.equals("MAX_REMINDER_DAYS") ? value : now.maxReminderDays();
        if (min > max) {
            throw InvalidRequestException.rule("value", "limits.error.order");
        }
        int before = jdbc.sql("select value from bil_setting where name = ? for update").param(name)
                .query(Integer.class).single();
        jdbc.sql("update bil_setting set value = ?, is_default = false, updated_by = ?, updated_at = now() where name = ?")
                .params(value, Acting.actor(), name).update();
        audit.record(new AuditEntry("UPDATE", "billing-setting", name, "修改催缴期限 " + name, Map.of(name, before),
                Map.of(name, value), null));
        return all();
    }
}
