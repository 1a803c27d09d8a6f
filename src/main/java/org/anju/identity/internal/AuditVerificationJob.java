package org.anju.identity.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.identity.AuditChain;
import org.anju.platform.JobSlots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night one node verifies the audit chain and logs the outcome (an operator alerts on "BROKEN"). */
@Component
class AuditVerificationJob {

    static final String JOB = "audit-verify";
    private static final Logger log = LoggerFactory.getLogger(AuditVerificationJob.class);

    private final AuditChain chain;
    private final JobSlots slots;

    AuditVerificationJob(AuditChain chain, JobSlots slots) {
        this.chain = chain;
        this.slots = slots;
    }

    @Scheduled(cron = "${anju.audit.verify-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        runFor(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    }

    /** Runs the verification for one slot if this node wins it; answers whether it ran here. */
    boolean runFor(String slot) {
        if (!slots.claim(JOB, slot)) {
            return false;
        }
        AuditChain.Verification v = chain.verify();
        if (v.intact()) {
            log.info("Audit chain intact: {} entries, last hash {}", v.entries(), v.lastHash());
        } else {
            log.error("Audit chain BROKEN at entry {} ({} entries checked)", v.firstBadId(), v.entries());
        }
        slots.finished(JOB, slot);
        return true;
    }
}
