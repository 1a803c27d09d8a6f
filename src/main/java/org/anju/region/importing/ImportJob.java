package org.anju.region.importing;

import java.time.Instant;
import java.util.List;

/**
 * One import running in the background for the page: where it stands, then its counts or its
 * refused rows. Only the account that started it may see it.
 */
final class ImportJob implements ImportProgress {

    /** Where a job stands. */
    enum State {
        /** waiting for a worker */
        QUEUED,
        /** 校验中 */
        VALIDATING,
        /** 写入中 */
        WRITING,
        /** written */
        DONE,
        /** refused rows: nothing written */
        REFUSED,
        /** an unexpected error: nothing written */
        FAILED;

        boolean running() {
            return this == QUEUED || this == VALIDATING || this == WRITING;
        }
    }

    private final String id;
    private final String username;
    private final long estateId;
    private final String fileName;
    private volatile State state = State.QUEUED;
    private volatile int done;
    private volatile int total;
    private volatile ImportCounts counts;
    private volatile List<RowProblem> problems = List.of();
    private volatile Instant finishedAt;

    ImportJob(String id, String username, long estateId, String fileName) {
        this.id = id;
        this.username = username;
        this.estateId = estateId;
        this.fileName = fileName;
    }

    @Override
    public void update(Stage stage, int done, int total) {
        this.state = stage == Stage.VALIDATING ? State.VALIDATING : State.WRITING;
        this.total = total;
        this.done = done;
    }

    void succeeded(ImportCounts counts) {
        this.counts = counts;
        finish(State.DONE);
    }

    void refused(List<RowProblem> problems) {
        this.problems = List.copyOf(problems);
        finish(State.REFUSED);
    }

    void failed() {
        finish(State.FAILED);
    }

    private void finish(State end) {
        finishedAt = Instant.now();
        state = end;
    }

    boolean finishedBefore(Instant time) {
        Instant f = finishedAt;
        return f != null && f.isBefore(time);
    }

    public String id() {
        return id;
    }

    String username() {
        return username;
    }

    public long estateId() {
        return estateId;
    }

    public String fileName() {
        return fileName;
    }

    public State state() {
        return state;
    }

    public boolean running() {
        return state.running();
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }

    /** Percent done of the current stage, for the progress bar. */
    public int percent() {
        int t = total;
        return t == 0 ? 0 : (int) (100L * done / t);
    }

    public ImportCounts counts() {
        return counts;
    }

    List<RowProblem> problems() {
        return problems;
    }
}
