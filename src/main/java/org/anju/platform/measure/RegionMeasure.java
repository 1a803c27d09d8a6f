package org.anju.platform.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One number about a region over a period, computed from the owning module's own data: a complaint on-time rate,
 * the share of committees filed, hazards removed. The township assessment names measures by {@link #code()} in its
 * indicator formulas, and the reports print them, so the same code must always mean the same computation.
 * Implementations filter by {@code region_path like :path || '%'} and never by the caller's jurisdiction: the
 * reader has already decided which region it may see.
 */
public interface RegionMeasure {

    /** Stable code, module first, e.g. {@code casework.on-time-rate}. */
    String code();

    /** Message key of the measure's name (zh-CN and English bundles). */
    String messageKey();

    /** How the value reads. */
    MeasureUnit unit();

    /**
     * The value for every estate whose region path starts with {@code regionPath} (the {@code reg_region.path} of a county,
     * township or community), over the days {@code from} to {@code to} inclusive. Empty when there is
     * nothing to measure (no complaints, no rate), which the assessment shows as such and never as zero.
     */
    Optional<BigDecimal> value(String regionPath, LocalDate from, LocalDate to);
}
