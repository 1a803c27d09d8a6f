package org.anju.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the first owners' assembly is due (rules.md §2, Henan 2017 art. 18): any one of ≥ 50% of the floor area
 * sold and delivered, ≥ 30% of the households moved in, or the preliminary service contract ended early or
 * within 90 days of its end. The shares and the 90 days are the county's settings.
 */
record FirstAssemblyTrigger(GovernanceSettings settings) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Which conditions are met (empty: not due). A register without houses or area meets no share condition. */
    List<AssemblyTrigger> met(BigDecimal totalArea, long households, BigDecimal deliveredArea, long movedIn,
                              LocalDate contractEnd, boolean endedEarly, LocalDate today) {
        List<AssemblyTrigger> met = new ArrayList<>();
        BigDecimal areaShare = BigDecimal.valueOf(settings.areaPercent());
        if (totalArea != null && totalArea.signum() > 0 && deliveredArea != null
                && deliveredArea.multiply(HUNDRED).compareTo(totalArea.multiply(areaShare)) >= 0) {
            met.add(AssemblyTrigger.AREA_DELIVERED);
        }
        if (households > 0 && movedIn * 100 >= households * settings.householdPercent()) {
            met.add(AssemblyTrigger.HOUSEHOLDS_MOVED_IN);
        }
        if (endedEarly
                || contractEnd != null && !today.isBefore(contractEnd.minusDays(settings.contractNoticeDays()))) {
            met.add(AssemblyTrigger.CONTRACT_ENDING);
        }
        return met;
    }
}
