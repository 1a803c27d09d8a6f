package org.anju.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.governance.CommitteeCoverage;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterView;
import org.anju.voting.VoteView.MotionResult;
import org.anju.voting.VoteView.Result;
import org.anju.voting.VoteView.Vote;
import org.anju.voting.VoteView.Voter;
import org.anju.voting.internal.VoteStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes' public API (issue 5): reads within the caller's jurisdiction (outside = 404), acts by the organiser only
 * (403), bad input as per-field errors (400/422) with nothing written, every change audited. Ballots: {@link Ballots}.
 */
@Service
@Transactional(readOnly = true)
public class Votes {

    /**
     * A new vote: an estate, one of its buildings (the estate then follows from it) or one section (单元) of that
     * building, and its motions. noticePostedOn: the day the notice was posted (null = today, Asia/Shanghai); voting
     * may open no earlier than that day plus the county's minimum notice period ({@link NoticePeriod}).
     */
    public record NewVote(Long estateId, Long buildingId, String section, String title, VoteMode mode,
                          OffsetDateTime opensAt, OffsetDateTime closesAt, String notice, LocalDate noticePostedOn,
                          List<NewMotion> motions, Long areaId) {

        /** A vote of an estate, a building or a section (no management area). */
        public NewVote(Long estateId, Long buildingId, String section, String title, VoteMode mode,
                       OffsetDateTime opensAt, OffsetDateTime closesAt, String notice, LocalDate noticePostedOn,
                       List<NewMotion> motions) {
            this(estateId, buildingId, section, title, mode, opensAt, closesAt, notice, noticePostedOn, motions, null);
        }

        /** A vote of an estate or a building whose notice is posted today. */
        public NewVote(Long estateId, Long buildingId, String title, VoteMode mode, OffsetDateTime opensAt,
                       OffsetDateTime closesAt, String notice, List<NewMotion> motions) {
            this(estateId, buildingId, null, title, mode, opensAt, closesAt, notice, null, motions);
        }
    }

    /** One motion of a new vote. */
    public record NewMotion(String title, Matter matter) {
    }

    private final VoteStore store;
    private final VoteOpener opener;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final CommitteeCoverage committees;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final VoteSettings settings;
    private final Clock clock;
    private final org.anju.region.ManagementAreas areas;

