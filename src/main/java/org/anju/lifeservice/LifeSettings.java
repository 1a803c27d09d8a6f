package org.anju.lifeservice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditLog;
import org.anju.identity.CountyLimits;
import org.anju.identity.CountyLimits.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's booking limits ({@code lsv_setting}): lead time, how far ahead, longest slot, free cancellation,
 * no-shows that block booking and the days they count. No law sets them: shipped defaults the county edits, every
 * change audited. Read by anyone signed in; changed by the county authority only (403).
 */
@Service
@Transactional(readOnly = true)
public class LifeSettings {

    /** Each setting's allowed range. */
    private static final Map<String, int[]> RANGE = Map.of("MIN_LEAD_HOURS", new int[] {0, 72},
            "MAX_AHEAD_DAYS", new int[] {1, 365}, "MAX_SLOT_HOURS", new int[] {1, 24},
            "FREE_CANCEL_HOURS", new int[] {0, 72}, "NO_SHOW_LIMIT", new int[] {1, 20},
            "NO_SHOW_DAYS", new int[] {1, 365});

    private final CountyLimits limits;

    LifeSettings(JdbcClient jdbc, AuditLog audit) {
        this.limits = new CountyLimits(jdbc, audit, "lsv_setting", "life-setting", "修改预约规则 ", RANGE);
    }

    public List<Limit> all() {
        return limits.all();
    }

    public BookingPolicy.Limits limits() {
        Map<String, Integer> v = limits.values();
        BookingPolicy.Limits d = BookingPolicy.Limits.DEFAULT;
        return new BookingPolicy.Limits(
                Duration.ofHours(v.getOrDefault("MIN_LEAD_HOURS", (int) d.minLead().toHours())),
                v.getOrDefault("MAX_AHEAD_DAYS", d.maxAheadDays()),
                Duration.ofHours(v.getOrDefault("MAX_SLOT_HOURS", (int) d.maxSlot().toHours())),
                Duration.ofHours(v.getOrDefault("FREE_CANCEL_HOURS", (int) d.freeCancel().toHours())),
                v.getOrDefault("NO_SHOW_LIMIT", d.noShowLimit()), v.getOrDefault("NO_SHOW_DAYS", d.noShowDays()));
    }

    /** Changes one limit (county only, audited). */
    @Transactional
    public List<Limit> change(String name, Integer value) {
        return limits.change(name, value, v -> true, null);
    }
}
