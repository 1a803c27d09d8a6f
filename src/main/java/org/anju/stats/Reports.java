package org.anju.stats;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.RegionPlaces;
import org.anju.region.RegionPlaces.Place;
import org.anju.stats.internal.ReportStore;
import org.anju.stats.internal.ReportStore.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Monthly and yearly reports of the county and each township (issue 13): requested on demand or by
 * {@link ReportSchedule}, generated in the background (one at a time, progress kept on the row for the page to
 * poll), kept as PDF (Chinese, with charts) and Excel. The county sees its own and its townships' reports, a
 * township its own; a report outside is 404.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private static final Logger log = LoggerFactory.getLogger(Reports.class);

    private final ReportStore store;
    private final RegionPlaces places;
    private final ReportRenderer renderer;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stats-reports");
        t.setDaemon(true);
        return t;
    });

    Reports(ReportStore store, RegionPlaces places, ReportRenderer renderer, AuditLog audit, Clock clock) {
        this.store = store;
        this.places = places;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The regions the caller may have reports of: the county and its townships, or the township itself. */
    public List<Place> regions() {
        StatsCaller c = caller();
        if (!c.county()) {
            return places.place(c.townshipId()).stream().toList();
        }
        List<Place> regions = new ArrayList<>(places.place(c.countyId()).stream().toList());
        regions.addAll(places.children(c.countyId()));
        return regions;
    }

    public PageResult<Report> reports(PageRequest page) {
        String path = path(caller());
        return new PageResult<>(store.page(path, page), store.count(path), page.page(), page.size());
    }

    public Report report(long id) {
        return store.find(path(caller()), id).orElseThrow(() -> new NotFoundException("report", id));
    }

    /** A kept file ({@code pdf} or {@code xlsx}); 404 outside or before it is generated. */
    public byte[] file(long id, String format) {
        report(id);
        return store.file(id, format).orElseThrow(() -> new NotFoundException("report", id));
    }

    /**
     * Queues the report of a region and period (period {@code 2026-10} for a month, {@code 2026} for a year; not
     * in the future) and starts it after commit; one already queued or running is returned as it is.
     */
    @Transactional
    public Report request(Long regionId, ReportKind kind, String period) {
        StatsCaller c = caller();
        if (regionId == null) {
            throw InvalidRequestException.field("regionId", "report.error.region");
        }
        Place region = regions().stream().filter(p -> p.id() == regionId).findFirst()
                .orElseThrow(() -> new NotFoundException("region", regionId));
        if (kind == null) {
            throw InvalidRequestException.field("kind", "report.error.kind");
        }
        LocalDate[] range = range(kind, period);
        if (range[0].isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.field("period", "report.error.period");
        }
        var queued = store.queue(region.id(), region.name(), region.path(), kind, period.strip(), range[0], range[1],
                c.username());
        long id = queued.orElseGet(() -> store.existing(region.id(), kind, period.strip()).orElseThrow());
        if (queued.isPresent()) {
            audit.record(AuditEntry.created("stats-report", id, "生成报表 " + region.name() + " " + period.strip(),
                    Map.of("kind", kind.name(), "period", period.strip())));
            afterCommit(() -> worker.submit(() -> generate(id)));
        }
        return report(id);
    }

    /**
     * Queues and generates a report now, in this thread and in one transaction (the caller's, e.g. the demo data's),
     * whoever calls (the schedule, the demo data).
     */
    @Transactional
    public void generateNow(Place region, ReportKind kind, String period, String by) {
        LocalDate[] range = range(kind, period);
        store.queue(region.id(), region.name(), region.path(), kind, period, range[0], range[1], by)
                .ifPresent(this::generate);
    }

    /** Renders a queued report, keeping its progress; a failure marks it FAILED with the reason. */
    void generate(long id) {
        try {
            Report r = store.find("", id).orElseThrow();
            Place region = places.place(r.regionId()).orElseThrow();
            renderer.render(region, r, (status, progress) -> store.progress(id, status, progress),
                    (pdf, xlsx) -> store.done(id, pdf, xlsx));
        } catch (RuntimeException e) {
            log.warn("Report {} failed", id, e);
            store.failed(id, e.toString());
        }
    }

    /** The first and last day of the period; 400 for a malformed one. */
    static LocalDate[] range(ReportKind kind, String period) {
        try {
            if (period != null && kind == ReportKind.MONTHLY && period.strip().matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(period.strip());
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (period != null && kind == ReportKind.YEARLY && period.strip().matches("\\d{4}")) {
                Year y = Year.parse(period.strip());
                return new LocalDate[] {y.atDay(1), y.atMonth(12).atEndOfMonth()};
            }
        } catch (DateTimeParseException e) {
            // falls through to the 400
        }
        throw InvalidRequestException.field("period", "report.error.period");
    }

    private String path(StatsCaller c) {
        long region = c.county() ? c.countyId() : c.townshipId();
        return places.place(region).map(Place::path).orElseThrow(() -> new NotFoundException("region", region));
    }

    private StatsCaller caller() {
        return StatsCaller.current(places);
    }

    private static void afterCommit(Runnable r) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    r.run();
                }
            });
        } else {
            r.run();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
