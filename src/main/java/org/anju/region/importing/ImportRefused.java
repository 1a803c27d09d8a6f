package org.anju.region.importing;

import java.util.List;

/** A file that cannot be imported as it stands; nothing of it was written. */
class ImportRefused extends RuntimeException {

    private final List<RowProblem> problems;

    ImportRefused(List<RowProblem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    ImportRefused(RowProblem problem) {
        this(List.of(problem));
    }

    List<RowProblem> problems() {
        return problems;
    }
}
