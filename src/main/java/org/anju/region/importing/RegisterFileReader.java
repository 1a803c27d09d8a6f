package org.anju.region.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an upload into data rows: xlsx (by its content, not its name) or else UTF-8 CSV, whose
 * first row must be the template's eight headers in order. Anything else is refused with a
 * reason a clerk can act on; a damaged file never becomes a server error.
 */
final class RegisterFileReader {

    /** More rows than any estate has houses and owners; keeps memory and answer size bounded. */
    static final int MAX_ROWS = 50_000;

    private static final Logger log = LoggerFactory.getLogger(RegisterFileReader.class);

    private RegisterFileReader() {
    }

    /** The data rows (header checked and dropped, blank rows skipped). */
    static List<SourceRow> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRefused(RowProblem.file("import.file.empty"));
        }
        List<SourceRow> rows = rows(fileName == null ? "" : fileName.toLowerCase(Locale.ROOT), content);
        rows.removeIf(SourceRow::blank);
        if (rows.isEmpty()) {
            throw new ImportRefused(RowProblem.file("import.file.empty"));
        }
        checkHeader(rows.get(0));
        if (rows.size() == 1) {
            throw new ImportRefused(RowProblem.file("import.file.noRows"));
        }
        return rows.subList(1, rows.size());
    }

    private static List<SourceRow> rows(String name, byte[] content) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(content));
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OOXML) {
            try {
                return new ArrayList<>(XlsxRows.read(content, MAX_ROWS));
            } catch (ImportRefused e) {
                throw e;
            } catch (Exception | LinkageError e) {
                log.info("Unreadable xlsx upload: {}", e.toString());
                throw new ImportRefused(RowProblem.file("import.file.unreadable"));
            }
        }
        if (magic == FileMagic.OLE2) {
            throw new ImportRefused(RowProblem.file("import.file.xls"));
        }
        if (magic != FileMagic.UNKNOWN || name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new ImportRefused(RowProblem.file("import.file.type"));
        }
        return new ArrayList<>(CsvRows.read(content, MAX_ROWS));
    }

    private static void checkHeader(SourceRow header) {
        List<RowProblem> problems = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            String found = header.cell(column);
            if (!column.header().equals(found)) {
                problems.add(new RowProblem(header.row(), column, "import.header.mismatch", column.header(),
                        found.isEmpty() ? "—" : found));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
    }
}
