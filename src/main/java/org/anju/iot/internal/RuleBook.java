package org.anju.iot.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.anju.iot.DeviceKind;
import org.anju.iot.IotView.Rule;
import org.anju.iot.RuleType;
import org.anju.iot.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The county's alert rules (iot_rule), cached per kind for ingestion; a change reloads the cache on this
 * node at once and on other nodes within {@link #TTL_MILLIS}.
 */
@Repository
public class RuleBook {

    static final long TTL_MILLIS = 30_000;

    private final JdbcClient jdbc;
    private volatile Map<DeviceKind, List<Rule>> byKind;
    private volatile long loadedAt;

    RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> all() {
        return jdbc.sql("select * from iot_rule order by kind, type, code").query((rs, n) -> new Rule(rs.getLong("id"),
                DeviceKind.valueOf(rs.getString("kind")), rs.getString("code"), RuleType.valueOf(rs.getString("type")),
                rs.getString("metric"), rs.getString("operator"), rs.getBigDecimal("threshold"),
                rs.getString("event_code"), rs.getObject("offline_minutes", Integer.class),
                Severity.valueOf(rs.getString("severity")), rs.getBoolean("enabled"))).list();
    }

    public Optional<Rule> find(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The rules of a kind, from the cache. */
    public List<Rule> of(DeviceKind kind) {
        Map<DeviceKind, List<Rule>> rules = byKind;
        if (rules == null || System.currentTimeMillis() - loadedAt > TTL_MILLIS) {
            rules = all().stream().collect(Collectors.groupingBy(Rule::kind));
            byKind = rules;
            loadedAt = System.currentTimeMillis();
        }
        return rules.getOrDefault(kind, List.of());
    }

    public void update(long id, BigDecimal threshold, Integer offlineMinutes, Severity severity, boolean enabled) {
        jdbc.sql("""
                        update iot_rule set threshold = coalesce(?, threshold), offline_minutes = coalesce(?, offline_minutes),
                               severity = ?, enabled = ?, updated_at = now() where id = ?""")
                .params(threshold, offlineMinutes, severity.name(), enabled, id).update();
        byKind = null;
    }
}
