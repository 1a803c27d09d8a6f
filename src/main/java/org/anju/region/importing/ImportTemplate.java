package org.anju.region.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The import template a clerk downloads: the eight headers in order, the ID and phone columns
 * formatted as text (so Excel keeps all 18 digits), and a second sheet "填写说明" with the rules.
 */
@Component
class ImportTemplate {

    static final String INSTRUCTIONS_SHEET = "填写说明";
    private static final int RULES = 9;

    private final MessageSource messages;

    ImportTemplate(MessageSource messages) {
        this.messages = messages;
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Sheet sheet = book.createSheet("登记册");
            Row row = sheet.createRow(0);
            for (ImportColumn column : ImportColumn.values()) {
                row.createCell(column.ordinal()).setCellValue(column.header());
                row.getCell(column.ordinal()).setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), (column == ImportColumn.ID_NUMBER ? 22 : 14) * 256);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            sheet.createFreezePane(0, 1);
            Sheet rules = book.createSheet(INSTRUCTIONS_SHEET);
            rules.setColumnWidth(0, 100 * 256);
            for (int i = 0; i <= RULES; i++) {
                rules.createRow(i).createCell(0).setCellValue(text("import.rule." + i));
            }
            rules.getRow(0).getCell(0).setCellStyle(header);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line with a UTF-8 byte-order mark, so Excel opens the Chinese correctly. */
    byte[] csv() {
        return ("\uFEFF" + String.join(",", ImportColumn.HEADERS) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
