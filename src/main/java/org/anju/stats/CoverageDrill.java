package org.anju.stats;

import java.util.List;
import java.util.Map;

/**
 * One level of the dashboard's drill-down: the county (rows are townships), a township (rows are its
 * communities) or a community (its estates one by one), with the level's own total.
 */
public record CoverageDrill(Level level, Coverage.Row total, List<Coverage.Row> rows, List<Coverage.EstateRow> estates,
                            Long townshipId, String townshipName, Long communityId, String communityName,
                            Map<Integer, Map<CoverageRate, java.math.BigDecimal>> targets) {

    /** Where in the drill-down. */
    public enum Level {
        COUNTY, TOWNSHIP, COMMUNITY
    }
}
