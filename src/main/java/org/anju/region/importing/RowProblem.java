package org.anju.region.importing;

/**
 * Why a row (or the whole file, row 0) was refused: a message key with its arguments, resolved
 * in the reader's language when shown. Row numbers are those Excel shows (the header is row 1).
 */
record RowProblem(int row, ImportColumn column, String messageKey, Object... args) {

    static RowProblem file(String messageKey, Object... args) {
        return new RowProblem(0, null, messageKey, args);
    }

    boolean wholeFile() {
        return row == 0;
    }
}
