package org.anju.garbage.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.anju.garbage.SortingInPlace;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Garbage sorting's measures for the township assessment (plan §21): the share of estates with sorting in place
 * on the period's last day, and the share of due days whose garbage was cleared (日产日清) in sorting estates.
 */
@Configuration
class GarbageMeasures {

    @Bean
    RegionMeasure garbageSortingCoverage(JdbcClient jdbc) {
        return new Measure("garbage.sorting-coverage", (path, from, to) -> {
            var row = jdbc.sql("select count(*), count(*) filter (where " + SortingInPlace.SQL
                            + " and (s.started_on is null or s.started_on <= :to)) from reg_estate e"
                            + " left join gbg_site s on s.estate_id = e.id where e.region_path like :path || '%'")
                    .param("path", path).param("to", to).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            return Optional.ofNullable(SiteStore.percent(row[1], row[0]));
        });
    }

    @Bean
    RegionMeasure garbageClearanceRate(JdbcClient jdbc, Clock clock) {
        return new Measure("garbage.clearance-rate", (path, from, to) -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate last = to.isAfter(today) ? today : to;
            var row = jdbc.sql("""
                            select coalesce(sum(greatest(0, :last - greatest(:from, s.started_on) + 1)), 0),
                                   (select count(*) from gbg_check k join gbg_site s2 on s2.estate_id = k.estate_id
                                     where s2.region_path like :path || '%' and k.cleared
                                       and k.checked_on between greatest(:from, s2.started_on) and :last)
                              from gbg_site s
                             where s.region_path like :path || '%' and s.status <> 'NONE' and s.started_on is not null""")
                    .param("path", path).param("from", from).param("last", last)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            return Optional.ofNullable(SiteStore.percent(row[1], row[0]));
        });
    }

    /** How a measure is computed from a region path and a period. */
    interface Formula {
        Optional<BigDecimal> value(String path, LocalDate from, LocalDate to);
    }

    /** A percentage measure by its code, named in the plan-work bundle as measure.CODE. */
    record Measure(String code, Formula formula) implements RegionMeasure {
        @Override
        public String messageKey() {
            return "measure." + code;
        }

        @Override
        public MeasureUnit unit() {
            return MeasureUnit.PERCENT;
        }

        @Override
        public Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to) {
            return formula.value(regionPath, from, to);
        }
    }
}
