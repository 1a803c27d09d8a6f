package org.anju.billing;

import java.util.List;
import java.util.Map;
import org.anju.identity.AuditLog;
import org.anju.identity.CountyLimits;
import org.anju.identity.CountyLimits.Limit;
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

    private final CountyLimits limits;

    BillingSettings(JdbcClient jdbc, AuditLog audit) {
        this.limits = new CountyLimits(jdbc, audit, "bil_setting", "billing-setting", "修改催缴期限 ", RANGE);
    }

    public List<Limit> all() {
        return limits.all();
    }

    public ArrearsPolicy.Limits limits() {
        Map<String, Integer> v = limits.values();
        return new ArrearsPolicy.Limits(v.getOrDefault("MIN_REMINDER_DAYS", ArrearsPolicy.MIN_REMINDER_DAYS),
                v.getOrDefault("MAX_REMINDER_DAYS", ArrearsPolicy.MAX_REMINDER_DAYS));
    }

    /** Changes one limit (county only, audited); the shortest deadline may not exceed the longest. */
    @Transactional
    public List<Limit> change(String name, Integer value) {
        return limits.change(name, value, v -> v.getOrDefault("MIN_REMINDER_DAYS", ArrearsPolicy.MIN_REMINDER_DAYS)
                <= v.getOrDefault("MAX_REMINDER_DAYS", ArrearsPolicy.MAX_REMINDER_DAYS), "limits.error.order");
    }
}
