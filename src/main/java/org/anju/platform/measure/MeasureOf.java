package org.anju.platform.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@link RegionMeasure} made of its code, name, unit and computation, so that a module declares a measure as
 * one bean method: {@code new MeasureOf(code, key, unit, (path, from, to) -> ...)}.
 */
public record MeasureOf(String code, String messageKey, MeasureUnit unit, Computation computation)
        implements RegionMeasure {

    /** The computation of {@link RegionMeasure#value}. */
    @FunctionalInterface
    public interface Computation {
        Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to);
    }

    @Override
    public Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to) {
        return computation.value(regionPath, from, to);
    }

    /** part of whole as a percentage with 2 places (HALF_UP); empty without a whole. */
    public static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }
}