    Votes(VoteStore store, VoteOpener opener, Jurisdictions jurisdictions, Register register,
          CommitteeCoverage committees, AuditLog audit, ApplicationEventPublisher events, VoteSettings settings,
          Clock clock, org.anju.region.ManagementAreas areas) {
        this.areas = areas;
        this.settings = settings;
        this.store = store;
        this.opener = opener;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.committees = committees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public PageResult<Vote> list(Long townshipId, Long communityId, Long estateId, VoteStatus status,
                                 PageRequest page) {
        VoteAccess.requireReader();
        var j = jurisdictions.current();
        var filter = new VoteStore.Filter(townshipId, communityId, estateId, status);
        List<Vote> votes = new ArrayList<>();
        for (VoteStore.Row r : store.list(j, filter, page)) {
            votes.add(view(touch(r), false));
        }
        return new PageResult<>(votes, store.count(j, filter), page.page(), page.size());
    }

    public Vote get(long id) {
        return view(row(id), true);
    }

    /** Whether the caller organises this vote (for the pages' buttons). */
    public boolean organises(long id) {
        return VoteAccess.organises(row(id));
    }

    @Transactional
    public Vote create(NewVote n) {
        VoteAccess.requireReader();
        Long estateId = n.estateId();
        if (n.buildingId() != null) {
            RegisterView.Building b = register.building(n.buildingId());
            if (estateId != null && estateId != b.estateId()) {
                throw InvalidRequestException.field("buildingId", "vote.error.buildingOfEstate");
            }
            estateId = b.estateId();
        }
        if (estateId == null) {
            throw InvalidRequestException.field("estateId", "vote.error.estate");
        }
        register.estate(estateId);
        String organiser = VoteAccess.organiserKind();
        if (VoteAccess.REGION.equals(organiser) && !committees.estatesWithFiledCommittee(List.of(estateId)).isEmpty()) {
            throw InvalidRequestException.rule("estateId", "vote.error.committeeOrganises");
        }
        String section = n.section() == null || n.section().isBlank() ? null : n.section().strip();
        if (section != null && n.buildingId() == null) {
            throw InvalidRequestException.field("section", "vote.error.sectionNeedsBuilding");
        }
        if (n.areaId() != null) {
            if (n.buildingId() != null) { // a building's vote is already narrower than its area's
                throw InvalidRequestException.field("areaId", "vote.error.areaOrBuilding");
            }
            areas.area(estateId, n.areaId()); // an area of this estate, else 404
        }
        if (section != null && (section.length() > 16
                || opener.houses(estateId, null, n.buildingId(), section).isEmpty())) {
            throw InvalidRequestException.field("section", "vote.error.section");
        }
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        String title = n.title() == null ? "" : n.title().strip();
        if (title.length() < 2 || title.length() > 200) {
            errors.add(new FieldError("title", "vote.error.title"));
        }
        if (n.mode() == null) {
            errors.add(new FieldError("mode", "vote.error.mode"));
        }
        if (n.opensAt() == null) {
            errors.add(new FieldError("opensAt", "vote.error.opensAt"));
        }
        if (n.closesAt() == null) {
            errors.add(new FieldError("closesAt", "vote.error.closesAt"));
        } else if (n.opensAt() != null && !n.closesAt().isAfter(n.opensAt())) {
            errors.add(new FieldError("closesAt", "vote.error.period"));
        } else if (!n.closesAt().toInstant().isAfter(now)) {
            errors.add(new FieldError("closesAt", "vote.error.closesInPast"));
        } else if (n.opensAt() != null && n.closesAt().toInstant().isAfter(n.opensAt().toInstant().plus(366, ChronoUnit.DAYS))) {
            errors.add(new FieldError("closesAt", "vote.error.periodTooLong"));
        }
        if (n.notice() != null && n.notice().length() > 4000) {
            errors.add(new FieldError("notice", "vote.error.notice"));
        }
        LocalDate today = LocalDate.ofInstant(now, NoticePeriod.ZONE);
        LocalDate posted = n.noticePostedOn() == null ? today : n.noticePostedOn();
        if (posted.isAfter(today)) {
            errors.add(new FieldError("noticePostedOn", "vote.error.noticeFuture"));
        }
        List<NewMotion> motions = n.motions() == null ? List.of() : n.motions();
        if (motions.isEmpty() || motions.size() > 50) {
            errors.add(new FieldError("motions", "vote.error.motions"));
        }
        for (int i = 0; i < motions.size() && i < 50; i++) {
            NewMotion m = motions.get(i);
            String t = m == null || m.title() == null ? "" : m.title().strip();
            if (t.length() < 2 || t.length() > 500) {
                errors.add(new FieldError("motions[" + i + "].title", "vote.error.motionTitle"));
            }
            if (m == null || m.matter() == null) {
                errors.add(new FieldError("motions[" + i + "].matter", "vote.error.matter"));
            } else if (n.mode() == VoteMode.OBJECTION && m.matter() != Matter.USE_FUND) {
                errors.add(new FieldError("motions[" + i + "].matter", "vote.error.objectionMatter"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        NoticePeriod period = settings.noticePeriod();
        if (!period.allows(posted, n.opensAt().toZonedDateTime())) {
            throw InvalidRequestException.rule("opensAt", "vote.error.noticePeriod", period.minDays(),
                    period.earliestOpening(posted).toString());
        }
        long id = store.insertVote(estateId, n.areaId(), n.buildingId(), section, title, n.mode(), organiser,
                n.notice() == null || n.notice().isBlank() ? null : n.notice().strip(), posted,
                n.opensAt().toInstant(), n.closesAt().toInstant(), VoteAccess.actor());
        int seq = 1;
        for (NewMotion m : motions) {
            store.insertMotion(id, seq++, m.title().strip(), m.matter());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("estateId", estateId);
        after.put("buildingId", n.buildingId());
        after.put("areaId", n.areaId());
        after.put("section", section);
        after.put("noticePostedOn", posted.toString());
        after.put("title", title);
        after.put("mode", n.mode());
        after.put("opensAt", n.opensAt().toString());
        after.put("closesAt", n.closesAt().toString());
        after.put("motions", motions.stream().map(m -> m.matter() + " " + m.title().strip()).toList());
        audit.record(AuditEntry.created("vote", id, "发起业主表决 " + title, after));
        if (!n.opensAt().toInstant().isAfter(now)) {
            store.lock(id, true);
            opener.open(id, estateId, n.areaId(), n.buildingId(), section, now);
            if (store.voterWeights(id).isEmpty()) {
                throw InvalidRequestException.rule(section != null ? "section" : n.buildingId() != null ? "buildingId"
                                : n.areaId() != null ? "areaId" : "estateId",
                        "vote.error.emptyRoll");
            }
        }
        return get(id);
    }

    /** Counts so far (organiser, county, township, community) or, once published, for the owners too. */
    public Result result(long id) {
        VoteStore.Row v = row(id);
        if (VoteAccess.isOwner() && v.status() != VoteStatus.PUBLISHED) {
            throw InvalidRequestException.rule("status", "vote.error.notPublished");
        }
        if (!VoteAccess.isOwner()) {
            VoteAccess.requireSupervisor(v);
        }
        return result(v);
    }

    /**
     * Closes the vote and counts it: at the end of its period, or earlier by the organiser with a recorded reason.
     * Each carried motion publishes {@link MotionCarried}. Nothing about the vote can change afterwards.
     */
    @Transactional
    public Result close(long id, String reason) {
        VoteStore.Row v = row(id);
        VoteAccess.requireOrganiser(v);
        VoteStatus status = store.lock(id, true);
        if (status != VoteStatus.OPEN) {
            throw InvalidRequestException.rule("status", status == VoteStatus.SCHEDULED ? "vote.error.notOpen"
                    : "vote.error.closed");
        }
        Instant now = clock.instant();
        String why = now.isBefore(v.closesAt().toInstant()) ? VoteAccess.reason(reason)
                : reason == null || reason.isBlank() ? null : VoteAccess.reason(reason);
        v = row(id);
        Map<Long, VoteCount.Counted> counted = VoteCount.count(store, v);
        for (var m : store.motions(id)) {
            VoteCount.Counted c = counted.get(m.id());
            store.writeResult(m.id(), c.outcome().quorate(), c.outcome().passed(), c.tally());
        }
        store.close(id, now, VoteAccess.actor(), why);
        for (var m : store.motions(id)) {
            VoteCount.Counted c = counted.get(m.id());
            if (c.outcome().passed()) {
                events.publishEvent(new MotionCarried(id, m.id(), v.estateId(), v.buildingId(), m.matter(), m.title(),
                        v.mode(), c.tally().agree().area(), c.tally().agree().owners(), c.tally().total().area(),
                        c.tally().total().owners(), now, v.section(), v.areaId()));
            }
        }
        Result result = result(row(id));
        audit.record(new AuditEntry("CLOSE", "vote", String.valueOf(id), "表决结束并计票: " + v.title(),
                Map.of("status", status), Map.of("status", VoteStatus.CLOSED, "carried",
                result.motions().stream().filter(MotionResult::passed).map(MotionResult::motionId).toList()), why));
        return result;
    }

    /** Publishes a closed vote's counts to the owners of its area (no individual choices). */
    @Transactional
    public Result publish(long id) {
        VoteStore.Row v = row(id);
        VoteAccess.requireOrganiser(v);
        if (store.lock(id, true) != VoteStatus.CLOSED) {
            throw InvalidRequestException.rule("status", "vote.error.notClosed");
        }
        store.publish(id, clock.instant());
        audit.record(new AuditEntry("PUBLISH", "vote", String.valueOf(id), "公布表决结果: " + v.title(),
                Map.of("status", VoteStatus.CLOSED), Map.of("status", VoteStatus.PUBLISHED), null));
        return result(row(id));
    }

    /** The roll's voters (all, or those who have not voted yet: the door-to-door list). */
    public PageResult<Voter> voters(long id, boolean onlyNonVoters, PageRequest page) {
        VoteStore.Row v = row(id);
        VoteAccess.requireSupervisor(v);
        return new PageResult<>(store.voters(id, onlyNonVoters, page), store.countVoters(id, onlyNonVoters),
                page.page(), page.size());
    }

    /** One voter of the roll (organiser and the offices above it), or 404. */
    public Voter voter(long id, long voterId) {
        VoteAccess.requireSupervisor(row(id));
        return store.voter(id, voterId).orElseThrow(() -> new NotFoundException("voter", voterId));
    }

    /** The vote row within the caller's jurisdiction, opened first if its period has started. */
    VoteStore.Row row(long id) {
        VoteAccess.requireReader();
        VoteStore.Row r = store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("vote", id));
        return touch(r);
    }

    private VoteStore.Row touch(VoteStore.Row r) {
        if (r.status() == VoteStatus.SCHEDULED && !r.opensAt().toInstant().isAfter(clock.instant())) {
            opener.openIfDue(r.id(), r.estateId(), r.areaId(), r.buildingId(), r.section(), r.opensAt().toInstant());
            return store.find(jurisdictions.current(), r.id()).orElse(r);
        }
        return r;
    }

    Result result(VoteStore.Row v) {
        boolean closed = v.status() == VoteStatus.CLOSED || v.status() == VoteStatus.PUBLISHED;
        List<MotionResult> motions = new ArrayList<>();
        Map<Long, VoteCount.Counted> live = closed || v.status() == VoteStatus.SCHEDULED ? Map.of()
                : VoteCount.count(store, v);
        Tally.Weight total = new Tally.Weight(v.totalArea() == null ? java.math.BigDecimal.ZERO : v.totalArea(),
                v.totalOwners() == null ? 0 : v.totalOwners());
        for (var m : store.motions(v.id())) {
            VoteCount.Counted c = closed ? store.storedResult(m.id(), total)
                    .map(s -> new VoteCount.Counted(s.tally(), new CountingRule.Outcome(s.quorate(), s.passed())))
                    .orElseThrow() : live.getOrDefault(m.id(), VoteCount.empty(total));
            Tally t = c.tally();
            Tally.Weight p = t.participating();
            motions.add(new MotionResult(m.id(), m.seq(), m.title(), m.matter(), c.outcome().quorate(),
                    c.outcome().passed(), p.area(), p.owners(), t.agree().area(), t.agree().owners(),
                    t.against().area(), t.against().owners(), t.abstain().area(), t.abstain().owners(),
                    total.area(), total.owners()));
        }
        long[] ch = store.channels(v.id());
        return new Result(v.id(), v.title(), v.status(), v.mode(), closed, v.participants(), ch[0], ch[1], ch[2],
                motions);
    }

    private Vote view(VoteStore.Row r, boolean withMotions) {
        return new Vote(r.id(), r.estateId(), r.estateName(), r.buildingId(), r.buildingName(), r.title(), r.mode(),
                r.status(), r.organiser(), r.notice(), r.opensAt(), r.closesAt(), r.totalArea(), r.totalOwners(),
                r.participants(), r.closedAt(), r.closeReason(), r.publishedAt(),
                withMotions ? store.motions(r.id()) : List.of(), VoteScope.of(r.areaId(), r.buildingId(), r.section()),
                r.section(), r.noticePostedOn(), r.areaId(), r.areaName());
    }
}
