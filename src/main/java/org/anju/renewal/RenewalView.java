package org.anju.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What old estates' renewal answers. */
public final class RenewalView {

    private RenewalView() {
    }

    /** An old estate (register flag or a renovation record) and its renovation; null fields where none recorded. */
    public record OldEstate(long estateId, String estateName, String communityName, String townshipName,
                            boolean legacy, RenovationStatus status, Integer renovationYear, String scope,
                            BigDecimal buildingArea, Long serviceAreaId, String serviceAreaName) {
    }

    /** A service area: its township, station, estates' total building area and how it fits the target. */
    public record ServiceArea(long id, long townshipId, String townshipName, String name, String stationName,
                              String stationAddress, LocalDate stationOpenedOn, long estates, BigDecimal totalArea,
                              ServiceAreaSize size) {
    }

    /** One funding entry in yuan. */
    public record Funding(long id, int year, FundingSource source, BigDecimal amount, String note, String recordedBy) {
    }

    /** The area with its estates, funding entries, totals per source and grand total. */
    public record AreaDetail(ServiceArea area, List<OldEstate> estates, List<Funding> funding,
                             Map<FundingSource, BigDecimal> totals, BigDecimal fundingTotal, Settings settings) {
    }

    /** The county's figures for the area check; {@code isDefault} until the county edits them. */
    public record Settings(BigDecimal targetArea, int tolerancePercent, boolean isDefault) {
    }
}
