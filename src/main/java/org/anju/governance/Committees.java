package org.anju.governance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.calendar.WorkingCalendar;
import org.anju.governance.CommitteeView.Announcement;
import org.anju.governance.CommitteeView.Committee;
import org.anju.governance.CommitteeView.Detail;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.CommitteeStore.Row;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.ManagementAreas;
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Committees' public API: reads within the caller's jurisdiction (outside = 404), writes with
 * REGISTER_WRITE (403), every change audited and put on the committee's timeline. Accepting or returning
 * a filing is the township's (or county's) act, not the community's. Members: {@link CommitteeMembers}.
 */
@Service
@Transactional(readOnly = true)
public class Committees {

    /** Forms an interim committee or records an elected owners' committee. */
    public record NewCommittee(Long estateId, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd, Long areaId) {

        /** A committee of an estate that is one management area. */
        public NewCommittee(Long estateId, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd) {
            this(estateId, kind, formedOn, termEnd, null);
        }
    }


    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CommitteeStore store;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final Handovers handovers;
    private final ManagementAreas areas;

    Committees(CommitteeStore store, Jurisdictions jurisdictions, Register register, AuditLog audit,
               WorkingCalendar calendar, Handovers handovers, ManagementAreas areas) {
        this.handovers = handovers;
        this.areas = areas;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** The county's numbers (gov_setting). */
    public GovernanceSettings settings() {
        return GovernanceSettings.of(store.settings());
    }

    public PageResult<Committee> list(Long townshipId, Long communityId, Long estateId, CommitteeKind kind,
                                      CommitteeStatus status, PageRequest page) {
        var filter = new CommitteeStore.Filter(townshipId, communityId, estateId, kind, status);
        var j = jurisdictions.current();
        TermPolicy terms = new TermPolicy(settings());
        return new PageResult<>(store.list(j, filter, page).stream().map(r -> view(r, terms)).toList(),
                store.count(j, filter), page.page(), page.size());
    }

    /** Filed committees of every estate, for everyone (no login): the filing is public, its members are not. */
    public PageResult<CommitteeView.PublicCommittee> publicFiled(Long estateId, String estateName, PageRequest page) {
        return new PageResult<>(store.filed(estateId, estateName, page).stream()
                .map(r -> new CommitteeView.PublicCommittee(r.id(), r.estateId(), r.estateName(), r.townshipName(),
                        r.communityName(), r.kind(), r.formedOn(), r.termEnd(), r.filedOn(), r.activeMembers()))
                .toList(), store.countFiled(estateId, estateName), page.page(), page.size());
    }

    public Detail get(long id) {
        Committee c = view(row(id), new TermPolicy(settings()));
        List<Announcement> announcements = store.announcements(id);
        if (c.kind() == CommitteeKind.INTERIM) {
            // 物管会: posted for 10 working days (BJ art. 57), counted with the working-day calendar
            DecisionPosting posting = new DecisionPosting(settings().interimPostingWorkingDays());
            var days = calendar.days();
            announcements = announcements.stream().map(a -> new Announcement(a.memberId(), a.kind(), a.text(),
                    a.publishedOn(), posting.postedUntil(days, a.publishedOn()))).toList();
        }
        return new Detail(c, store.members(id), store.timeline(id), store.negativeList(id), announcements);
    }

    @Transactional
    public Committee form(NewCommittee n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "committee.error.estate");
        }
        register.estate(n.estateId());
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (n.kind() == null) {
            errors.add(new FieldError("kind", "committee.error.kind"));
        }
        if (n.formedOn() == null) {
            errors.add(new FieldError("formedOn", "committee.error.formedOn"));
        }
        if (n.termEnd() == null) {
            errors.add(new FieldError("termEnd", "committee.error.termEnd"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        TermPolicy terms = new TermPolicy(settings());
        terms.check(n.kind(), n.formedOn(), n.termEnd()).ifPresent(e -> {
            throw new InvalidRequestException(422, "error.rule", List.of(e));
        });
        long areaId = areas.resolve(n.estateId(), n.areaId()).id();
        if (n.kind() == CommitteeKind.INTERIM && store.hasFiled(areaId, CommitteeKind.OWNERS)) {
            throw InvalidRequestException.rule("kind", "committee.error.ownersFiled");
        }
        long id = store.insert(n.estateId(), areaId, n.kind(), n.formedOn(), n.termEnd(),
                terms.filingDue(n.kind(), n.formedOn()), CommitteeStatus.DRAFT);
        store.event(id, "FORMED", null, Guards.actor());
        audit.record(AuditEntry.created("committee", id, "登记" + kindName(n.kind()), n));
        return view(row(id), terms);
    }

    /** 备案 submitted: the active members must make a lawful committee (CompositionPolicy). */
    @Transactional
    public Committee submit(long id) {
        Row c = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        if (c.status() != CommitteeStatus.DRAFT && c.status() != CommitteeStatus.RETURNED) {
            throw InvalidRequestException.rule("status", "committee.error.notSubmittable");
        }
        var seats = store.members(id).stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(m -> new CompositionPolicy.Seat(m.role(), m.ownerRepresentative(), m.fromResidentsCommittee()))
                .toList();
        List<FieldError> errors = new CompositionPolicy(settings()).check(c.kind(), seats);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", errors);
        }
        store.update(id, "status = 'SUBMITTED', submitted_at = now()", Map.of());
        return changed(c, "SUBMITTED", null, "提交备案");
    }

    /** The township accepts the filing; filing an owners' committee sets its interim's dissolution due date. */
    @Transactional
    public Committee accept(long id) {
        Row c = row(id);
        Guards.requireTownship();
        if (c.status() != CommitteeStatus.SUBMITTED) {
            throw InvalidRequestException.rule("status", "committee.error.notSubmitted");
        }
        LocalDate today = LocalDate.now(ZONE);
        store.update(id, "status = 'FILED', filed_on = :today, return_reason = null", Map.of("today", today));
        if (c.kind() == CommitteeKind.OWNERS) {
            LocalDate due = new TermPolicy(settings()).dissolutionDue(today);
            for (long interim : store.actingInterims(c.areaId())) {
                Row before = row(interim);
                store.update(interim, "dissolution_due = :due", Map.of("due", due));
                changed(before, "DISSOLUTION_DUE", due.toString(), "业委会备案, 物管会应解散");
            }
        }
        // the committees serving before hand over to this one within 10 days (rules.md §2)
        handovers.openForTerm(id, today);
        return changed(c, "ACCEPTED", null, "备案通过");
    }

    @Transactional
    public Committee returnFiling(long id, String reason) {
        Row c = row(id);
        Guards.requireTownship();
        String why = Guards.checkedReason(reason);
        if (c.status() != CommitteeStatus.SUBMITTED) {
            throw InvalidRequestException.rule("status", "committee.error.notSubmitted");
        }
        store.update(id, "status = 'RETURNED', return_reason = :reason", Map.of("reason", why));
        return changed(c, "RETURNED", why, "备案退回");
    }

    /** The township confirms an interim committee's dissolution once it is due. */
    @Transactional
    public Committee confirmDissolution(long id) {
        Row c = row(id);
        Guards.requireTownship();
        if (c.kind() != CommitteeKind.INTERIM || c.dissolutionDue() == null || c.status() != CommitteeStatus.FILED) {
            throw InvalidRequestException.rule("status", "committee.error.notDissolvable");
        }
        store.update(id, "status = 'DISSOLVED', dissolved_on = :today", Map.of("today", LocalDate.now(ZONE)));
        return changed(c, "DISSOLVED", null, "物管会解散");
    }

    /**
     * Whether a member may sign or vote for the committee today: an active member, within their dates, of a
     * filed committee. A suspended (negative list) or removed member cannot. Not scoped to the caller: the
     * voting module asks it of the member who signs.
     */
    public boolean canSign(long memberId) {
        LocalDate today = LocalDate.now(ZONE);
        return store.member(memberId).filter(m -> m.status() == MemberStatus.ACTIVE)
                .filter(m -> !m.fromDate().isAfter(today) && (m.toDate() == null || !m.toDate().isBefore(today)))
                .flatMap(m -> store.committeeOf(memberId))
                .flatMap(store::status).filter(s -> s == CommitteeStatus.FILED).isPresent();
    }

    /** Changes one of the county's numbers: the county authority only, audited. */
    @Transactional
    public GovernanceSettings changeSetting(String name, Integer value) {
        if (Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isEmpty()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
        Map<String, Integer> before = settings().asMap();
        if (name == null || !before.containsKey(name)) {
            throw InvalidRequestException.field("name", "committee.error.setting");
        }
        if (value == null || value < 1 || value > (name.endsWith("_PERCENT") ? 100 : 3650)) {
            throw InvalidRequestException.field("value", "committee.error.settingValue");
        }
        store.setting(name, value);
        audit.record(new AuditEntry("UPDATE", "committee-setting", name, "修改委员会规则参数 " + name,
                Map.of(name, before.get(name)), Map.of(name, value), null));
        return settings();
    }

    private Row row(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("committee", id));
    }

    private Committee changed(Row before, String action, String reason, String summary) {
        store.event(before.id(), action, reason, Guards.actor());
        Row after = row(before.id());
        audit.record(new AuditEntry(action, "committee", String.valueOf(before.id()), summary + " (委员会 " + before.id()
                + ")", Map.of("status", before.status()), Map.of("status", after.status()), reason));
        return view(after, new TermPolicy(settings()));
    }

    private static String kindName(CommitteeKind kind) {
        return kind == CommitteeKind.OWNERS ? "业主委员会" : "物业管理委员会";
    }

    static Committee view(Row r, TermPolicy terms) {
        LocalDate today = LocalDate.now(ZONE);
        boolean reelection = r.kind() == CommitteeKind.OWNERS && r.status() == CommitteeStatus.FILED
                && terms.reelectionDue(r.termEnd(), today);
        boolean pending = r.status() != CommitteeStatus.FILED && r.status() != CommitteeStatus.DISSOLVED;
        return new Committee(r.id(), r.estateId(), r.estateName(), r.townshipId(), r.townshipName(), r.communityId(),
                r.communityName(), r.kind(), r.status(), r.formedOn(), r.termEnd(), r.filingDue(), r.filedOn(),
                r.dissolutionDue(), r.returnReason(), r.activeMembers(), reelection, pending,
                pending && r.filingDue() != null && r.filingDue().isBefore(today), r.areaId(), r.areaName());
    }
}
