package org.anju.stats.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anju.platform.InvalidRequestException;
import org.anju.stats.Coverage;
import org.anju.stats.CoverageDashboard;
import org.anju.stats.CoverageRate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 三率覆盖 page: KPI cards, chart, table per township, drill-down to a township's estates, Excel export. */
@Controller
@RequestMapping("/console/stats")
class CoveragePages {

    /** The first year of the plan: a township below any of its targets is lagging (red). */
    static final int LAGGING_YEAR = 2023;
    static final int FINAL_YEAR = 2024;

    private final CoverageDashboard dashboard;
    private final CoverageCharts charts;
    private final MessageSource messages;

    CoveragePages(CoverageDashboard dashboard, CoverageCharts charts, MessageSource messages) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) Long townshipId, Model model, Locale locale) {
        Coverage coverage = dashboard.coverage(townshipId);
        model.addAttribute("coverage", coverage);
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("rates", CoverageRate.values());
        model.addAttribute("laggingTargets", coverage.targets().getOrDefault(LAGGING_YEAR, Map.of()));
        model.addAttribute("finalTargets", coverage.targets().getOrDefault(FINAL_YEAR, Map.of()));
        model.addAttribute("laggingYear", LAGGING_YEAR);
        model.addAttribute("finalYear", FINAL_YEAR);
        model.addAttribute("chartOption", charts.bars(coverage, labels(locale), LAGGING_YEAR));
        model.addAttribute("chartIds", charts.ids(coverage));
        model.addAttribute("canChangeTargets", CoverageDashboard.canChangeTargets());
        if (townshipId != null) {
            model.addAttribute("estates", dashboard.estatesOf(townshipId));
        }
        return "stats/coverage";
    }

    /** The county changes a target, entered as a percentage (e.g. 90 or 92.5). */
    @PostMapping("/targets")
    String changeTarget(@RequestParam(required = false) Integer year, @RequestParam(required = false) CoverageRate rate,
                        @RequestParam(required = false) BigDecimal percent, RedirectAttributes redirect,
                        Model model, Locale locale, HttpServletResponse response) {
        try {
            dashboard.changeTarget(year, rate, percent == null ? null : percent.movePointLeft(2).stripTrailingZeros());
        } catch (InvalidRequestException e) {
            // Shows the page again with the reason, nothing written.
            response.setStatus(422);
            model.addAttribute("targetErrors", e.errors());
            return coverage(null, model, locale);
        }
        redirect.addFlashAttribute("flash", "stats.targetChanged");
        return "redirect:/console/stats/coverage";
    }

    @GetMapping("/coverage.xlsx")
    void export(@RequestParam(required = false) Long townshipId, Locale locale, HttpServletResponse response)
            throws IOException {
        Coverage coverage = dashboard.coverage(townshipId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"coverage.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(msg("stats.title", locale));
            List<String> headers = List.of(msg("stats.township", locale), msg("stats.estates", locale),
                    msg("stats.withCommittee", locale), msg("stats.withService", locale), msg("stats.withParty", locale),
                    msg("stats.rate.COMMITTEE", locale), msg("stats.rate.SERVICE", locale),
                    msg("stats.rate.PARTY", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            for (Coverage.Row r : coverage.townships()) {
                row(sheet.createRow(n++), r);
            }
            row(sheet.createRow(n), coverage.total());
            book.write(response.getOutputStream());
        }
    }

    /** Rates as percentages with two decimals, as the table shows them. */
    private static void row(Row row, Coverage.Row r) {
        row.createCell(0).setCellValue(r.name());
        long[] counts = {r.estates(), r.withCommittee(), r.withService(), r.withParty()};
        for (int i = 0; i < counts.length; i++) {
            row.createCell(i + 1).setCellValue(counts[i]);
        }
        int c = 5;
        for (CoverageRate rate : CoverageRate.values()) {
            row.createCell(c++).setCellValue(percent(r.rate(rate)).doubleValue());
        }
    }

    static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2);
    }

    private Map<CoverageRate, String> labels(Locale locale) {
        Map<CoverageRate, String> labels = new EnumMap<>(CoverageRate.class);
        for (CoverageRate r : CoverageRate.values()) {
            labels.put(r, msg("stats.rate." + r, locale));
        }
        return labels;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
