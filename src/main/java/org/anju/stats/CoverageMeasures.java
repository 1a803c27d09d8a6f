package org.anju.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.anju.platform.measure.MeasureOf;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.anju.region.RegionPlaces;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's three rates of §(三) as measures (percent, 2 places) on the last day of the period, with the
 * dashboard's dated conditions, so the assessment and the reports show the dashboard's figures for that date.
 */
@Configuration(proxyBeanMethods = false)
class CoverageMeasures {

    static final String COMMITTEE = "coverage.committee";
    static final String SERVICE = "coverage.service";
    static final String PARTY = "coverage.party";

    @Bean
    RegionMeasure coverageCommittee(RegionPlaces places) {
        return measure(places, COMMITTEE, CoverageRate.COMMITTEE);
    }

    @Bean
    RegionMeasure coverageService(RegionPlaces places) {
        return measure(places, SERVICE, CoverageRate.SERVICE);
    }

    @Bean
    RegionMeasure coverageParty(RegionPlaces places) {
        return measure(places, PARTY, CoverageRate.PARTY);
    }

    private static RegionMeasure measure(RegionPlaces places, String code, CoverageRate rate) {
        return new MeasureOf(code, "stats.rate." + rate.name(), MeasureUnit.PERCENT, (path, from, to) -> {
            var counts = places.estateCountsOn(path, List.of(to), CoverageDashboard.DATED_CONDITIONS);
            if (counts.isEmpty() || counts.get(0).estates() == 0) {
                return Optional.empty();
            }
            var c = counts.get(0);
            BigDecimal r = CoverageRate.of(c.met().get(rate.ordinal()), c.estates());
            return Optional.of(r.movePointRight(2).setScale(2));
        });
    }
}
