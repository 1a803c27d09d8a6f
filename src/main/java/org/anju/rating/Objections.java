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
import org.anju.rating.RatingView.Detail;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.Round;
import org.anju.rating.internal.RatingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to a published star: anyone signed in (the owners' committee first of all) may object within
 * the round's window, since the star is public; the county answers each with a recorded answer, keeping the star
 * or revising it (0 = no star).
 */
@Service
@Transactional
public class Objections {

    /** The county's answer: MAINTAINED, or REVISED with the new star. */
    public record Answer(String outcome, Integer revisedStar, String answer) {
    }

    private final RatingStore store;
    private final Rounds rounds;
    private final RatingAccess access;
    private final FeeGuidance guidance;
    private final AuditLog audit;
    private final Clock clock;

    Objections(RatingStore store, Rounds rounds, RatingAccess access, FeeGuidance guidance, AuditLog audit,
               Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.access = access;
        this.guidance = guidance;
        this.audit = audit;
        this.clock = clock;
    }

    public Detail object(long roundId, long projectId, String reason) {
        AnjuUser who = access.user();
        Entry e = published(roundId, projectId);
        Round r = store.round(roundId);
        if (LocalDate.now(clock).isAfter(r.objectionUntil())) {
            throw InvalidRequestException.rule("reason", "rating.error.windowClosed", r.objectionUntil());
        }
        List<FieldError> errors = new ArrayList<>();
        String text = Standards.text(errors, "reason", reason, 5, 2000);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.object(e.id(), who.getUsername(), who.role().name(), text);
        audit.record(AuditEntry.created("rating-objection", id, "对星级评定提出异议: " + e.estateName(),
                Map.of("entryId", e.id())));
        return detailFor(roundId, projectId, e);
    }

    public Detail answer(long roundId, long projectId, long objectionId, Answer a) {
        AnjuUser county = access.require(Role.COUNTY_AUTHORITY);
        Entry e = rounds.entry(roundId, projectId);
        if (e.stage() != EntryStage.PUBLISHED) {
            throw new NotFoundException("rating-objection", objectionId);
        }
        List<FieldError> errors = new ArrayList<>();
        String text = Standards.text(errors, "answer", a.answer(), 5, 2000);
        boolean revised = "REVISED".equals(a.outcome());
        if (!revised && !"MAINTAINED".equals(a.outcome())) {
            errors.add(new FieldError("outcome", "rating.error.outcome"));
        }
        if (revised && (a.revisedStar() == null || a.revisedStar() < 0 || a.revisedStar() > 5)) {
            errors.add(new FieldError("revisedStar", "rating.error.revisedStar"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Integer star = revised ? a.revisedStar() : null;
        if (!store.answer(e.id(), objectionId, a.outcome(), star, text, county.getUsername())) {
            throw new NotFoundException("rating-objection", objectionId);
        }
        if (revised) {
            store.star(e.id(), star == 0 ? null : star);
            guidance.check(access.countyId());
        }
        audit.record(new AuditEntry("ANSWER", "rating-objection", String.valueOf(objectionId), "答复星级评定异议: "
                + e.estateName(), Map.of("star", e.star() == null ? 0 : e.star()),
                Map.of("outcome", a.outcome(), "star", star == null ? "-" : star), text));
        return rounds.detail(roundId, projectId);
    }

    /** A published entry: public, so any signed-in caller may object to it; 404 when not published. */
    private Entry published(long roundId, long projectId) {
        return store.entry(roundId, projectId, new org.anju.identity.Jurisdiction.Condition(
                        "x.stage = 'PUBLISHED'", Map.of()))
                .orElseThrow(() -> new NotFoundException("rating-entry", projectId));
    }

    /** The rater's detail when the caller may see the entry, else the round's public view of it. */
    private Detail detailFor(long roundId, long projectId, Entry e) {
        // asked without an exception: one crossing a transactional proxy would mark the transaction rollback-only
        if (store.entry(roundId, projectId, access.entries()).isPresent()) {
            return rounds.detail(roundId, projectId);
        }
        return new Detail(store.round(roundId), e, null, List.of(), List.of(), store.sections(e.id()),
                store.objections(e.id()), List.of());
    }
}
