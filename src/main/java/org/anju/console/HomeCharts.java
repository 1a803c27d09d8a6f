package org.anju.console;

import java.util.List;
import java.util.Map;
import org.anju.region.RegisterView.TownshipCount;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** ECharts options for the home page, as JSON in a data attribute (no inline script under the CSP). */
@Component("homeCharts")
class HomeCharts {

    private final JsonMapper json;

    HomeCharts(JsonMapper json) {
        this.json = json;
    }

    public String townshipBars(List<TownshipCount> rows, String estatesLabel, String housesLabel) {
        Map<String, Object> option = Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", List.of(estatesLabel, housesLabel)),
                "grid", Map.of("left", 50, "right", 50, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", rows.stream().map(TownshipCount::townshipName).toList(),
                        "axisLabel", Map.of("rotate", 30)),
                "yAxis", List.of(Map.of("type", "value", "name", estatesLabel),
                        Map.of("type", "value", "name", housesLabel)),
                "series", List.of(
                        Map.of("name", estatesLabel, "type", "bar", "data",
                                rows.stream().map(TownshipCount::estates).toList()),
                        Map.of("name", housesLabel, "type", "bar", "yAxisIndex", 1, "data",
                                rows.stream().map(TownshipCount::houses).toList())));
        return json.writeValueAsString(option);
    }

    public String ids(List<TownshipCount> rows) {
        return json.writeValueAsString(rows.stream().map(TownshipCount::townshipId).toList());
    }
}
