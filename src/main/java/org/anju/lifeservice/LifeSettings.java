package org.anju.lifeservice;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.lifeservice.LifeView.Limit;
import org.anju.platform.InvalidRequestException;
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

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LifeSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Limit> all() {
        return jdbc.sql("select name, value, is_default, updated_by, updated_at from lsv_setting order by name")
                .query((rs, n) -> new Limit(rs.getString(1), rs.getInt(2), rs.getBoolean(3),
                        RANGE.get(rs.getString(1))[0], RANGE.get(rs.getString(1))[1], rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    public BookingPolicy.Limits limits() {
        Map<String, Integer> v = new HashMap<>();
        all().forEach(l -> v.put(l.name(), l.value()));
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
        Acting.require(Role.COUNTY_AUTHORITY);
        int[] range = name == null ? null : RANGE.get(name);
        if (range == null) {
            throw InvalidRequestException.field("name", "limits.error.name");
        }
        if (value == null || value < range[0] || value > range[1]) {
            throw InvalidRequestException.field("value", "limits.error.value", range[0], range[1]);
        }
        int before = jdbc.sql("select value from lsv_setting where name = ? for update").param(name)
                .query(Integer.class).single();
        jdbc.sql("update lsv_setting set value = ?, is_default = false, updated_by = ?, updated_at = now() where name = ?")
                .params(value, Acting.actor(), name).update();
        audit.record(new AuditEntry("UPDATE", "life-setting", name, "修改预约规则 " + name, Map.of(name, before),
                Map.of(name, value), null));
        return all();
    }
}
