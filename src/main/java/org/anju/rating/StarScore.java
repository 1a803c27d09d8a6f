package org.anju.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The score arithmetic of a star rating (plan §8 sets no numbers; the method is Anju's default, decision 0018):
 * a sheet's total is the sum of its items' points, each from 0 to the item's maximum in steps of 0.1; the final
 * score is the township's on-site total weighted by the standard's township weight plus the mean of the experts'
 * totals weighted by the rest, rounded half up to one decimal; the star is the highest level whose threshold the
 * final score reaches, and none below the one-star threshold or when any rater recorded a veto item.
 */
public final class StarScore {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StarScore() {
    }

    /** What is wrong with a sheet: an item missing, out of range or with more than one decimal, an unknown item. */
    public static List<FieldError> check(RatingStandard standard, Map<Long, BigDecimal> points) {
        List<FieldError> errors = new ArrayList<>();
        for (RatingStandard.Item item : standard.scored()) {
            BigDecimal p = points.get(item.id());
            if (p == null) {
                errors.add(new FieldError("points." + item.id(), "rating.error.pointsMissing", item.name()));
            } else if (p.signum() < 0 || p.compareTo(item.maxScore()) > 0 || p.stripTrailingZeros().scale() > 1) {
                errors.add(new FieldError("points." + item.id(), "rating.error.pointsRange", item.name(),
                        item.maxScore()));
            }
        }
        points.keySet().stream().filter(id -> standard.scored().stream().noneMatch(i -> i.id() == id))
                .findFirst().ifPresent(id -> errors.add(new FieldError("points", "rating.error.unknownItem", id)));
        return errors;
    }

    /** The sum of a checked sheet's points. */
    public static BigDecimal total(Map<Long, BigDecimal> points) {
        return points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    /** The final score from the township's total and the experts' totals (at least one). */
    public static BigDecimal combine(BigDecimal township, List<BigDecimal> experts, int townshipWeight) {
        if (experts.isEmpty()) {
            throw new IllegalArgumentException("no expert score");
        }
        BigDecimal mean = experts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(experts.size()), 10, RoundingMode.HALF_UP);
        BigDecimal w = BigDecimal.valueOf(townshipWeight);
        return township.multiply(w).add(mean.multiply(HUNDRED.subtract(w))).divide(HUNDRED, 1, RoundingMode.HALF_UP);
    }

    /** The star (1 to 5) the score reaches, or 0 when vetoed or below the one-star threshold. */
    public static int star(BigDecimal score, List<BigDecimal> thresholds, boolean vetoed) {
        if (vetoed) {
            return 0;
        }
        int star = 0;
        for (int level = 1; level <= thresholds.size(); level++) {
            if (score.compareTo(thresholds.get(level - 1)) >= 0) {
                star = level;
            }
        }
        return star;
    }

    /** What is wrong with a standard: thresholds not five ascending within the total, a weight out of 0..100. */
    public static List<FieldError> check(RatingStandard s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.scored().isEmpty()) {
            errors.add(new FieldError("items", "rating.error.noItems"));
        }
        List<BigDecimal> t = s.thresholds();
        boolean ascending = t.size() == 5 && t.stream().allMatch(x -> x != null && x.signum() > 0);
        for (int i = 1; ascending && i < t.size(); i++) {
            ascending = t.get(i).compareTo(t.get(i - 1)) > 0;
        }
        if (!ascending || (s.total().signum() > 0 && t.get(4).compareTo(s.total()) > 0)
                || t.stream().anyMatch(x -> x.compareTo(HUNDRED) > 0 || x.stripTrailingZeros().scale() > 1)) {
            errors.add(new FieldError("thresholds", "rating.error.thresholds", s.total()));
        }
        if (s.total().compareTo(HUNDRED) != 0) {
            errors.add(new FieldError("items", "rating.error.total", s.total()));
        }
        if (s.townshipWeight() < 0 || s.townshipWeight() > 100) {
            errors.add(new FieldError("townshipWeight", "rating.error.weight"));
        }
        return errors;
    }
}
