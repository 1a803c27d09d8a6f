package org.anju.platform;

import java.lang.management.ManagementFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a scheduled job run once per slot across all nodes: each node's scheduler fires, the
 * first to insert (job, slot) runs it, the others skip. Unlike a lease lock, a slow node that
 * fires late cannot run the same slot again.
 */
@Component
public class JobSlots {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcClient jdbc;

    JobSlots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node won the slot (e.g. job "audit-verify", slot "2026-11-24"). */
    @Transactional
    public boolean claim(String job, String slot) {
        return jdbc.sql("insert into plt_job_run (job, slot, node) values (?, ?, ?) on conflict do nothing")
                .params(job, slot, NODE).update() == 1;
    }

    @Transactional
    public void finished(String job, String slot) {
        jdbc.sql("update plt_job_run set finished_at = now() where job = ? and slot = ?").params(job, slot).update();
    }

    /** Which node ran a slot, if any. */
    public java.util.Optional<String> ranBy(String job, String slot) {
        return jdbc.sql("select node from plt_job_run where job = ? and slot = ?").params(job, slot)
                .query(String.class).optional();
    }
}
