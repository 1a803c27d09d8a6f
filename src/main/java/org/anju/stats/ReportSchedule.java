package org.anju.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.anju.platform.JobSlots;
import org.anju.region.RegionLevel;
import org.anju.region.RegionPlaces;
import org.anju.region.RegionPlaces.Place;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled reports: on the first of each month, last month's report of every county and each of its
 * townships; on the first of January also last year's. One node does it (JobSlots, decision 0006).
 */
@Component
class ReportSchedule {

    static final String JOB = "stats-reports";

    private final Reports reports;
    private final RegionPlaces places;
    private final JobSlots slots;
    private final Clock clock;

    ReportSchedule(Reports reports, RegionPlaces places, JobSlots slots, Clock clock) {
        this.reports = reports;
        this.places = places;
        this.slots = slots;
        this.clock = clock;
    }

    @Scheduled(cron = "${anju.stats.report-cron:0 30 1 1 * *}", zone = "Asia/Shanghai")
    void scheduled() {
        LocalDate today = LocalDate.now(clock);
        String slot = YearMonth.from(today).toString();
        if (slots.claim(JOB, slot)) {
            run(today);
            slots.finished(JOB, slot);
        }
    }

    /** Generates the reports due on that day (last month's, and last year's in January). */
    void run(LocalDate today) {
        String month = YearMonth.from(today).minusMonths(1).toString();
        for (Place county : places.ofLevel(RegionLevel.COUNTY)) {
            generate(county, ReportKind.MONTHLY, month);
            if (today.getMonthValue() == 1) {
                generate(county, ReportKind.YEARLY, String.valueOf(today.getYear() - 1));
            }
        }
    }

    private void generate(Place county, ReportKind kind, String period) {
        reports.generateNow(county, kind, period, "system");
        for (Place township : places.children(county.id())) {
            reports.generateNow(township, kind, period, "system");
        }
    }
}
