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
import org.anju.stats.CoverageDrill;
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

/** 三率覆盖 page: KPI cards, bars and trend lines, drill-down county → township → community → estate, Excel export. */
@Controller
@RequestMapping("/console/stats")
class CoveragePages {

    /** The first year of the plan: a township below any of its targets is lagging (red). */
    static final int LAGGING_YEAR = 2023;
    static final int FINAL_YEAR = 2024;
    /** Months of the trend chart. */
    static final int TREND_MONTHS = 12;

    private final CoverageDashboard dashboard;
    private final CoverageCharts charts;
    private final MessageSource messages;

    CoveragePages(CoverageDashboard dashboard, CoverageCharts charts, MessageSource messages) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                    Model model, Locale locale) {
        CoverageDrill drill = dashboard.drill(townshipId, communityId);
        Map<CoverageRate, String> labels = labels(locale);
        model.addAttribute("drill", drill);
        model.addAttribute("total", drill.total());
        model.addAttribute("targets", drill.targets());
        model.addAttribute("rates", CoverageRate.values());
        model.addAttribute("laggingTargets", drill.targets().getOrDefault(LAGGING_YEAR, Map.of()));
        model.addAttribute("finalTargets", drill.targets().getOrDefault(FINAL_YEAR, Map.of()));
        model.addAttribute("laggingYear", LAGGING_YEAR);
        model.addAttribute("finalYear", FINAL_YEAR);
        // rows are townships at the county level and communities in a township; each drills one level down
        model.addAttribute("rowParam", drill.level() == CoverageDrill.Level.COUNTY ? "townshipId" : "communityId");
        model.addAttribute("rowLabel", msg(drill.level() == CoverageDrill.Level.COUNTY ? "stats.township"
                : "stats.community", locale));
        if (!drill.rows().isEmpty()) {
            model.addAttribute("chartOption", charts.bars(drill.rows(), drill.targets(), labels, LAGGING_YEAR));
            model.addAttribute("chartIds", charts.ids(drill.rows()));
        }
        List<Coverage.Point> trend = dashboard.trend(drill.townshipId(), drill.communityId(), TREND_MONTHS);
        model.addAttribute("trend", trend);
        model.addAttribute("trendOption", charts.lines(trend, drill.targets(), labels, LAGGING_YEAR));
        model.addAttribute("canChangeTargets", CoverageDashboard.canChangeTargets());
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
            return coverage(null, null, model, locale);
        }
        redirect.addFlashAttribute("flash", "stats.targetChanged");
        return "redirect:/console/stats/coverage";
    }

    @GetMapping("/coverage.xlsx")
    void export(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                Locale locale, HttpServletResponse response) throws IOException {
        CoverageDrill drill = dashboard.drill(townshipId, communityId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"coverage.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(msg("stats.title", locale));
            boolean estates = drill.level() == CoverageDrill.Level.COMMUNITY;
            String first = msg(switch (drill.level()) {
                case COUNTY -> "stats.township";
                case TOWNSHIP -> "stats.community";
                case COMMUNITY -> "stats.estate";
            }, locale);
            List<String> headers = estates
                    ? List.of(first, msg("stats.has.COMMITTEE", locale), msg("stats.has.SERVICE", locale),
                    msg("stats.has.PARTY", locale))
                    : List.of(first, msg("stats.estates", locale), msg("stats.withCommittee", locale),
                    msg("stats.withService", locale), msg("stats.withParty", locale),
                    msg("stats.rate.COMMITTEE", locale), msg("stats.rate.SERVICE", locale),
                    msg("stats.rate.PARTY", locale));
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int n = 1;
            if (estates) {
                String yes = msg("common.yes", locale);
                String no = msg("common.no", locale);
                for (Coverage.EstateRow e : drill.estates()) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(e.name());
                    row.createCell(1).setCellValue(e.committee() ? yes : no);
                    row.createCell(2).setCellValue(e.service() ? yes : no);
                    row.createCell(3).setCellValue(e.party() ? yes : no);
                }
            } else {
                for (Coverage.Row r : drill.rows()) {
                    row(sheet.createRow(n++), r);
                }
                row(sheet.createRow(n), drill.total());
            }
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
