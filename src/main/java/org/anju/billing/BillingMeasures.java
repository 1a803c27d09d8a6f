package org.anju.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.anju.platform.measure.RegionMeasure;
import org.anju.platform.measure.MeasureOf;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fee collection rate (收缴率) that the township assessment and the star raters read (issue 12: collection rates
 * feed the rating and assessment): paid over billed, in yuan, over the bills of the months that start within the
 * period, the same definition as {@link CollectionRates}.
 */
@Configuration(proxyBeanMethods = false)
class BillingMeasures {

    @Bean
    RegionMeasure billingCollectionRate(JdbcClient jdbc) {
        return new MeasureOf("billing.collection-rate", "billing.measure.collection-rate", MeasureUnit.PERCENT,
                (path, from, to) -> jdbc.sql("""
                                select coalesce(sum(b.paid), 0), coalesce(sum(b.amount), 0)
                                from bil_bill b join reg_estate e on e.id = b.estate_id
                                where e.region_path like :path || '%' and b.period between :from and :to""")
                        .param("path", path).param("from", from).param("to", to)
                        .query((rs, n) -> rate(rs.getBigDecimal(1), rs.getBigDecimal(2))).single());
    }

    @Bean
    ProjectEvidenceSource billingCollectionEvidence(JdbcClient jdbc) {
        return (projectId, companyId, estateId, from, to) -> jdbc.sql("""
                        select coalesce(sum(b.paid), 0), coalesce(sum(b.amount), 0), count(*)
                        from bil_bill b join bil_fee_item f on f.id = b.fee_item_id
                        where f.project_id = :project and b.period between :from and :to""")
                .param("project", projectId).param("from", from).param("to", to)
                .query((rs, n) -> {
                    long bills = rs.getLong(3);
                    return rate(rs.getBigDecimal(1), rs.getBigDecimal(2))
                            .map(r -> List.of(new ProjectEvidence("evidence.source.billing", "物业费收缴率",
                                    r.toPlainString() + "% (" + bills + " 张账单)", "/console/bills")))
                            .orElse(List.<ProjectEvidence>of());
                })
                .single();
    }

    /** Paid over billed as a percentage with 2 places; empty when nothing was billed. */
    static Optional<BigDecimal> rate(BigDecimal paid, BigDecimal billed) {
        return billed.signum() == 0 ? Optional.empty()
                : Optional.of(paid.multiply(BigDecimal.valueOf(100)).divide(billed, 2, RoundingMode.HALF_UP));
    }
}
