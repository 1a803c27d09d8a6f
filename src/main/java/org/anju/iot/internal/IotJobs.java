package org.anju.iot.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.anju.platform.JobSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iot module's scheduled work, each slot run by one node (decision 0006): every minute, offline
 * detection (a device silent for its kind's minutes gets an OFFLINE alert, published as AlertOpened);
 * every night, readings retention (months older than READING_RETENTION_MONTHS are dropped whole) and the
 * next months' partitions made ahead.
 */
@Component
public class IotJobs {

    static final String OFFLINE = "iot-offline";
    static final String RETENTION = "iot-retention";
    private static final Logger log = LoggerFactory.getLogger(IotJobs.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final AlertStore alerts;
    private final ReadingStore readings;
    private final JobSlots slots;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    IotJobs(AlertStore alerts, ReadingStore readings, JobSlots slots, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.alerts = alerts;
        this.readings = readings;
        this.slots = slots;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${anju.iot.offline-cron:0 * * * * *}", zone = "Asia/Shanghai")
    void everyMinute() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String slot = now.format(MINUTE);
        if (slots.claim(OFFLINE, slot)) {
            checkOffline(now);
            slots.finished(OFFLINE, slot);
        }
    }

    /** Opens an OFFLINE alert for every silent device and publishes it; the new alerts' ids. */
    @Transactional
    public List<Long> checkOffline(OffsetDateTime now) {
        List<Long> opened = alerts.openOffline(now);
        opened.forEach(id -> events.publishEvent(alerts.opened(id)));
        if (!opened.isEmpty()) {
            log.info("{} device(s) went offline", opened.size());
        }
        return opened;
    }

    @Scheduled(cron = "${anju.iot.retention-cron:0 15 3 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        String slot = LocalDate.now(clock).toString();
        if (slots.claim(RETENTION, slot)) {
            retain(LocalDate.now(clock));
            slots.finished(RETENTION, slot);
        }
    }

    /** Drops months beyond the retention, makes the next two months' partitions; the months dropped. */
    @Transactional
    public List<YearMonth> retain(LocalDate today) {
        int months = readings.retentionMonths();
        YearMonth firstKept = YearMonth.from(today).minusMonths(months - 1L);
        List<YearMonth> dropped = readings.dropBefore(firstKept);
        for (int m = 0; m <= 2; m++) {
            readings.ensurePartition(YearMonth.from(today).plusMonths(m).atDay(1).atStartOfDay(ReadingStore.ZONE)
                    .toOffsetDateTime());
        }
        // the minute slots of offline detection are not worth keeping
        jdbc.sql("delete from plt_job_run where job = ? and started_at < now() - interval '1 day'").param(OFFLINE)
                .update();
        if (!dropped.isEmpty()) {
            log.info("Readings retention ({} months): dropped {}", months, dropped);
        }
        return dropped;
    }
}
