package org.anju.region.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The page's imports, run in the background so a long file shows its progress. Jobs live in
 * memory, keyed by a random id and the account that started them, and are forgotten an hour
 * after they end. Two workers at most: an import is database-bound and the machine is small.
 */
@Component
class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEEP = Duration.ofHours(1);

    private final RegisterImport importer;
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(2, 2, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(20), r -> {
                Thread t = new Thread(r, "anju-import");
                t.setDaemon(true);
                return t;
            });

    ImportJobs(RegisterImport importer) {
        this.importer = importer;
        workers.allowCoreThreadTimeOut(true);
    }

    /** Starts importing as the current account; refuses (empty) when too many imports wait. */
    Optional<ImportJob> start(String username, long estateId, String fileName, byte[] content) {
        Instant horizon = Instant.now().minus(KEEP);
        jobs.values().removeIf(j -> j.finishedBefore(horizon));
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), username, estateId, fileName);
        Runnable run = () -> {
            try {
                job.succeeded(importer.importFile(estateId, fileName, content, job));
            } catch (ImportRefused e) {
                job.refused(e.problems());
            } catch (RuntimeException e) {
                log.error("Import into estate {} failed", estateId, e);
                job.failed();
            }
        };
        jobs.put(job.id(), job);
        try {
            workers.execute(new DelegatingSecurityContextRunnable(run, SecurityContextHolder.getContext()));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            return Optional.empty();
        }
        return Optional.of(job);
    }

    /** The job, only for the account that started it. */
    Optional<ImportJob> find(String id, String username) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.username().equals(username));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
