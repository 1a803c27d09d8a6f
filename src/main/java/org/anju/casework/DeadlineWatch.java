package org.anju.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.anju.casework.internal.CaseStore;
import org.anju.casework.internal.CaseStore.Row;
import org.anju.platform.JobSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns the body when three quarters of a complaint's time has passed and escalates an overdue complaint to
 * its township (issue 7; rules.md §7): each once, on the complaint's timeline, where the township's overdue
 * list picks it up. Every ten minutes one node does it (JobSlots); {@link #sweep} is what tests call.
 */
@Component
public class DeadlineWatch {

    static final String JOB = "casework-deadlines";
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    /** How many were warned and escalated in one sweep. */
    public record Swept(int warned, int escalated) {
    }

    private final CaseStore store;
    private final JobSlots slots;
    private final Clock clock;

    DeadlineWatch(CaseStore store, JobSlots slots, Clock clock) {
        this.store = store;
        this.slots = slots;
        this.clock = clock;
    }

    @Scheduled(cron = "${anju.casework.deadline-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        Instant now = clock.instant();
        String slot = now.truncatedTo(ChronoUnit.MINUTES).toString();
        if (slots.claim(JOB, slot)) {
            Swept s = sweep(now);
            log.info("Casework deadlines: {} warned, {} escalated", s.warned(), s.escalated());
            slots.finished(JOB, slot);
        }
    }

    /** Warns and escalates what is due at that instant; a complaint already warned or escalated is left alone. */
    @Transactional
    public Swept sweep(Instant now) {
        int warned = 0;
        for (Row r : store.toWarn(now)) {
            store.mark(r.id(), "warned_at", now);
            store.event(r.id(), "WARNED", r.bodyName(), "system", now);
            warned++;
        }
        int escalated = 0;
        for (Row r : store.toEscalate(now)) {
            store.mark(r.id(), "escalated_at", now);
            store.event(r.id(), "ESCALATED", r.townshipName(), "system", now);
            escalated++;
        }
        return new Swept(warned, escalated);
    }
}
