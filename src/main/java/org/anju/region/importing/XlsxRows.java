package org.anju.region.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Rows of the first sheet of an xlsx file, read as a stream (memory stays small for big files).
 * Numbers come as plain text whatever the cell's display format, so 88.5 stays 88.5 and a phone
 * typed as a number stays 13812345678.
 */
final class XlsxRows {

    private static final int MAX_COLUMNS = 16;

    private XlsxRows() {
    }

    static List<SourceRow> read(byte[] content, int maxRows) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportRefused(RowProblem.file("import.file.empty"));
            }
            Collector rows = new Collector(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), rows, new PlainNumbers(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows;
        }
    }

    /** Shows numbers as their plain decimal value, never in the cell's display format. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SourceRow> rows = new ArrayList<>();
        private String[] cells;
        private int next;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new String[MAX_COLUMNS];
            Arrays.fill(cells, "");
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            SourceRow row = new SourceRow(rowNum + 1, List.of(cells));
            if (!row.blank()) {
                if (rows.size() > maxRows) {
                    throw new ImportRefused(RowProblem.file("import.file.tooManyRows", maxRows));
                }
                rows.add(row);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            next = column + 1;
            if (column < MAX_COLUMNS && value != null) {
                cells[column] = value.strip();
            }
        }
    }
}
