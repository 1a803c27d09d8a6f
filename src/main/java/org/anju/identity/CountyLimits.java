package org.anju.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.anju.platform.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A module's table of whole-number limits that no law fixes, so the county sets them: each row is (name, value,
 * is_default, updated_by, updated_at), each name has an allowed range, anyone signed in reads them, the county
 * authority alone changes them (403 for others) and every change is audited. The module owns its table and names it
 * here; the methods must run inside the caller's transaction (the change locks the row it changes).
 */
public final class CountyLimits {

    /** One limit as stored, with its allowed range and who changed it last (null while it is the default). */
    public record Limit(String name, int value, boolean isDefault, int min, int max, String updatedBy,
                        Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final String table;
    private final String auditKind;
    private final String auditSummary;
    private final Map<String, int[]> ranges;

    /**
     * @param table        the module's settings table, e.g. bil_setting
     * @param auditKind    the audit entry's object kind, e.g. life-setting
     * @param auditSummary the audit summary's words before the limit's name, in Chinese
     * @param ranges       each name's smallest and largest allowed value
     */
    public CountyLimits(JdbcClient jdbc, AuditLog audit, String table, String auditKind, String auditSummary,
                        Map<String, int[]> ranges) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.table = table;
        this.auditKind = auditKind;
        this.auditSummary = auditSummary;
        this.ranges = Map.copyOf(ranges);
    }

    public List<Limit> all() {
        return jdbc.sql("select name, value, is_default, updated_by, updated_at from " + table + " order by name")
                .query((rs, n) -> {
                    int[] range = ranges.get(rs.getString(1));
                    return new Limit(rs.getString(1), rs.getInt(2), rs.getBoolean(3), range[0], range[1],
                            rs.getString(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant());
                }).list();
    }

    /** The stored values by name; a caller falls back to its rule's default for a name not stored. */
    public Map<String, Integer> values() {
        Map<String, Integer> values = new LinkedHashMap<>();
        all().forEach(l -> values.put(l.name(), l.value()));
        return values;
    }

    /**
     * Changes one limit: an unknown name or a value out of range is a field error, and so is a value that makes
     * the whole set fail {@code consistent} (e.g. a shortest deadline above the longest), with {@code inconsistent}
     * as the message key.
     */
    public List<Limit> change(String name, Integer value, Predicate<Map<String, Integer>> consistent,
                              String inconsistent) {
        AnjuUser user = Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("anonymous"));
        if (user.role() != Role.COUNTY_AUTHORITY) {
            throw new AccessDeniedException(Role.COUNTY_AUTHORITY.name());
        }
        int[] range = name == null ? null : ranges.get(name);
        if (range == null) {
            throw InvalidRequestException.field("name", "limits.error.name");
        }
        if (value == null || value < range[0] || value > range[1]) {
            throw InvalidRequestException.field("value", "limits.error.value", range[0], range[1]);
        }
        Map<String, Integer> next = values();
        next.put(name, value);
        if (!consistent.test(next)) {
            throw InvalidRequestException.rule("value", inconsistent);
        }
        int before = jdbc.sql("select value from " + table + " where name = ? for update").param(name)
                .query(Integer.class).single();
        jdbc.sql("update " + table + " set value = ?, is_default = false, updated_by = ?, updated_at = now() where name = ?")
                .params(value, user.getUsername(), name).update();
        audit.record(new AuditEntry("UPDATE", auditKind, name, auditSummary + name, Map.of(name, before),
                Map.of(name, value), null));
        return all();
    }
}
