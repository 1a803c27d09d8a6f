package org.anju.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.platform.JobSlots;
import org.anju.stats.internal.TaskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates overdue supervision tasks once each (督办升级): the task gets its escalation time and an ESCALATED step
 * on its history, and stays red at the top of the county's and the township's to-do until reported. Daily at 08:00
 * one node does it (JobSlots, decision 0006); {@link #sweep} is what tests call.
 */
@Component
public class SupervisionSweep {

    static final String JOB = "stats-supervision";
    private static final Logger log = LoggerFactory.getLogger(SupervisionSweep.class);

    private final TaskStore store;
    private final JobSlots slots;
    private final Clock clock;

    SupervisionSweep(TaskStore store, JobSlots slots, Clock clock) {
        this.store = store;
        this.slots = slots;
        this.clock = clock;
    }

    @Scheduled(cron = "${anju.stats.supervision-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        String slot = LocalDate.now(clock).toString();
        if (slots.claim(JOB, slot)) {
            log.info("Supervision tasks escalated: {}", sweep(LocalDate.now(clock)));
            slots.finished(JOB, slot);
        }
    }

    /** Escalates the tasks overdue on that day and not escalated yet; returns how many. */
    @Transactional
    public int sweep(LocalDate today) {
        List<Long> due = store.toEscalate(today);
        for (long id : due) {
            store.escalated(id, clock.instant());
            store.event(id, "ESCALATED", null, "system");
        }
        return due.size();
    }
}
