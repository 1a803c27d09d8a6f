package org.anju.disclosure;

import org.anju.platform.measure.MeasureOf;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Disclosure completeness (plan §11): of the estates with a published board on the last day of the period, the
 * share whose board then current leaves out none of the required items.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureMeasures {

    @Bean
    RegionMeasure disclosureCompleteRate(JdbcClient jdbc) {
        return new MeasureOf("disclosure.complete-rate", "disclosure.measure.complete-rate", MeasureUnit.PERCENT,
                (path, from, to) -> jdbc.sql("""
                                select count(*) filter (where b.missing_count = 0), count(*)
                                from (select distinct on (d.estate_id) d.estate_id, d.missing_count
                                      from dsc_board d join reg_estate e on e.id = d.estate_id
                                      where e.region_path like :path || '%' and d.published_on <= :to
                                      order by d.estate_id, d.version desc) b""")
                        .param("path", path).param("to", to)
                        .query((rs, n) -> MeasureOf.percent(rs.getLong(1), rs.getLong(2))).single());
    }
}
