package org.anju.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.anju.platform.pdf.HtmlPdf;
import org.anju.region.RegionPlaces.Place;
import org.anju.stats.ReportFigures.Figures;
import org.anju.stats.internal.ReportStore.Report;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a report's figures into its PDF (template stats/report-pdf, charts as PNG) and its Excel workbook. */
@Component
class ReportRenderer {

    /** Reports progress: status and percent. */
    interface Progress {
        void at(String status, int percent);
    }

    private final ReportFigures figures;
    private final ReportCharts charts;
    private final HtmlPdf pdf;
    private final MessageSource messages;

    ReportRenderer(ReportFigures figures, ReportCharts charts, HtmlPdf pdf, MessageSource messages) {
        this.figures = figures;
        this.charts = charts;
        this.pdf = pdf;
        this.messages = messages;
    }

    void render(Place region, Report r, Progress progress, BiConsumer<byte[], byte[]> done) {
        progress.at("RUNNING", 10);
        Figures f = figures.figures(region, r.kind(), r.from(), r.to(), r.period());
        progress.at("RUNNING", 40);
        List<String> rateNames = java.util.Arrays.stream(CoverageRate.values()).map(c -> msg("stats.rate." + c.name()))
                .toList();
        String bars = png(charts.bars(f.rows().stream().map(Coverage.Row::name).toList(),
                java.util.Arrays.stream(CoverageRate.values()).map(c -> new ReportCharts.Series(rateNames.get(c.ordinal()),
                        f.rows().stream().map(row -> percent(row.rate(c))).toList())).toList()));
        String lines = png(charts.lines(f.trend().stream().map(p -> p.asOf().toString().substring(0, 7)).toList(),
                java.util.Arrays.stream(CoverageRate.values()).map(c -> new ReportCharts.Series(rateNames.get(c.ordinal()),
                        f.trend().stream().map(p -> percent(p.rate(c))).toList())).toList()));
        progress.at("RUNNING", 60);
        byte[] document = pdf.render("stats/report-pdf", Map.of("f", f, "bars", bars, "lines", lines,
                "rates", CoverageRate.values()));
        progress.at("RUNNING", 85);
        byte[] workbook = excel(f);
        done.accept(document, workbook);
    }

    static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2);
    }

    private static String png(byte[] image) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(image);
    }

    private byte[] excel(Figures f) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet rates = book.createSheet(msg("report.sheet.coverage"));
            header(rates, msg(f.level() == org.anju.region.RegionLevel.COUNTY ? "stats.township" : "stats.community"),
                    msg("report.estates"), msg("stats.rate.COMMITTEE"), msg("stats.rate.SERVICE"), msg("stats.rate.PARTY"));
            int n = 1;
            for (Coverage.Row row : f.rows()) {
                coverage(rates.createRow(n++), row.name(), row);
            }
            coverage(rates.createRow(n), msg("report.total"), f.total());
            Sheet trend = book.createSheet(msg("report.sheet.trend"));
            header(trend, msg("report.date"), msg("report.estates"), msg("stats.rate.COMMITTEE"),
                    msg("stats.rate.SERVICE"), msg("stats.rate.PARTY"));
            n = 1;
            for (Coverage.Point p : f.trend()) {
                Row row = trend.createRow(n++);
                row.createCell(0).setCellValue(p.asOf().toString());
                row.createCell(1).setCellValue(p.estates());
                for (CoverageRate c : CoverageRate.values()) {
                    row.createCell(2 + c.ordinal()).setCellValue(percent(p.rate(c)).doubleValue());
                }
            }
            Sheet measures = book.createSheet(msg("report.sheet.measures"));
            header(measures, msg("report.measure"), msg("report.code"), msg("report.value"));
            n = 1;
            for (ReportFigures.MeasureValue m : f.measures()) {
                Row row = measures.createRow(n++);
                row.createCell(0).setCellValue(msg(m.messageKey()));
                row.createCell(1).setCellValue(m.code());
                if (m.value() != null) {
                    row.createCell(2).setCellValue(m.value().doubleValue());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void coverage(Row row, String name, Coverage.Row r) {
        row.createCell(0).setCellValue(name);
        row.createCell(1).setCellValue(r.estates());
        for (CoverageRate c : CoverageRate.values()) {
            row.createCell(2 + c.ordinal()).setCellValue(percent(r.rate(c)).doubleValue());
        }
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
