package org.anju.tender.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.anju.tender.TenderView.Detail;

/** Instants as the pages show them: Beijing time, 2026-11-24 09:30. */
final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Times() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** The tender's times and its bids' submission times (key bid{id}). */
    static Map<String, String> of(Detail d) {
        Map<String, String> times = new HashMap<>();
        times.put("deadline", format(d.tender().deadline()));
        times.put("openingAt", format(d.tender().openingAt()));
        times.put("awardedAt", format(d.awardedAt()));
        d.bids().forEach(b -> times.put("bid" + b.id(), format(b.submittedAt())));
        return times;
    }
}
