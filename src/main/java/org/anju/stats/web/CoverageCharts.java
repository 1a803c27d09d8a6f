package org.anju.stats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.stats.Coverage;
import org.anju.stats.CoverageRate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** ECharts options of the three rates (bars per township or community, lines per month), targets as mark lines. */
@Component
class CoverageCharts {

    private final JsonMapper json;

    CoverageCharts(JsonMapper json) {
        this.json = json;
    }

    /** Bars of the three rates per row (township or community), targets of the year as mark lines. */
    String bars(List<Coverage.Row> rows, Map<Integer, Map<CoverageRate, BigDecimal>> targetsByYear,
                Map<CoverageRate, String> labels, int year) {
        Map<CoverageRate, BigDecimal> targets = targetsByYear.getOrDefault(year, Map.of());
        List<Object> series = new ArrayList<>();
        for (CoverageRate r : CoverageRate.values()) {
            series.add(Map.of("name", labels.get(r), "type", "bar",
                    "data", rows.stream().map(t -> CoveragePages.percent(t.rate(r))).toList(),
                    "markLine", markLine(targets.get(r), labels.get(r))));
        }
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", labels.values()),
                "grid", Map.of("left", 50, "right", 40, "bottom", 60),
                "xAxis", Map.of("type", "category", "axisLabel", Map.of("rotate", 30),
                        "data", rows.stream().map(Coverage.Row::name).toList()),
                "yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", series);
        return json.writeValueAsString(option);
    }

    /** Lines of the three rates month by month, targets of the year as mark lines. */
    String lines(List<Coverage.Point> trend, Map<Integer, Map<CoverageRate, BigDecimal>> targetsByYear,
                 Map<CoverageRate, String> labels, int year) {
        Map<CoverageRate, BigDecimal> targets = targetsByYear.getOrDefault(year, Map.of());
        List<Object> series = new ArrayList<>();
        for (CoverageRate r : CoverageRate.values()) {
            series.add(Map.of("name", labels.get(r), "type", "line", "smooth", false,
                    "data", trend.stream().map(p -> CoveragePages.percent(p.rate(r))).toList(),
                    "markLine", markLine(targets.get(r), labels.get(r))));
        }
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", labels.values()),
                "grid", Map.of("left", 50, "right", 40, "bottom", 40),
                "xAxis", Map.of("type", "category",
                        "data", trend.stream().map(p -> p.asOf().toString().substring(0, 7)).toList()),
                "yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", series);
        return json.writeValueAsString(option);
    }

    private static Map<String, Object> markLine(BigDecimal target, String label) {
        List<Object> lines = target == null ? List.of()
                : List.of(Map.of("yAxis", CoveragePages.percent(target), "name", label));
        return Map.of("symbol", "none", "data", lines, "label", Map.of("formatter", "{c}%"));
    }

    /** The rows' ids in the chart's order, for the drill-down click. */
    String ids(List<Coverage.Row> rows) {
        return json.writeValueAsString(rows.stream().map(Coverage.Row::id).toList());
    }
}
