package org.anju.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Plan §20: after renovation, old estates are grouped so that about every 30 000 m² of building area
 * (建筑面积每3万平方米左右) forms one management area with a service station. The target and the tolerance are
 * county settings (defaults 30 000 m² and 20 %); an area further off than the tolerance is flagged.
 */
public record ServiceAreaSize(Fit fit, BigDecimal deviationPercent) {

    /** How an area's total building area compares with the target. */
    public enum Fit {
        /** No estates grouped yet. */
        EMPTY,
        /** Below the target by more than the tolerance. */
        TOO_SMALL,
        /** Within the tolerance. */
        ABOUT_RIGHT,
        /** Above the target by more than the tolerance. */
        TOO_LARGE
    }

    /** Checks a total against the target with a tolerance in percent (deviation rounded to 0.1 %). */
    public static ServiceAreaSize check(BigDecimal total, BigDecimal target, int tolerancePercent) {
        if (total == null || total.signum() <= 0) {
            return new ServiceAreaSize(Fit.EMPTY, null);
        }
        BigDecimal deviation = total.subtract(target).multiply(BigDecimal.valueOf(100))
                .divide(target, 1, RoundingMode.HALF_UP);
        BigDecimal tolerance = BigDecimal.valueOf(tolerancePercent);
        Fit fit = deviation.compareTo(tolerance.negate()) < 0 ? Fit.TOO_SMALL
                : deviation.compareTo(tolerance) > 0 ? Fit.TOO_LARGE : Fit.ABOUT_RIGHT;
        return new ServiceAreaSize(fit, deviation);
    }
}
