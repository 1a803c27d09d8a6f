package org.anju.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The collection rate the assessment and the raters read is the billing page's paid over billed. */
class BillingMeasuresTests extends IntegrationTest {

    @Autowired
    List<RegionMeasure> measures;

    @Autowired
    List<ProjectEvidenceSource> sources;

    @Autowired
    CollectionRates rates;

    @Test
    void theCountysCollectionRateIsPaidOverBilledOfEveryEstate() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2100, 1, 1);
        var estates = rates.ofEstates(from, to);
        assertThat(estates).as("the demo bills some estates").isNotEmpty();
        BigDecimal billed = estates.stream().map(BillingView.CollectionRate::billed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = estates.stream().map(BillingView.CollectionRate::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        String county = jdbc.sql("""
                select r.path from reg_region r join reg_estate e on e.region_path like r.path || '%'
                where r.level = 'COUNTY' and e.id = ?""").param(estates.get(0).id()).query(String.class).single();
        RegionMeasure rate = measures.stream().filter(m -> m.code().equals("billing.collection-rate")).findFirst().orElseThrow();

        var value = rate.value("/", from, to).orElseThrow();

        assertThat(value).isEqualByComparingTo(paid.multiply(BigDecimal.valueOf(100)).divide(billed, 2, RoundingMode.HALF_UP));
        assertThat(rate.value(county, from, to)).isPresent();
        assertThat(rate.value("/no-such-region/", from, to)).as("nothing billed: no rate, not zero").isEmpty();
    }

    @Test
    void aBilledProjectShowsItsCollectionRateToTheRaters() {
        var project = jdbc.sql("""
                select f.project_id, f.company_id, f.estate_id from bil_fee_item f
                where exists (select 1 from bil_bill b where b.fee_item_id = f.id) limit 1""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();

        var facts = sources.stream().flatMap(s -> s.evidence(project[0], project[1], project[2],
                LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)).stream())
                .filter(e -> e.sourceKey().equals("evidence.source.billing")).toList();

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).value()).endsWith("张账单)");
    }

    @Test
    void noBillsNoRate() {
        assertThat(BillingMeasures.rate(BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
        assertThat(BillingMeasures.rate(new BigDecimal("1"), new BigDecimal("3")).orElseThrow()).isEqualByComparingTo("33.33");
    }
}
