package org.anju.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.casework.internal.StatsStore;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' figures ({@link CaseStats}) within the caller's scope: the county, a township or a
 * community over its area; a department or company over what was dispatched to it. Owners and committees
 * are refused (403); a township outside the caller's area is 404.
 */
@Service
@Transactional(readOnly = true)
public class CaseworkStats {

    private final StatsStore store;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    CaseworkStats(StatsStore store, Jurisdictions jurisdictions, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** from and to: days of receipt, both included; null = open-ended. */
    public CaseStats stats(CaseStats.Grouping grouping, Long townshipId, LocalDate from, LocalDate to) {
        AnjuUser u = Jurisdictions.currentUser().filter(CaseworkStats::mayRead)
                .orElseThrow(() -> new AccessDeniedException("CASEWORK_STATS"));
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidRequestException.field("to", "casework.error.period");
        }
        Jurisdiction j = jurisdictions.current();
        if (townshipId != null && !store.townshipPath(townshipId).map(j::coversRegion).orElse(false)) {
            throw new NotFoundException("township", townshipId);
        }
        CaseStats.Grouping g = grouping == null ? CaseStats.Grouping.TOWNSHIP : grouping;
        List<CaseStats.Line> lines = store.lines(CaseAccess.scope(u, j), g, townshipId,
                from == null ? null : from.atStartOfDay(DeadlinePolicy.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(DeadlinePolicy.ZONE).toInstant(), clock.instant());
        CaseStats.Line total = lines.stream().reduce(CaseStats.Line.of("total", "total", 0, 0, 0, 0, 0, 0, 0, 0, 0),
                CaseStats.Line::plus);
        return new CaseStats(g, lines, total);
    }

    /** Whether the caller may read the figures at all. */
    public static boolean mayRead(AnjuUser u) {
        return CaseAccess.government(u) || u.role() == Role.DEPARTMENT || u.role() == Role.PROPERTY_COMPANY;
    }
}
