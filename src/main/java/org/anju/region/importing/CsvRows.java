package org.anju.region.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a CSV file in UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one),
 * quoted as RFC 4180 says. A file in another encoding (Excel's plain CSV is GBK) is refused.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<SourceRow> read(byte[] content, int maxRows) {
        String text = decode(content);
        List<SourceRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString().strip());
                cell.setLength(0);
                add(rows, cells, maxRows);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new ImportRefused(RowProblem.file("import.file.csvQuote", rows.size() + 1));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString().strip());
            add(rows, cells, maxRows);
        }
        return rows;
    }

    private static void add(List<SourceRow> rows, List<String> cells, int maxRows) {
        if (rows.size() > maxRows) {
            throw new ImportRefused(RowProblem.file("import.file.tooManyRows", maxRows));
        }
        rows.add(new SourceRow(rows.size() + 1, List.copyOf(cells)));
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused(RowProblem.file("import.file.encoding"));
        }
    }
}
