package org.anju.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's numbers for the township assessment (decision 0020): {@code inspection.findings-closed-rate} (% of
 * findings to rectify whose deadline fell in the period that were closed by it), {@code hazard.removed-rate} (the
 * same over safety hazards, whatever their source) and {@code hazard.open-count} (hazards open on the period's last
 * day).
 */
@Configuration
class HazardMeasures {

    @Bean
    RegionMeasure findingsClosedRate(HazardStore store) {
        return measure("inspection.findings-closed-rate", MeasureUnit.PERCENT,
                (path, from, to) -> store.closedByDeadlineRate(path, from, to, true));
    }

    @Bean
    RegionMeasure hazardRemovedRate(HazardStore store) {
        return measure("hazard.removed-rate", MeasureUnit.PERCENT,
                (path, from, to) -> store.closedByDeadlineRate(path, from, to, false));
    }

    @Bean
    RegionMeasure hazardOpenCount(HazardStore store) {
        return measure("hazard.open-count", MeasureUnit.COUNT,
                (path, from, to) -> Optional.of(BigDecimal.valueOf(store.openOn(path, to))));
    }

    /** The computation of a measure. */
    interface Value {
        Optional<BigDecimal> of(String regionPath, LocalDate from, LocalDate to);
    }

    static RegionMeasure measure(String code, MeasureUnit unit, Value value) {
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
                return value.of(regionPath, from, to);
            }
        };
    }
}
