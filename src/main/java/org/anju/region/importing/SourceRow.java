package org.anju.region.importing;

import java.util.List;

/** One row of an uploaded file: its number as Excel shows it and its cells as trimmed text. */
record SourceRow(int row, List<String> cells) {

    String cell(ImportColumn column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()) : "";
    }

    boolean blank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
