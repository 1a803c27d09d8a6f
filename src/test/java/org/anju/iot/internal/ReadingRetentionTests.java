package org.anju.iot.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Readings are kept by month: months beyond READING_RETENTION_MONTHS are dropped whole, the next ones made ahead. */
class ReadingRetentionTests extends IntegrationTest {

    @Autowired
    IotJobs jobs;
    @Autowired
    ReadingStore readings;

    @Test
    void monthsBeyondTheRetentionAreDroppedAndTheNextTwoMonthsExist() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth old = YearMonth.from(today).minusMonths(13);
        YearMonth kept = YearMonth.from(today).minusMonths(11);
        jdbc.sql("select iot_ensure_reading_partition(?)").param(old.atDay(1)).query((rs, n) -> 1).list();
        jdbc.sql("select iot_ensure_reading_partition(?)").param(kept.atDay(1)).query((rs, n) -> 1).list();
        assertThat(readings.retentionMonths()).isEqualTo(12);
        assertThat(jobs.retain(today)).contains(old).doesNotContain(kept);
        assertThat(readings.months()).doesNotContain(old).contains(kept, YearMonth.from(today),
                YearMonth.from(today).plusMonths(1), YearMonth.from(today).plusMonths(2));
    }
}
