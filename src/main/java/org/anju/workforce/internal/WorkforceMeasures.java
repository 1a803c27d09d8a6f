package org.anju.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Workforce measures for the township assessment (plan §23, 保障措施(四)): trainings and competitions held by the
 * region or inside it over the period. A count is zero, never empty: holding none is a result.
 */
@Configuration
class WorkforceMeasures {

    @Bean
    RegionMeasure workforceTrainingHeld(JdbcClient jdbc) {
        return new Held("workforce.training-held", "COURSE", jdbc);
    }

    @Bean
    RegionMeasure workforceCompetitionsHeld(JdbcClient jdbc) {
        return new Held("workforce.competitions-held", "COMPETITION", jdbc);
    }

    /** Events of one kind held in the region over the period. */
    record Held(String code, String kind, JdbcClient jdbc) implements RegionMeasure {
        @Override
        public String messageKey() {
            return "measure." + code;
        }

        @Override
        public MeasureUnit unit() {
            return MeasureUnit.COUNT;
        }

        @Override
        public Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to) {
            return Optional.of(BigDecimal.valueOf(jdbc.sql("""
                            select count(*) from wfc_event
                            where region_path like ? || '%' and kind = ? and held_on between ? and ?""")
                    .params(regionPath, kind, from, to).query(Long.class).single()));
        }
    }
}
