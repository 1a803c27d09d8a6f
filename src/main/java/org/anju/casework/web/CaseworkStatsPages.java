package org.anju.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anju.casework.CaseStats;
import org.anju.casework.CaseworkStats;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** 投诉办理统计: the four rates per township, body or month, as a chart (ECharts), a table and an Excel file. */
@Controller
@RequestMapping("/console/complaints")
class CaseworkStatsPages {

    static final List<String> RATES = List.of("responseRate", "onTimeRate", "resolutionRate", "satisfactionRate");

    private final CaseworkStats stats;
    private final Register register;
    private final MessageSource messages;
    private final JsonMapper json;

    CaseworkStatsPages(CaseworkStats stats, Register register, MessageSource messages, JsonMapper json) {
        this.stats = stats;
        this.register = register;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/stats")
    String page(@RequestParam(required = false) CaseStats.Grouping groupBy,
                @RequestParam(required = false) Long townshipId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, Locale locale) {
        CaseStats s = stats.stats(groupBy, townshipId, from, to);
        model.addAttribute("stats", s);
        model.addAttribute("groupings", CaseStats.Grouping.values());
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        // Departments and companies see their own work: no township filter for them.
        boolean government = org.anju.identity.Jurisdictions.currentUser().map(u -> u.role())
                .filter(r -> r == org.anju.identity.Role.COUNTY_AUTHORITY || r == org.anju.identity.Role.TOWNSHIP_OFFICE
                        || r == org.anju.identity.Role.COMMUNITY).isPresent();
        model.addAttribute("townships", government ? register.filterRegions(null).townships() : List.of());
        model.addAttribute("chartOption", chart(s, locale));
        model.addAttribute("exportQuery", new QueryString().with("groupBy", s.grouping()).with("townshipId", townshipId)
                .with("from", from).with("to", to).toString());
        return "casework/stats";
    }

    @GetMapping("/stats.xlsx")
    void export(@RequestParam(required = false) CaseStats.Grouping groupBy,
                @RequestParam(required = false) Long townshipId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Locale locale, HttpServletResponse response) throws IOException {
        CaseStats s = stats.stats(groupBy, townshipId, from, to);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"casework.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(msg("casework.stats.title", locale));
            List<String> headers = new ArrayList<>(List.of(msg("casework.stats.name", locale),
                    msg("casework.stats.cases", locale), msg("casework.stats.open", locale),
                    msg("casework.stats.overdue", locale)));
            RATES.forEach(r -> headers.add(msg("casework.stats." + r, locale) + " %"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (CaseStats.Line l : s.lines()) {
                row(sheet.createRow(n++), l, l.name());
            }
            row(sheet.createRow(n), s.total(), msg("casework.stats.total", locale));
            book.write(response.getOutputStream());
        }
    }

    private static void row(Row row, CaseStats.Line l, String name) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(l.cases());
        row.createCell(2).setCellValue(l.open());
        row.createCell(3).setCellValue(l.overdue());
        BigDecimal[] rates = {l.responseRate(), l.onTimeRate(), l.resolutionRate(), l.satisfactionRate()};
        for (int i = 0; i < rates.length; i++) {
            if (rates[i] != null) {
                row.createCell(4 + i).setCellValue(rates[i].doubleValue());
            }
        }
    }

    private String chart(CaseStats s, Locale locale) {
        List<String> names = RATES.stream().map(r -> msg("casework.stats." + r, locale)).toList();
        List<Object> series = new ArrayList<>();
        for (int i = 0; i < RATES.size(); i++) {
            int k = i;
            series.add(Map.of("name", names.get(i), "type", s.grouping() == CaseStats.Grouping.MONTH ? "line" : "bar",
                    "data", s.lines().stream().map(l -> rate(l, k)).toList()));
        }
        return json.writeValueAsString(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("data", names),
                "grid", Map.of("left", 50, "right", 20, "bottom", 80),
                "xAxis", Map.of("type", "category", "axisLabel", Map.of("rotate", 30),
                        "data", s.lines().stream().map(CaseStats.Line::name).toList()),
                "yAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")),
                "series", series));
    }

    private static Object rate(CaseStats.Line l, int i) {
        BigDecimal r = switch (i) {
            case 0 -> l.responseRate();
            case 1 -> l.onTimeRate();
            case 2 -> l.resolutionRate();
            default -> l.satisfactionRate();
        };
        return r == null ? "-" : r;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
