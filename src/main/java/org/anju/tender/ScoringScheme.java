package org.anju.tender;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * A tender's scoring scheme (评分办法, plan §11): two to eight named criteria (price, proposal, …) whose
 * weights are whole points from 1 and sum to exactly {@value #TOTAL}.
 */
public final class ScoringScheme {

    public static final int TOTAL = 100;
    static final int MIN_CRITERIA = 2;
    static final int MAX_CRITERIA = 8;

    /** A criterion as entered: its name and weight. */
    public record Weight(String name, Integer weight) {
    }

    private ScoringScheme() {
    }

    public static List<FieldError> check(List<Weight> criteria) {
        List<FieldError> errors = new ArrayList<>();
        if (criteria == null || criteria.size() < MIN_CRITERIA || criteria.size() > MAX_CRITERIA) {
            errors.add(new FieldError("criteria", "tender.error.criteriaCount", MIN_CRITERIA, MAX_CRITERIA));
            return errors;
        }
        int sum = 0;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Weight w = criteria.get(i);
            String name = w == null || w.name() == null ? "" : w.name().strip();
            if (name.isEmpty() || name.length() > 32 || !names.add(name)) {
                errors.add(new FieldError("criteria[" + i + "].name", "tender.error.criterionName"));
            }
            if (w == null || w.weight() == null || w.weight() < 1 || w.weight() > TOTAL) {
                errors.add(new FieldError("criteria[" + i + "].weight", "tender.error.weight"));
            } else {
                sum += w.weight();
            }
        }
        if (errors.isEmpty() && sum != TOTAL) {
            errors.add(new FieldError("criteria", "tender.error.weightSum", sum));
        }
        return errors;
    }
}
