package org.anju.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.platform.measure.MeasureOf;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The complaint figures the township assessment scores (plan §21), over complaints received in the period, with
 * the definitions of {@link CaseStats}: on time = resolved by the deadline / (resolved + open past it at the end
 * of the period); satisfaction = satisfied or basically satisfied / rated and closed.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkMeasures {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String RECEIVED = " from cas_case k where k.region_path like :path || '%'"
            + " and k.received_at >= :start and k.received_at < :end";

    @Bean
    RegionMeasure caseworkOnTimeRate(JdbcClient jdbc, Clock clock) {
        return new MeasureOf("casework.on-time-rate", "casework.measure.on-time-rate", MeasureUnit.PERCENT,
                (path, from, to) -> {
                    Instant end = end(to, clock);
                    return jdbc.sql("select count(*) filter (where k.resolved_at is not null and k.resolved_at <= k.due_at"
                                    + " and k.resolved_at < :end),"
                                    + " count(*) filter (where (k.resolved_at is not null and k.resolved_at < :end)"
                                    + " or k.due_at < :end)" + RECEIVED)
                            .param("path", path).param("start", start(from)).param("end", Timestamp.from(end))
                            .query((rs, n) -> MeasureOf.percent(rs.getLong(1), rs.getLong(2))).single();
                });
    }

    @Bean
    RegionMeasure caseworkSatisfactionRate(JdbcClient jdbc, Clock clock) {
        return new MeasureOf("casework.satisfaction-rate", "casework.measure.satisfaction-rate", MeasureUnit.PERCENT,
                (path, from, to) -> jdbc.sql("select count(*) filter (where k.rating in ('SATISFIED', 'BASIC')"
                                + " and k.status = 'CLOSED'), count(*) filter (where k.rating is not null"
                                + " and k.status = 'CLOSED')" + RECEIVED)
                        .param("path", path).param("start", start(from)).param("end", Timestamp.from(end(to, clock)))
                        .query((rs, n) -> MeasureOf.percent(rs.getLong(1), rs.getLong(2))).single());
    }

    private static Timestamp start(LocalDate from) {
        return Timestamp.from(from.atStartOfDay(ZONE).toInstant());
    }

    /** The end of the period, or now when the period has not ended yet. */
    private static Instant end(LocalDate to, Clock clock) {
        Instant end = to.plusDays(1).atStartOfDay(ZONE).toInstant();
        return end.isAfter(clock.instant()) ? clock.instant() : end;
    }
}
