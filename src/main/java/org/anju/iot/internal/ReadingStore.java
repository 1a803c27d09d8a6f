package org.anju.iot.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/**
 * Readings by month (iot_reading_YYYYMM partitions of iot_reading) and each device's latest state. A month's
 * partition is made the first time a reading of that month arrives; the retention job drops whole months.
 */
@Repository
public class ReadingStore {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

    ReadingStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Makes sure the month of ts has its partition. */
    public void ensurePartition(OffsetDateTime ts) {
        YearMonth month = YearMonth.from(ts.atZoneSameInstant(ZONE));
        if (!partitions.contains(month)) {
            jdbc.sql("select iot_ensure_reading_partition(?)").param(month.atDay(1)).query((rs, n) -> 1).list();
            partitions.add(month);
        }
    }

    public void insert(long deviceId, Payload p) {
        jdbc.sql("insert into iot_reading (device_id, ts, metrics, events) values (?, ?, ?::jsonb, ?)")
                .params(deviceId, p.ts(), json(p), p.events().toArray(String[]::new)).update();
    }

    /** Inserts many readings in one JDBC batch (device id, payload). */
    public void insertAll(List<Map.Entry<Long, Payload>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into iot_reading (device_id, ts, metrics, events) values (?, ?, ?::jsonb, ?)",
                rows, 500, (ps, row) -> {
                    ps.setLong(1, row.getKey());
                    ps.setObject(2, row.getValue().ts());
                    ps.setString(3, json(row.getValue()));
                    ps.setArray(4, ps.getConnection().createArrayOf("text", row.getValue().events().toArray()));
                });
    }

    /** Upserts the device's latest state; answers whether this reading is the newest (its rules then apply). */
    public boolean upsertState(long deviceId, Payload p, OffsetDateTime receivedAt) {
        OffsetDateTime last = jdbc.sql("""
                        insert into iot_device_state as s (device_id, last_ts, last_seen, metrics, events, readings)
                        values (?, ?, ?, ?::jsonb, ?, 1)
                        on conflict (device_id) do update set
                            metrics = case when excluded.last_ts >= s.last_ts then excluded.metrics else s.metrics end,
                            events = case when excluded.last_ts >= s.last_ts then excluded.events else s.events end,
                            last_ts = greatest(s.last_ts, excluded.last_ts),
                            last_seen = greatest(s.last_seen, excluded.last_seen),
                            readings = s.readings + 1
                        returning last_ts""")
                .params(deviceId, p.ts(), receivedAt, json(p), p.events().toArray(String[]::new))
                .query(OffsetDateTime.class).single();
        return !last.isAfter(p.ts());
    }

    public int retentionMonths() {
        return jdbc.sql("select value from iot_setting where name = 'READING_RETENTION_MONTHS'").query(Integer.class)
                .single();
    }

    /** The partitions' months, oldest first. */
    public List<YearMonth> months() {
        return jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        join pg_class p on p.oid = i.inhparent where p.relname = 'iot_reading' order by c.relname""")
                .query(String.class).list().stream().filter(n -> n.matches("iot_reading_\\d{6}"))
                .map(n -> YearMonth.of(Integer.parseInt(n.substring(12, 16)), Integer.parseInt(n.substring(16))))
                .toList();
    }

    /** Drops the months before the first kept one; the months dropped. */
    public List<YearMonth> dropBefore(YearMonth firstKept) {
        List<YearMonth> dropped = months().stream().filter(m -> m.isBefore(firstKept)).toList();
        for (YearMonth m : dropped) {
            jdbc.sql("drop table if exists iot_reading_%04d%02d".formatted(m.getYear(), m.getMonthValue())).update();
            partitions.remove(m);
        }
        return dropped;
    }

    /** The first instant a reading may have to be kept. */
    public OffsetDateTime keptFrom(LocalDate today, int months) {
        return YearMonth.from(today).minusMonths(months - 1L).atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    static String json(Payload p) {
        ObjectNode node = DeviceStore.JSON.createObjectNode();
        p.metrics().forEach(node::put);
        return node.toString();
    }

    /** Forget which partitions exist (after the retention job dropped some). */
    void forgetPartitions() {
        partitions.clear();
    }
}
