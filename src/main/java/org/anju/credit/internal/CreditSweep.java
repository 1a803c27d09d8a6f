package org.anju.credit.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.anju.credit.CreditBook;
import org.anju.platform.JobSlots;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (decision 0006: one node per slot), every company's grade is recomputed, so that an event that expired
 * overnight stops counting and the lists change with it (with history).
 */
@Component
class CreditSweep {

    private final CreditBook book;
    private final JobSlots slots;
    private final Clock clock;

    CreditSweep(CreditBook book, JobSlots slots, Clock clock) {
        this.book = book;
        this.slots = slots;
        this.clock = clock;
    }

    @Scheduled(cron = "${anju.credit.sweep-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    void sweep() {
        String slot = LocalDate.now(clock).toString();
        if (slots.claim("credit-sweep", slot)) {
            book.recomputeAll("每日重算 (信用信息到期)");
            slots.finished("credit-sweep", slot);
        }
    }
}
