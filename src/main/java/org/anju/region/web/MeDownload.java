package org.anju.region.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.anju.identity.AuditTrail.Access;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 导出我的数据: writes an owner's {@link MeData.Export} as JSON (machine-readable) or xlsx (for people). */
@Component
class MeDownload {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JsonMapper json;
    private final MessageSource messages;

    MeDownload(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Writes the export in the format asked for: "xlsx", anything else JSON. */
    void write(MeData.Export export, String format, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        String file = text("me.export.file") + "-" + export.exportedAt().toLocalDate() + (xlsx ? ".xlsx" : ".json");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-data" + (xlsx ? ".xlsx" : ".json")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (xlsx) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx(export, response.getOutputStream());
        } else {
            response.setContentType("application/json;charset=UTF-8");
            json.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), export);
        }
    }

    private void xlsx(MeData.Export e, OutputStream out) throws IOException {
        MeData.Me me = e.owner();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet person = book.createSheet(text("me.personal.title"));
            rows(person, List.of(
                    List.of(text("me.field.name"), me.name()),
                    List.of(text("me.field.kind"), text("ownerKind." + me.kind().name())),
                    List.of(text("me.field.idNumber"), nz(me.idNumber())),
                    List.of(text("me.field.phone"), nz(me.phone())),
                    List.of(text("me.export.at"), TIME.format(e.exportedAt()))));
            Sheet houses = book.createSheet(text("me.houses.title"));
            rows(houses, List.of(List.of(text("me.house.estate"), text("me.house.building"), text("me.house.section"),
                    text("me.house.number"), text("me.house.area"), text("me.house.use"), text("me.house.coOwners"))));
            me.houses().forEach(h -> rows(houses, List.of(List.of(h.estate(), h.building(), nz(h.section()),
                    h.number(), String.valueOf(h.exclusiveArea()), text("use." + h.use().name()),
                    String.join("、", h.coOwners())))));
            Sheet log = book.createSheet(text("me.log.title"));
            rows(log, List.of(List.of(text("me.log.time"), text("me.log.who"), text("me.log.role"),
                    text("me.log.action"), text("me.log.reason"))));
            for (Access a : e.accessLog()) {
                rows(log, List.of(List.of(TIME.format(a.occurredAt()), who(a),
                        a.actorRole() == null ? "" : text("role." + a.actorRole()),
                        messages.getMessage("audit.action." + a.action(), null, a.action(), locale()),
                        nz(a.reason()))));
            }
            book.write(out);
        }
    }

    private static String who(Access a) {
        return a.actorName() == null ? a.actor() : a.actorName() + " (" + a.actor() + ")";
    }

    private static void rows(Sheet sheet, List<List<String>> rows) {
        for (List<String> cells : rows) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
