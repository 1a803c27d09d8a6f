package org.anju.iot.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.iot.DeviceKind;
import org.anju.iot.IotView.Device;
import org.anju.iot.IotView.DeviceLine;
import org.anju.iot.IotView.Reading;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Devices' SQL. Every read for a caller ANDs the caller's jurisdiction over the device's estate. */
@Repository
public class DeviceStore {

    /** A device as ingestion needs it (no jurisdiction: the broker and the HTTP endpoint check its secret). */
    public record Known(long id, String code, DeviceKind kind, long estateId, Long buildingId, String secretHash) {
    }

    /** Filters of the device list; null = any. */
    public record Filter(Long townshipId, Long communityId, Long estateId, DeviceKind kind, String q) {
    }

    private static final String FROM = """
             from iot_device d join reg_estate e on e.id = d.estate_id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                 left join reg_building b on b.id = d.building_id
            """;
    private static final String SELECT = """
            select d.id, d.code, d.kind, d.name, d.estate_id, e.name estate_name, d.building_id, b.name building_name,
                   t.name township_name, c.name community_name, d.maintainer, d.installed_on, d.created_at
            """ + FROM;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    DeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.communityId(), "c.id = :community", "community")
                .andIf(f.estateId(), "d.estate_id = :estate", "estate")
                .andIf(f.kind() == null ? null : f.kind().name(), "d.kind = :kind", "kind")
                .andIf(Where.contains(f.q()), "(d.code ilike :q or d.name ilike :q)", "q");
    }

    public List<Device> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by e.name, d.kind, d.code limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(DeviceStore::device).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Device> find(Jurisdiction j, String code) {
        Where w = where(j, new Filter(null, null, null, null, null)).and("d.code = :code", Map.of("code", code));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(DeviceStore::device).optional();
    }

    public Optional<Known> known(String code) {
        return jdbc.sql("select id, code, kind, estate_id, building_id, secret_hash from iot_device where code = ?")
                .param(code).query((rs, n) -> new Known(rs.getLong(1), rs.getString(2),
                        DeviceKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getObject(5, Long.class),
                        rs.getString(6))).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from iot_device where code = ?").param(code).query(Long.class).single() > 0;
    }

    public long insert(String code, DeviceKind kind, String name, long estateId, Long buildingId, String maintainer,
                       LocalDate installedOn, String secretHash) {
        return jdbc.sql("""
                        insert into iot_device (code, kind, name, estate_id, building_id, maintainer, installed_on,
                                                secret_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, kind.name(), name, estateId, buildingId, maintainer, installedOn, secretHash)
                .query(Long.class).single();
    }

    /** Latest state row of a device, if it ever reported; online by its kind's offline rule (30 min without one). */
    public Optional<StateRow> state(long deviceId) {
        return jdbc.sql("""
                        select s.last_ts, s.last_seen, s.metrics::text, s.events, s.readings,
                               s.last_seen >= now() - make_interval(mins => coalesce(r.offline_minutes, 30)) online
                        from iot_device_state s join iot_device d on d.id = s.device_id
                             left join iot_rule r on r.kind = d.kind and r.type = 'OFFLINE' and r.enabled
                        where s.device_id = ?""").param(deviceId)
                .query((rs, n) -> new StateRow(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class), metrics(rs.getString(3)), events(rs, 4),
                        rs.getLong(5), rs.getBoolean(6))).optional();
    }

    /** A device's latest state as stored. */
    public record StateRow(OffsetDateTime lastTs, OffsetDateTime lastSeen, Map<String, BigDecimal> metrics,
                           List<String> events, long readings, boolean online) {
    }

    public List<Reading> readings(long deviceId, OffsetDateTime since, int limit) {
        return jdbc.sql("""
                        select ts, metrics::text, events from iot_reading where device_id = ? and ts >= ?
                        order by ts desc limit ?""").params(deviceId, since, limit)
                .query((rs, n) -> new Reading(rs.getObject(1, OffsetDateTime.class), metrics(rs.getString(2)),
                        events(rs, 3))).list();
    }

    /** The board's device rows: online by the kind's offline rule, with their open alerts. */
    public List<DeviceLine> lines(Jurisdiction j, Long estateId, int limit) {
        Where w = where(j, new Filter(null, null, estateId, null, null));
        return jdbc.sql("""
                        select d.code, d.kind, d.name, e.name, s.last_seen,
                               coalesce(s.last_seen >= now() - make_interval(mins => coalesce(r.offline_minutes, 30)), false),
                               (select count(*) from iot_alert a where a.device_id = d.id and a.status = 'OPEN')
                        """ + FROM + """
                         left join iot_device_state s on s.device_id = d.id
                         left join iot_rule r on r.kind = d.kind and r.type = 'OFFLINE' and r.enabled
                        where """ + " " + w.sql() + """
                         order by 7 desc, 6, e.name, d.code limit :limit""")
                .params(w.params()).param("limit", limit)
                .query((rs, n) -> new DeviceLine(rs.getString(1), DeviceKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(6), rs.getObject(5, OffsetDateTime.class),
                        rs.getInt(7))).list();
    }

    /** Devices and how many are online, within the jurisdiction (and estate). */
    public long[] onlineCounts(Jurisdiction j, Long estateId) {
        Where w = where(j, new Filter(null, null, estateId, null, null));
        return jdbc.sql("select count(*), count(*) filter (where s.last_seen >= now() - make_interval(mins => "
                        + "coalesce(r.offline_minutes, 30)))" + FROM
                        + " left join iot_device_state s on s.device_id = d.id"
                        + " left join iot_rule r on r.kind = d.kind and r.type = 'OFFLINE' and r.enabled where "
                        + w.sql()).params(w.params())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Sets the devices' last_seen to their last reading's time (played demo history). */
    public void lastSeenAtLastReading(List<String> codes) {
        if (!codes.isEmpty()) {
            jdbc.sql("update iot_device_state s set last_seen = s.last_ts from iot_device d"
                    + " where d.id = s.device_id and d.code in (:codes)").param("codes", codes).update();
        }
    }

    /** Buildings of an estate by id (for the register form and the demo). */
    public List<Long> buildingsOf(long estateId) {
        return jdbc.sql("select id from reg_building where estate_id = ? order by id").param(estateId)
                .query(Long.class).list();
    }

    public boolean buildingInEstate(long buildingId, long estateId) {
        return jdbc.sql("select count(*) from reg_building where id = ? and estate_id = ?")
                .params(buildingId, estateId).query(Long.class).single() > 0;
    }

    static Device device(ResultSet rs, int n) throws SQLException {
        return new Device(rs.getLong("id"), rs.getString("code"), DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getObject("building_id", Long.class), rs.getString("building_name"), rs.getString("township_name"),
                rs.getString("community_name"), rs.getString("maintainer"),
                rs.getObject("installed_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class));
    }

    static Map<String, BigDecimal> metrics(String json) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (json == null) {
            return out;
        }
        JsonNode node = JSON.readTree(json);
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().decimalValue()));
        return out;
    }

    static List<String> events(ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
