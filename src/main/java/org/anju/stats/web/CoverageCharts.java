package org.anju.stats.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.stats.Coverage;
import org.anju.stats.CoverageRate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** ECharts option of the three rates per township with the targets as mark lines (JSON for a data attribute). */
@Component
class CoverageCharts {

    private final JsonMapper json;

    CoverageCharts(JsonMapper json) {
        this.json = json;
    }

    /** labels: the three rates' names, in CoverageRate order. */
    String bars(Coverage coverage, Map<CoverageRate, String> labels, int year) {
        Map<CoverageRate, BigDecimal> targets = coverage.targets().getOrDefault(year, Map.of());
        List<Object> series = new ArrayList<>();
        for (CoverageRate r : CoverageRate.values()) {
            BigDecimal target = targets.get(r);
            List<Object> lines = target == null ? List.of()
                    : List.of(Map.of("yAxis", CoveragePages.percent(target), "name", labels.get(r)));
            series.add(Map.of("name", labels.get(r), "type", "bar",
                    "data", coverage.townships().stream().map(t -> CoveragePages.percent(t.rate(r))).toList(),
                    "markLine", Map.of("symbol", "none", "data", lines,
                            "label", Map.of("formatter", "{c}%"))));
        }
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", labels.values()),
                "grid", Map.of("left", 50, "right", 40, "bottom", 60),
                "xAxis", Map.of("type", "category", "axisLabel", Map.of("rotate", 30),
                        "data", coverage.townships().stream().map(Coverage.Row::name).toList()),
                "yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", series);
        return json.writeValueAsString(option);
    }

    /** The townships' ids in the chart's order, for the drill-down click. */
    String ids(Coverage coverage) {
        return json.writeValueAsString(coverage.townships().stream().map(Coverage.Row::id).toList());
    }
}
