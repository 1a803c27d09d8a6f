package org.anju.stats;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anju.platform.measure.RegionMeasure;
import org.anju.region.RegionLevel;
import org.anju.region.RegionPlaces;
import org.anju.region.RegionPlaces.Place;
import org.anju.region.RegisterView.DatedCount;
import org.springframework.stereotype.Component;

/**
 * The numbers of a monthly or yearly report of a county or township, on the period's last day (today for the
 * current period): the three rates per township (or community) with the dashboard's conditions and query, the
 * month-end trend, and every measure present over the period.
 */
@Component
public class ReportFigures {

    /** A monthly report's trend: this many month ends up to its date. */
    static final int MONTHLY_TREND = 6;

    /** The report's content. */
    public record Figures(String regionName, RegionLevel level, ReportKind kind, String period, LocalDate from,
                          LocalDate asOf, Coverage.Row total, List<Coverage.Row> rows, List<Coverage.Point> trend,
                          List<MeasureValue> measures) {
    }

    /** One measure over the period; value null when there was nothing to measure. */
    public record MeasureValue(String code, String messageKey, String unit, BigDecimal value) {
    }

    private final RegionPlaces places;
    private final List<RegionMeasure> measures;
    private final Clock clock;

    ReportFigures(RegionPlaces places, List<RegionMeasure> measures, Clock clock) {
        this.places = places;
        this.measures = measures.stream().sorted(java.util.Comparator.comparing(RegionMeasure::code)).toList();
        this.clock = clock;
    }

    public Figures figures(Place region, ReportKind kind, LocalDate from, LocalDate to, String period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<Coverage.Row> rows = new ArrayList<>();
        for (Place child : places.children(region.id())) {
            var c = places.estateCountsOn(child.path(), List.of(asOf), CoverageDashboard.DATED_CONDITIONS);
            if (!c.isEmpty() && c.get(0).estates() > 0) {
                rows.add(row(child.id(), child.name(), c.get(0)));
            }
        }
        Coverage.Row total = Coverage.Row.of(region.id(), region.name(),
                rows.stream().mapToLong(Coverage.Row::estates).sum(),
                rows.stream().mapToLong(Coverage.Row::withCommittee).sum(),
                rows.stream().mapToLong(Coverage.Row::withService).sum(),
                rows.stream().mapToLong(Coverage.Row::withParty).sum(), java.util.Map.of());
        List<LocalDate> dates = new ArrayList<>();
        if (kind == ReportKind.YEARLY) {
            for (YearMonth m = YearMonth.from(from); !m.atEndOfMonth().isAfter(asOf); m = m.plusMonths(1)) {
                dates.add(m.atEndOfMonth());
            }
        } else {
            for (int i = MONTHLY_TREND - 1; i >= 1; i--) {
                dates.add(YearMonth.from(asOf).minusMonths(i).atEndOfMonth());
            }
        }
        if (dates.isEmpty() || !dates.get(dates.size() - 1).equals(asOf)) {
            dates.add(asOf);
        }
        List<Coverage.Point> trend = places.estateCountsOn(region.path(), dates, CoverageDashboard.DATED_CONDITIONS)
                .stream().map(d -> Coverage.Point.of(d.asOf(), d.estates(), d.met().get(0), d.met().get(1),
                        d.met().get(2))).toList();
        List<MeasureValue> values = measures.stream().map(m -> new MeasureValue(m.code(), m.messageKey(),
                m.unit().name(), value(m, region.path(), from, asOf))).toList();
        return new Figures(region.name(), region.level(), kind, period, from, asOf, total, rows, trend, values);
    }

    private static BigDecimal value(RegionMeasure m, String path, LocalDate from, LocalDate to) {
        Optional<BigDecimal> v = from.isAfter(to) ? Optional.empty() : m.value(path, from, to);
        return v.orElse(null);
    }

    private static Coverage.Row row(long id, String name, DatedCount c) {
        return Coverage.Row.of(id, name, c.estates(), c.met().get(0), c.met().get(1), c.met().get(2),
                java.util.Map.of());
    }
}
