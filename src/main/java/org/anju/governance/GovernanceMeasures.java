package org.anju.governance;

import java.math.BigDecimal;
import java.util.Optional;
import org.anju.platform.measure.MeasureOf;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training of committee members (plan 保障措施(四)): trainings held in the period, and the share of the members of
 * committees filed at the end of the period who attended at least one training in it.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMeasures {

    @Bean
    RegionMeasure governanceTrainingHeld(JdbcClient jdbc) {
        return new MeasureOf("governance.training-held", "governance.measure.training-held", MeasureUnit.COUNT,
                (path, from, to) -> Optional.of(BigDecimal.valueOf(jdbc.sql("""
                                select count(*) from gov_training t join gov_committee c on c.id = t.committee_id
                                join reg_estate e on e.id = c.estate_id
                                where e.region_path like :path || '%' and t.held_on between :from and :to""")
                        .param("path", path).param("from", from).param("to", to).query(Long.class).single())));
    }

    @Bean
    RegionMeasure governanceTrainedShare(JdbcClient jdbc) {
        return new MeasureOf("governance.trained-share", "governance.measure.trained-share", MeasureUnit.PERCENT,
                (path, from, to) -> jdbc.sql("""
                                select count(*) filter (where exists (select 1 from gov_training_attendee a
                                           join gov_training t on t.id = a.training_id
                                           where a.member_id = m.id and t.held_on between :from and :to)),
                                       count(*)
                                from gov_member m join gov_committee c on c.id = m.committee_id
                                join reg_estate e on e.id = c.estate_id
                                where e.region_path like :path || '%' and c.filed_on <= :to
                                  and (c.dissolved_on is null or c.dissolved_on > :to)""")
                        .param("path", path).param("from", from).param("to", to)
                        .query((rs, n) -> MeasureOf.percent(rs.getLong(1), rs.getLong(2))).single());
    }
}
