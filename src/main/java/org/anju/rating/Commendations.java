package org.anju.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.rating.RatingView.Commendation;
import org.anju.rating.internal.GuidanceStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commendations (表彰奖励, plan §8: 对星级高、服务好、信誉好的物业服务企业县政府将予以表彰奖励): the county records
 * one for a company serving in the county (optionally for one of its projects); it is published on the public
 * ratings page and announced as {@link CompanyCommended}, which the credit module turns into a bonus.
 */
@Service
@Transactional(readOnly = true)
public class Commendations {

    /** A commendation to record; {@code commendedOn} null = today. */
    public record NewCommendation(Long companyId, Long projectId, String title, String reason, LocalDate commendedOn) {
    }

    private final GuidanceStore store;
    private final RatingAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commendations(GuidanceStore store, RatingAccess access, AuditLog audit, ApplicationEventPublisher events,
                  Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's county's commendations (officials). */
    public List<Commendation> list() {
        access.require(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY);
        return store.commendations(access.countyId(), null, 200);
    }

    /** Public: the latest commendations of every county, or of one company. */
    public List<Commendation> published(Long companyId, int limit) {
        return store.commendations(null, companyId, limit);
    }

    @Transactional
    public Commendation record(NewCommendation c) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        String path = access.countyPath();
        if (c.companyId() == null) {
            throw InvalidRequestException.field("companyId", "rating.error.company");
        }
        String company = store.companyIn(c.companyId(), path)
                .orElseThrow(() -> new NotFoundException("company", c.companyId()));
        List<FieldError> errors = new ArrayList<>();
        if (c.projectId() != null && !store.projectOf(c.projectId(), c.companyId(), path)) {
            errors.add(new FieldError("projectId", "rating.error.project"));
        }
        String title = Standards.text(errors, "title", c.title(), 4, 128);
        String reason = Standards.text(errors, "reason", c.reason(), 5, 1000);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.commendedOn() == null ? today : c.commendedOn();
        if (on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            errors.add(new FieldError("commendedOn", "rating.error.commendedOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.commend(access.countyId(), c.companyId(), company, c.projectId(), title, reason, on,
                county.getUsername());
        audit.record(AuditEntry.created("rating-commendation", id, "表彰物业服务企业: " + company,
                Map.of("companyId", c.companyId(), "title", title)));
        events.publishEvent(new CompanyCommended(id, c.companyId(), c.projectId(), on, title));
        return new Commendation(id, c.companyId(), company, c.projectId(), title, reason, on);
    }
}
