package org.anju.credit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.credit.CreditBook;
import org.anju.credit.Grade;
import org.anju.market.Companies;
import org.anju.platform.measure.MeasureUnit;
import org.anju.platform.measure.RegionMeasure;
import org.springframework.stereotype.Component;

/**
 * {@code credit.grade-share-good}: the share (%) of the companies serving the region today that were graded A or
 * better on the period's last day (their grade history), for the township assessment.
 */
@Component
class GoodGradeShare implements RegionMeasure {

    private final CreditBook book;
    private final Companies companies;

    GoodGradeShare(CreditBook book, Companies companies) {
        this.book = book;
        this.companies = companies;
    }

    @Override
    public String code() {
        return "credit.grade-share-good";
    }

    @Override
    public String messageKey() {
        return "measure.credit.grade-share-good";
    }

    @Override
    public MeasureUnit unit() {
        return MeasureUnit.PERCENT;
    }

    @Override
    public Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to) {
        Set<Long> serving = companies.servingRegion(regionPath);
        Map<Long, Grade> grades = book.gradesOn(serving, to);
        if (grades.isEmpty()) {
            return Optional.empty();
        }
        long good = grades.values().stream().filter(Grade::atLeastA).count();
        return Optional.of(BigDecimal.valueOf(good * 100).divide(BigDecimal.valueOf(grades.size()), 1,
                RoundingMode.HALF_UP));
    }
}
