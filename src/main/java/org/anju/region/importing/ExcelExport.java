package org.anju.region.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a paged list into an xlsx as a stream (SXSSF keeps 100 rows in memory), page by page
 * through the register's own jurisdiction-scoped reads, so an export shows exactly what the list shows.
 */
final class ExcelExport {

    /** Beyond this the county should narrow the filters; an xlsx this large helps no one. */
    static final int MAX_ROWS = 200_000;
    static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private ExcelExport() {
    }

    /** How many rows the export would hold, from the first page's total. */
    static <T> long count(Function<PageRequest, PageResult<T>> pages) {
        return pages.apply(new PageRequest(0, 1)).totalElements();
    }

    /** Every item of every page, in order; stops at the cap. */
    static <T> void forEach(Function<PageRequest, PageResult<T>> pages, Consumer<T> action) {
        int seen = 0;
        for (int page = 0; seen < MAX_ROWS; page++) {
            List<T> content = pages.apply(new PageRequest(page, PAGE_SIZE)).content();
            content.forEach(action);
            seen += content.size();
            if (content.size() < PAGE_SIZE) {
                return;
            }
        }
    }

    /** A sheet with a bold header row; rows(...) appends one row per call of the writer it gets. */
    static void write(OutputStream out, String sheetName, List<String> headers,
                      Consumer<Consumer<List<?>>> rows) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            book.setCompressTempFiles(true);
            Sheet sheet = book.createSheet(sheetName);
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                first.createCell(i).setCellValue(headers.get(i));
                first.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof BigDecimal d) {
                        row.createCell(i).setCellValue(d.doubleValue());
                    } else if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            });
            book.write(out);
        }
    }
}
