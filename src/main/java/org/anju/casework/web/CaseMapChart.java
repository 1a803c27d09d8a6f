package org.anju.casework.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anju.casework.CaseView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts option of the map of cases: a scatter on a plain longitude/latitude plane (no tiles, no internet).
 * A dot per estate: its size grows
 * with the square root of its open cases, red when some are overdue, grey when none is open; the estate's id is the
 * value's last dimension, which casework-map.js opens as the estate's case list.
 */
@Component
class CaseMapChart {

    static final String OVERDUE = "#dc3545";
    static final String OPEN = "#0d6efd";
    static final String QUIET = "#adb5bd";

    private final JsonMapper json;
    private final MessageSource messages;

    CaseMapChart(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Pixels of a dot's diameter: 8 for none open, growing with the square root of the open cases, at most 48. */
    static int size(long open) {
        return (int) Math.min(48, 8 + Math.round(6 * Math.sqrt(open)));
    }

    String option(CaseView.CaseMap map, Locale locale) {
        List<Object> data = new ArrayList<>();
        for (CaseView.MapPoint p : map.estates()) {
            String color = p.overdue() > 0 ? OVERDUE : p.open() > 0 ? OPEN : QUIET;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", p.estateName() + " (" + p.townshipName() + ") " + msg("casework.map.open", locale) + " "
                    + p.open() + ", " + msg("casework.map.overdue", locale) + " " + p.overdue() + ", "
                    + msg("casework.map.total", locale) + " " + p.total());
            item.put("value", List.of(p.longitude(), p.latitude(), p.open(), p.overdue(), p.estateId()));
            item.put("symbolSize", size(p.open()));
            item.put("itemStyle", Map.of("color", color, "opacity", 0.8));
            data.add(item);
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}"));
        option.put("grid", Map.of("left", 60, "right", 20, "top", 20, "bottom", 50));
        option.put("xAxis", axis(msg("casework.map.longitude", locale)));
        option.put("yAxis", axis(msg("casework.map.latitude", locale)));
        option.put("series", List.of(Map.of("type", "scatter", "data", data, "emphasis",
                Map.of("focus", "self", "label", Map.of("show", true, "formatter", "{b}", "position", "top")))));
        return json.writeValueAsString(option);
    }

    private static Map<String, Object> axis(String name) {
        return Map.of("type", "value", "scale", true, "name", name, "nameLocation", "middle", "nameGap", 35,
                "splitLine", Map.of("lineStyle", Map.of("type", "dashed")));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
