package org.anju.region.importing;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Puts refused rows into words, in the reader's language, for the API answer and the page. */
@Component
class ProblemTexts {

    /** At most this many problems are listed; the total is always stated. */
    static final int MAX_LISTED = 1_000;

    /** One refused row (row null for the whole file), as shown. */
    record Line(Integer row, String column, String reason) {
    }

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Line> lines(List<RowProblem> problems) {
        return problems.stream().limit(MAX_LISTED).map(this::line).toList();
    }

    Line line(RowProblem p) {
        return new Line(p.wholeFile() ? null : p.row(), p.column() == null ? text("import.column.file")
                : text(p.column().messageKey()), text(p.messageKey(), p.args()));
    }

    /** "第5行 证件号码", or "文件" for a problem of the whole file. */
    String field(Line line) {
        return line.row() == null ? line.column() : text("import.problem.field", line.row(), line.column());
    }

    /** The summary: how many problems, and that nothing was written. */
    String detail(List<RowProblem> problems) {
        return problems.size() > MAX_LISTED ? text("import.refused.detailCapped", problems.size(), MAX_LISTED)
                : text("import.refused.detail", problems.size());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
