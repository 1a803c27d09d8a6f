package org.anju.rating.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rating's region measures for the township assessment: the share of serving projects holding a valid star,
 * and the mean star, both on the period's last day.
 */
@Configuration
class RatingMeasures {

    @Bean
    RegionMeasure ratedShare(PublicStore store) {
        return measure("rating.rated-share", MeasureUnit.PERCENT, store::ratedShare);
    }

    @Bean
    RegionMeasure averageStar(PublicStore store) {
        return measure("rating.average-star", MeasureUnit.SCORE, store::averageStar);
    }

    private static RegionMeasure measure(String code, MeasureUnit unit,
                                         java.util.function.BiFunction<String, LocalDate, Optional<BigDecimal>> value) {
        return new RegionMeasure() {
            @Override
            public String code() {
                return code;
            }

            @Override
            public String messageKey() {
                return "measure." + code;
            }

            @Override
            public MeasureUnit unit() {
                return unit;
            }

            @Override
            public Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to) {
                return value.apply(regionPath, to);
            }
        };
    }
}
