package org.anju.iot.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.iot.AlertOpened;
import org.anju.iot.AlertStatus;
import org.anju.iot.DeviceKind;
import org.anju.iot.IotView.Alert;
import org.anju.iot.Severity;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts' SQL: one open alert per device and rule (unique partial index iot_alert_one_open). */
@Repository
public class AlertStore {

    /** Filters of the alert list; null = any. */
    public record Filter(AlertStatus status, String deviceCode, Long estateId, Severity severity, DeviceKind kind) {
    }

    /** An open alert of a device, as ingestion needs it. */
    public record Open(long id, long ruleId) {
    }

    private static final String FROM = """
             from iot_alert a join iot_device d on d.id = a.device_id join reg_estate e on e.id = d.estate_id
            """;
    private static final String SELECT = """
            select a.id, d.code, d.kind, d.name, d.estate_id, e.name estate_name, a.code alert_code, a.severity, a.status,
                   a.opened_at, a.updated_at, a.closed_at, a.occurrences, a.last_value, a.work_order_id, a.link_millis
            """ + FROM;

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(f.status() == null ? null : f.status().name(), "a.status = :status", "status")
                .andIf(f.deviceCode(), "d.code = :code", "code")
                .andIf(f.estateId(), "d.estate_id = :estate", "estate")
                .andIf(f.severity() == null ? null : f.severity().name(), "a.severity = :severity", "severity")
                .andIf(f.kind() == null ? null : f.kind().name(), "d.kind = :kind", "kind");
    }

    public List<Alert> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql(SELECT + " where " + w.sql() + """
                         order by a.status = 'CLOSED', case a.severity when 'CRITICAL' then 0 when 'HIGH' then 1
                                  when 'MEDIUM' then 2 else 3 end, a.opened_at desc, a.id desc
                         limit :limit offset :offset""")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(AlertStore::alert).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Map<Severity, Long> openBySeverity(Jurisdiction j, Long estateId) {
        Where w = where(j, new Filter(AlertStatus.OPEN, null, estateId, null, null));
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0L);
        }
        jdbc.sql("select a.severity, count(*) " + FROM + " where " + w.sql() + " group by a.severity")
                .params(w.params()).query((rs, n) -> out.put(Severity.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return out;
    }

    public List<Open> open(long deviceId) {
        return jdbc.sql("select id, rule_id from iot_alert where device_id = ? and status = 'OPEN'").param(deviceId)
                .query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Opens an alert unless one is open for the device and rule; the new id, or empty. */
    public Optional<Long> open(long deviceId, long ruleId, String code, Severity severity, BigDecimal value,
                               OffsetDateTime at) {
        return jdbc.sql("""
                        insert into iot_alert (device_id, rule_id, code, severity, status, opened_at, updated_at,
                                               last_value)
                        values (?, ?, ?, ?, 'OPEN', ?, ?, ?)
                        on conflict (device_id, rule_id) where status = 'OPEN' do nothing returning id""")
                .params(deviceId, ruleId, code, severity.name(), at, at, value).query(Long.class).optional();
    }

    public void touch(long alertId, BigDecimal value, OffsetDateTime at) {
        jdbc.sql("""
                        update iot_alert set occurrences = occurrences + 1, updated_at = greatest(updated_at, ?),
                               last_value = coalesce(?, last_value) where id = ? and status = 'OPEN'""")
                .params(at, value, alertId).update();
    }

    public void close(long alertId, OffsetDateTime at) {
        jdbc.sql("""
                        update iot_alert set status = 'CLOSED', closed_at = greatest(opened_at, ?),
                               updated_at = greatest(opened_at, ?) where id = ? and status = 'OPEN'""")
                .params(at, at, alertId).update();
    }

    /** Opens an OFFLINE alert for every device silent for its kind's minutes; the new alerts' ids. */
    public List<Long> openOffline(OffsetDateTime now) {
        return jdbc.sql("""
                        insert into iot_alert (device_id, rule_id, code, severity, status, opened_at, updated_at)
                        select d.id, r.id, r.code, r.severity, 'OPEN', :now, :now
                        from iot_device d join iot_rule r on r.kind = d.kind and r.type = 'OFFLINE' and r.enabled
                             left join iot_device_state s on s.device_id = d.id
                        where coalesce(s.last_seen, d.created_at) <= :now - make_interval(mins => r.offline_minutes)
                        on conflict (device_id, rule_id) where status = 'OPEN' do nothing
                        returning id""").param("now", now).query(Long.class).list();
    }

    /** The event for an alert just opened. */
    public AlertOpened opened(long alertId) {
        return jdbc.sql("""
                        select a.id, d.code, d.kind, d.estate_id, d.building_id, a.severity, a.code, a.opened_at, d.maintainer
                        from iot_alert a join iot_device d on d.id = a.device_id where a.id = ?""").param(alertId)
                .query((rs, n) -> new AlertOpened(rs.getLong(1), rs.getString(2), DeviceKind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getObject(5, Long.class), Severity.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9))).single();
    }

    /** Links the work order made of an alert, measuring the alert-to-order time; false if already linked. */
    public boolean link(long alertId, long workOrderId, OffsetDateTime at) {
        return jdbc.sql("""
                        update iot_alert set work_order_id = ?, linked_at = ?,
                               link_millis = greatest(0, (extract(epoch from (?::timestamptz - opened_at)) * 1000)::bigint)
                        where id = ? and work_order_id is null""")
                .params(workOrderId, at, at, alertId).update() == 1;
    }

    public boolean exists(long alertId) {
        return jdbc.sql("select count(*) from iot_alert where id = ?").param(alertId).query(Long.class).single() > 0;
    }

    static Alert alert(ResultSet rs, int n) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getString("code"), DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getLong("estate_id"), rs.getString("estate_name"), rs.getString("alert_code"),
                Severity.valueOf(rs.getString("severity")), AlertStatus.valueOf(rs.getString("status")),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getInt("occurrences"),
                rs.getBigDecimal("last_value"), rs.getObject("work_order_id", Long.class),
                rs.getObject("link_millis", Long.class));
    }
}
