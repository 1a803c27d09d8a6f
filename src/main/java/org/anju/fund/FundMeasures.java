package org.anju.fund;

import org.anju.platform.measure.MeasureOf;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Emergency uses decided in time (建办房〔2015〕52号; the county's EMERGENCY_DECISION_DAYS): of the emergency
 * applications made in the period that were decided or whose deadline passed by its end, the share decided on
 * or before their deadline.
 */
@Configuration(proxyBeanMethods = false)
class FundMeasures {

    @Bean
    RegionMeasure fundEmergencyOnTimeRate(JdbcClient jdbc) {
        return new MeasureOf("fund.emergency-on-time-rate", "fund.measure.emergency-on-time-rate", MeasureUnit.PERCENT,
                (path, from, to) -> jdbc.sql("""
                                select count(*) filter (where u.decided_on is not null and u.decided_on <= :to
                                                        and u.decided_on <= coalesce(u.decide_by, u.decided_on)),
                                       count(*) filter (where (u.decided_on is not null and u.decided_on <= :to)
                                                        or u.decide_by < :to)
                                from fnd_usage u join reg_estate e on e.id = u.estate_id
                                where u.kind = 'EMERGENCY' and e.region_path like :path || '%'
                                  and u.applied_on between :from and :to""")
                        .param("path", path).param("from", from).param("to", to)
                        .query((rs, n) -> MeasureOf.percent(rs.getLong(1), rs.getLong(2))).single());
    }
}
