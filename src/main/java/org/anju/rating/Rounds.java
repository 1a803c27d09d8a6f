package org.anju.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.calendar.WorkingCalendar;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.measure.ProjectEvidence;
import org.anju.platform.measure.ProjectEvidenceSource;
import org.anju.rating.RatingView.Detail;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.Round;
import org.anju.rating.internal.RatingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rating rounds (plan §8): the county opens a round with its current standard and every project serving in the
 * county; raters read each project's detail with the evidence of the other modules; the county approves scored
 * projects (住建局审核) and publishes the round, which opens the objection window and makes the approved stars
 * valid until the next publication.
 */
@Service
@Transactional(readOnly = true)
public class Rounds {

    /** A round to open; null panel size = 3 experts, null objection days = 5 working days. */
    public record NewRound(String title, LocalDate selfDue, Integer panelSize, Integer objectionDays) {
    }

    private final RatingStore store;
    private final Standards standards;
    private final RatingAccess access;
    private final List<ProjectEvidenceSource> sources;
    private final FeeGuidance guidance;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    Rounds(RatingStore store, Standards standards, RatingAccess access, List<ProjectEvidenceSource> sources,
           FeeGuidance guidance, WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.store = store;
        this.standards = standards;
        this.access = access;
        this.sources = sources;
        this.guidance = guidance;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Round> list(PageRequest page) {
        access.user();
        String county = access.countyPath();
        var in = access.entries();
        return new PageResult<>(store.rounds(county, in, page), store.countRounds(county, in), page.page(),
                page.size());
    }

    /** The round; 404 when the caller has nothing in it. */
    public Round get(long id) {
        access.user();
        return store.round(id, access.countyPath(), access.entries())
                .orElseThrow(() -> new NotFoundException("rating-round", id));
    }

    @Transactional
    public Round open(NewRound r) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        long countyId = access.countyId();
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String title = Standards.text(errors, "title", r.title(), 4, 128);
        if (r.selfDue() == null || r.selfDue().isBefore(today) || r.selfDue().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("selfDue", "rating.error.selfDue"));
        }
        int panel = r.panelSize() == null ? 3 : r.panelSize();
        if (panel < 1 || panel > 7) {
            errors.add(new FieldError("panelSize", "rating.error.panelSize"));
        }
        int days = r.objectionDays() == null ? 5 : r.objectionDays();
        if (days < 1 || days > 30) {
            errors.add(new FieldError("objectionDays", "rating.error.objectionDays"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (store.openRound(countyId)) {
            throw InvalidRequestException.rule("title", "rating.error.roundOpen");
        }
        long standard = standards.currentId(countyId, county.getUsername());
        long id = store.insertRound(new RatingStore.NewRound(countyId, access.countyPath(), standard, title, today,
                r.selfDue(), panel, days, county.getUsername()));
        int projects = store.addEntries(id, access.countyPath(), today);
        audit.record(AuditEntry.created("rating-round", id, "开启星级评定: " + title,
                Map.of("projects", projects, "standardId", standard)));
        return get(id);
    }

    public PageResult<Entry> entries(long roundId, EntryStage stage, String text, PageRequest page) {
        get(roundId);
        var in = access.entries();
        return new PageResult<>(store.entries(roundId, in, stage, text, page),
                store.countEntries(roundId, in, stage, text), page.page(), page.size());
    }

    /** The project in the round with its sheets, panel, objections and the evidence of other modules. */
    public Detail detail(long roundId, long projectId) {
        Entry e = entry(roundId, projectId);
        Round round = store.round(roundId);
        LocalDate to = LocalDate.now(clock);
        List<ProjectEvidence> evidence = new ArrayList<>();
        sources.forEach(s -> evidence.addAll(s.evidence(e.projectId(), e.companyId(), e.estateId(),
                round.openedOn().minusYears(1), to)));
        return new Detail(round, e, standards.byId(round.standardId()), store.sheets(e.id()), store.panel(e.id()),
                store.sections(e.id()), store.objections(e.id()), evidence);
    }

    /** A project's entries in every round, newest first; 404 when the caller may see none. */
    public List<Entry> history(long projectId) {
        access.user();
        List<Entry> h = store.history(projectId, access.entries());
        if (h.isEmpty()) {
            throw new NotFoundException("project", projectId);
        }
        return h;
    }

    @Transactional
    public Detail approve(long roundId, long projectId) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        Entry e = entry(roundId, projectId);
        if (e.stage() != EntryStage.SCORED) {
            throw InvalidRequestException.rule("stage", "rating.error.notScored");
        }
        store.approve(e.id(), county.getUsername(), LocalDate.now(clock));
        audit.record(new AuditEntry("APPROVE", "rating-entry", String.valueOf(e.id()), "审核通过星级: "
                + e.estateName(), null, Map.of("star", e.star() == null ? 0 : e.star(), "score", e.finalScore()), null));
        return detail(roundId, projectId);
    }

    /** Publishes the approved stars; the others stay unrated. Checks every fee against the new stars. */
    @Transactional
    public Round publish(long roundId) {
        access.require(Role.COUNTY_AUTHORITY);
        Round r = get(roundId);
        if (r.status() != RoundStatus.OPEN) {
            throw InvalidRequestException.rule("status", "rating.error.published");
        }
        if (r.approved() == 0) {
            throw InvalidRequestException.rule("status", "rating.error.nothingApproved");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = calendar.days().deadline(today, r.objectionDays());
        store.publishRound(roundId, today, until);
        audit.record(new AuditEntry("PUBLISH", "rating-round", String.valueOf(roundId), "公布星级评定结果: "
                + r.title(), null, Map.of("approved", r.approved(), "objectionUntil", until.toString()), null));
        guidance.check(access.countyId());
        return get(roundId);
    }

    /** The entry inside the caller's view; 404 outside. */
    Entry entry(long roundId, long projectId) {
        access.user();
        return store.entry(roundId, projectId, access.entries())
                .orElseThrow(() -> new NotFoundException("rating-entry", projectId));
    }
}
