package org.anju.stats.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.platform.PageRequest;
import org.anju.stats.ReportKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** sts_report: the kept reports, their progress and their files. */
@Repository
public class ReportStore {

    /** A report's row without its files. */
    public record Report(long id, long regionId, String regionName, String regionPath, ReportKind kind, String period,
                         LocalDate from, LocalDate to, String status, int progress, boolean hasPdf, boolean hasXlsx,
                         String error, String requestedBy, Instant requestedAt, Instant finishedAt) {

        public boolean running() {
            return status.equals("QUEUED") || status.equals("RUNNING");
        }
    }

    private static final String COLUMNS = "id, region_id, region_name, region_path, kind, period, period_from,"
            + " period_to, status, progress, pdf is not null as has_pdf, xlsx is not null as has_xlsx, error,"
            + " requested_by, requested_at, finished_at";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a report (a new row, or the existing row of that region and period reset), unless it is already
     * queued or running; returns its id and whether it was queued now.
     */
    public Optional<Long> queue(long regionId, String name, String path, ReportKind kind, String period, LocalDate from,
                                LocalDate to, String by) {
        return jdbc.sql("""
                        insert into sts_report (region_id, region_name, region_path, kind, period, period_from,
                                                period_to, status, requested_by)
                        values (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)
                        on conflict (region_id, kind, period) do update set status = 'QUEUED', progress = 0,
                            error = null, requested_by = excluded.requested_by, requested_at = now(),
                            finished_at = null, region_name = excluded.region_name
                        where sts_report.status in ('DONE', 'FAILED') returning id""")
                .params(regionId, name, path, kind.name(), period, from, to, by).query(Long.class).optional();
    }

    public Optional<Long> existing(long regionId, ReportKind kind, String period) {
        return jdbc.sql("select id from sts_report where region_id = ? and kind = ? and period = ?")
                .params(regionId, kind.name(), period).query(Long.class).optional();
    }

    public Optional<Report> find(String pathPrefix, long id) {
        return jdbc.sql("select " + COLUMNS + " from sts_report where id = ? and region_path like ? || '%'")
                .params(id, pathPrefix).query((rs, n) -> report(rs)).optional();
    }

    public List<Report> page(String pathPrefix, PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from sts_report where region_path like ? || '%'"
                        + " order by requested_at desc, id desc limit ? offset ?")
                .params(pathPrefix, page.size(), page.offset()).query((rs, n) -> report(rs)).list();
    }

    public long count(String pathPrefix) {
        return jdbc.sql("select count(*) from sts_report where region_path like ? || '%'").param(pathPrefix)
                .query(Long.class).single();
    }

    public void progress(long id, String status, int progress) {
        jdbc.sql("update sts_report set status = ?, progress = ? where id = ?").params(status, progress, id).update();
    }

    public void done(long id, byte[] pdf, byte[] xlsx) {
        jdbc.sql("update sts_report set status = 'DONE', progress = 100, pdf = ?, xlsx = ?, finished_at = now()"
                + " where id = ?").params(pdf, xlsx, id).update();
    }

    public void failed(long id, String error) {
        jdbc.sql("update sts_report set status = 'FAILED', error = ?, finished_at = now() where id = ?")
                .params(error == null ? "error" : error.substring(0, Math.min(error.length(), 500)), id).update();
    }

    public Optional<byte[]> file(long id, String column) {
        return jdbc.sql("select " + (column.equals("pdf") ? "pdf" : "xlsx") + " from sts_report where id = ?")
                .param(id).query((rs, n) -> rs.getBytes(1)).optional().filter(b -> b != null);
    }

    private static Report report(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Report(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_name"),
                rs.getString("region_path"), ReportKind.valueOf(rs.getString("kind")), rs.getString("period"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("status"), rs.getInt("progress"), rs.getBoolean("has_pdf"), rs.getBoolean("has_xlsx"),
                rs.getString("error"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
