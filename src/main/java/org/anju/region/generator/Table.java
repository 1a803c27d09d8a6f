package org.anju.region.generator;

/** Rows of one table in PostgreSQL's COPY text format, built in memory and copied in one go. */
public final class Table {

    private final String name;
    private final String columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    Table(String name, String columns) {
        this.name = name;
        this.columns = columns;
    }

    /** Appends a row; null is SQL null. Values never hold tabs, newlines or backslashes. */
    Table row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(values[i] == null ? "\\N" : values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    /** The COPY statement that reads {@link #text()}. */
    public String copySql() {
        return "copy " + name + " (" + columns + ") from stdin";
    }

    public String text() {
        return text.toString();
    }
}
