package org.anju.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.governance.AssemblyView.Assembly;
import org.anju.governance.AssemblyView.EstateStage;
import org.anju.governance.AssemblyView.Occupancy;
import org.anju.governance.internal.AssemblyStore;
import org.anju.governance.internal.AssemblyStore.AssemblyRow;
import org.anju.governance.internal.AssemblyStore.EstateRow;
import org.anju.governance.internal.CommitteeStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.ManagementAreas;
import org.anju.region.Register;
import org.anju.region.RegisterView.Owner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first owners' assembly (业主大会) of an estate (rules.md §2, Henan 2017 arts. 18–21): occupancy entered by
 * the township (the register holds no delivery data), the conditions that make the assembly due, the application
 * by the developer or at least 10 owners, the preparatory group the township forms within 30 days, the meeting
 * within 60 days, proposals posted 15 days before it, and the result, after which the elected owners' committee
 * is recorded with {@link Committees#form}. Reads within the caller's jurisdiction (outside = 404); writes need
 * REGISTER_WRITE (403), the group is the township's act; every change audited.
 */
@Service
@Transactional(readOnly = true)
public class Assemblies {

    /** Occupancy as entered by the township or the developer. */
    public record NewOccupancy(BigDecimal deliveredArea, Long movedInHouseholds, LocalDate preliminaryContractEnd,
                               Boolean contractEndedEarly) {
    }

    /** An application for the first assembly: the developer (named) or the owners who signed. */
    public record NewApplication(Long estateId, ApplicantKind applicantKind, String developerName,
                                 LocalDate appliedOn, List<Long> ownerIds, AssemblyForm form, Long areaId) {

        /** An application of an estate that is one management area. */
        public NewApplication(Long estateId, ApplicantKind applicantKind, String developerName, LocalDate appliedOn,
                              List<Long> ownerIds, AssemblyForm form) {
            this(estateId, applicantKind, developerName, appliedOn, ownerIds, form, null);
        }
    }

    /** One member of the preparatory group. */
    public record NewGroupMember(String name, GroupMemberKind kind, Boolean chair) {
    }

    /** The preparatory group as the township forms it. */
    public record NewGroup(LocalDate formedOn, List<NewGroupMember> members) {
    }

    /** Proposals posted for the owners before the meeting. */
    public record NewProposal(String title, LocalDate postedOn, LocalDate postedUntil) {
    }

    /** What the assembly decided: whether it elected an owners' committee, and a summary. */
    public record NewResult(LocalDate heldOn, Boolean committeeElected, String result) {
    }

    private final AssemblyStore store;
    private final CommitteeStore committees;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;
    private final PreliminaryContracts contracts;
    private final ManagementAreas areas;

    Assemblies(AssemblyStore store, CommitteeStore committees, Jurisdictions jurisdictions, Register register,
               AuditLog audit, Clock clock, PreliminaryContracts contracts, ManagementAreas areas) {
        this.areas = areas;
        this.contracts = contracts;
        this.store = store;
        this.committees = committees;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    /** The county's numbers for the first assembly (gov_setting). */
    public GovernanceSettings settings() {
        return GovernanceSettings.of(committees.settings());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The occupancy of an estate that is one management area (422 where it has several). */
    public Occupancy occupancy(long estateId) {
        return occupancy(estateId, null);
    }

    /**
     * A management area's occupancy with the conditions met; zeros when nothing was entered. 404 outside; the area
     * may be left out where the estate is one area (422 otherwise).
     */
    public Occupancy occupancy(long estateId, Long areaId) {
        long area = areas.resolve(estateId, areaId).id();
        EstateRow r = store.area(jurisdictions.current(), estateId, area)
                .orElseThrow(() -> new NotFoundException("estate", estateId));
        LocalDate market = contracts.end(estateId).orElse(null);
        return new Occupancy(r.estateId(), r.estateName(), r.households(), r.totalArea(),
                r.deliveredArea() == null ? BigDecimal.ZERO : r.deliveredArea(),
                r.movedIn() == null ? 0 : r.movedIn(), r.contractEnd(), r.endedEarly(), r.enteredBy(),
                triggers(market == null ? r : r.withMarketContract(market), new FirstAssemblyTrigger(settings())),
                market, r.areaId(), r.areaName());
    }

    @Transactional
    public Occupancy recordOccupancy(long estateId, NewOccupancy n) {
        return recordOccupancy(estateId, null, n);
    }

    /** Records a management area's delivered area and moved-in households (the area's figures, not the estate's). */
    @Transactional
    public Occupancy recordOccupancy(long estateId, Long areaId, NewOccupancy n) {
        Occupancy before = occupancy(estateId, areaId);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (n.deliveredArea() == null || n.deliveredArea().signum() < 0 || n.deliveredArea().scale() > 2
                || n.deliveredArea().compareTo(before.totalArea()) > 0) {
            errors.add(new FieldError("deliveredArea", "assembly.error.deliveredArea", before.totalArea()));
        }
        if (n.movedInHouseholds() == null || n.movedInHouseholds() < 0 || n.movedInHouseholds() > before.households()) {
            errors.add(new FieldError("movedInHouseholds", "assembly.error.movedIn", before.households()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        store.saveOccupancy(estateId, before.areaId(), n.deliveredArea(), n.movedInHouseholds(), n.preliminaryContractEnd(),
                Boolean.TRUE.equals(n.contractEndedEarly()), Guards.actor());
        Occupancy after = occupancy(estateId, before.areaId());
        audit.record(new AuditEntry("UPDATE", "estate-occupancy", String.valueOf(estateId),
                "录入入住交付情况 (小区 " + before.estateName() + ")", before, after, null));
        return after;
    }

    /** Estates with occupancy or an assembly, each with its stage and what is due; filtered and paged. */
    public PageResult<EstateStage> estates(Long townshipId, Long communityId, AssemblyStage stage, PageRequest page) {
        List<EstateStage> all = stages(townshipId, communityId).stream()
                .filter(s -> stage == null || s.stage() == stage).toList();
        int from = (int) Math.min(page.offset(), all.size());
        return new PageResult<>(all.subList(from, Math.min(from + page.size(), all.size())), all.size(),
                page.page(), page.size());
    }

    /** Every estate within reach with occupancy or an assembly, with its stage (for the to-do list). */
    List<EstateStage> stages(Long townshipId, Long communityId) {
        GovernanceSettings s = settings();
        FirstAssemblyTrigger trigger = new FirstAssemblyTrigger(s);
        AssemblyDeadlines deadlines = new AssemblyDeadlines(s);
        LocalDate today = today();
        Map<Long, LocalDate> ends = contracts.ends();
        return store.estates(jurisdictions.current(), townshipId, communityId, null).stream()
                .map(r -> ends.containsKey(r.estateId()) ? r.withMarketContract(ends.get(r.estateId())) : r)
                .map(r -> stage(r, triggers(r, trigger), deadlines, today)).toList();
    }

    public Assembly get(long id) {
        return view(row(id));
    }

    /** Records an application; an estate has at most one assembly in progress. */
    @Transactional
    public Assembly apply(NewApplication n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "committee.error.estate");
        }
        var area = areas.resolve(n.estateId(), n.areaId());
        EstateRow estate = store.area(jurisdictions.current(), n.estateId(), area.id())
                .orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (n.applicantKind() == null) {
            errors.add(new FieldError("applicantKind", "assembly.error.applicantKind"));
        }
        if (n.appliedOn() == null) {
            errors.add(new FieldError("appliedOn", "assembly.error.appliedOn"));
        } else if (n.appliedOn().isAfter(today())) {
            errors.add(new FieldError("appliedOn", "assembly.error.future"));
        }
        String developer = n.developerName() == null ? null : n.developerName().strip();
        if (developer != null && (developer.length() > 128 || !Guards.printable(developer))) {
            errors.add(new FieldError("developerName", "assembly.error.developerName"));
        }
        Set<Long> ownerIds = new LinkedHashSet<>(n.ownerIds() == null ? List.of() : n.ownerIds());
        ownerIds.remove(null);
        List<Owner> owners = new ArrayList<>();
        if (n.applicantKind() == ApplicantKind.OWNERS) {
            for (Long ownerId : ownerIds) {
                owner(ownerId, area).ifPresentOrElse(owners::add, () ->
                        errors.add(new FieldError("ownerIds", "assembly.error.notOwner", String.valueOf(ownerId))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        List<FieldError> rule = new AssemblyApplicationPolicy(settings()).check(n.applicantKind(), developer,
                owners.size());
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        AssemblyForm form = n.form() == null ? AssemblyForm.GENERAL : n.form();
        new RepresentativeAssemblyPolicy(settings()).check(form, estate.households()).ifPresent(e -> {
            throw new InvalidRequestException(422, "error.rule", List.of(e));
        });
        if (store.hasOpen(area.id())) {
            throw InvalidRequestException.rule("estateId", "assembly.error.open");
        }
        if (estate.ownersCommitteeFiled()) {
            throw InvalidRequestException.rule("estateId", "assembly.error.committeeFiled");
        }
        long id = store.insert(n.estateId(), area.id(), n.applicantKind(),
                n.applicantKind() == ApplicantKind.DEVELOPER ? developer : null, n.appliedOn(), form);
        if (n.applicantKind() == ApplicantKind.OWNERS) {
            owners.forEach(o -> store.applicant(id, o.id(), o.name()));
        }
        Assembly after = get(id);
        audit.record(AuditEntry.created("assembly", id, "受理首次业主大会申请 (小区 " + estate.estateName() + ")", n));
        return after;
    }

    /** The township forms the preparatory group: owners at least half, chaired by a township official. */
    @Transactional
    public Assembly formGroup(long id, NewGroup g) {
        AssemblyRow a = row(id);
        Guards.requireTownship();
        List<FieldError> errors = new ArrayList<>();
        if (g.formedOn() == null) {
            errors.add(new FieldError("formedOn", "assembly.error.formedOn"));
        } else if (g.formedOn().isBefore(a.appliedOn()) || g.formedOn().isAfter(today())) {
            errors.add(new FieldError("formedOn", "assembly.error.formedOnRange", a.appliedOn()));
        }
        List<NewGroupMember> members = g.members() == null ? List.of() : g.members().stream()
                .filter(m -> m != null && m.name() != null && !m.name().isBlank()).toList();
        for (NewGroupMember m : members) {
            if (m.kind() == null || m.name().strip().length() > 64 || !Guards.printable(m.name())) {
                errors.add(new FieldError("members", "assembly.error.groupMember", m.name().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        List<FieldError> rule = PreparatoryGroupPolicy.check(members.stream()
                .map(m -> new PreparatoryGroupPolicy.Seat(m.kind(), Boolean.TRUE.equals(m.chair()))).toList());
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        if (!"APPLIED".equals(a.status())) {
            throw InvalidRequestException.rule("status", "assembly.error.notApplied");
        }
        members.forEach(m -> store.groupMember(id, m.name().strip(), m.kind(), Boolean.TRUE.equals(m.chair())));
        store.update(id, "status = 'GROUP_FORMED', group_formed_on = :on", Map.of("on", g.formedOn()));
        return changed(a, "GROUP_FORMED", "成立筹备组");
    }

    /** Sets the meeting's date, within 60 days of the group's formation. */
    @Transactional
    public Assembly schedule(long id, LocalDate meetingOn) {
        AssemblyRow a = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        if (meetingOn == null) {
            throw InvalidRequestException.field("meetingOn", "assembly.error.meetingOn");
        }
        if (!"GROUP_FORMED".equals(a.status())) {
            throw InvalidRequestException.rule("status", "assembly.error.noGroup");
        }
        List<FieldError> rule = new AssemblyDeadlines(settings()).checkMeeting(a.groupFormedOn(), meetingOn);
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        store.update(id, "meeting_on = :on", Map.of("on", meetingOn));
        return changed(a, "SCHEDULED", "确定业主大会会议日期 " + meetingOn);
    }

    /** Posts proposals at least 15 days before the meeting, for at least 7 days. */
    @Transactional
    public Assembly postProposal(long id, NewProposal p) {
        AssemblyRow a = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        String title = p.title() == null ? "" : p.title().strip();
        if (title.length() < 2 || title.length() > 200 || !Guards.printable(title)) {
            errors.add(new FieldError("title", "assembly.error.title"));
        }
        if (p.postedOn() == null) {
            errors.add(new FieldError("postedOn", "assembly.error.postedOn"));
        }
        if (p.postedUntil() == null) {
            errors.add(new FieldError("postedUntil", "assembly.error.postedUntil"));
        } else if (p.postedOn() != null && p.postedUntil().isBefore(p.postedOn())) {
            errors.add(new FieldError("postedUntil", "assembly.error.postedOrder"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (!"GROUP_FORMED".equals(a.status()) || a.meetingOn() == null) {
            throw InvalidRequestException.rule("meetingOn", "assembly.error.noMeeting");
        }
        List<FieldError> rule = new AssemblyDeadlines(settings()).checkProposal(a.meetingOn(), p.postedOn(),
                p.postedUntil());
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        store.proposal(id, title, p.postedOn(), p.postedUntil());
        return changed(a, "PROPOSAL_POSTED", "公示会议议题: " + title);
    }

    /** Records the assembly's result; when it elected a committee, the township then records that committee. */
    @Transactional
    public Assembly recordResult(long id, NewResult r) {
        AssemblyRow a = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (r.heldOn() == null) {
            errors.add(new FieldError("heldOn", "assembly.error.heldOn"));
        } else if (a.groupFormedOn() != null && r.heldOn().isBefore(a.groupFormedOn()) || r.heldOn().isAfter(today())) {
            errors.add(new FieldError("heldOn", "assembly.error.heldOnRange"));
        }
        if (r.committeeElected() == null) {
            errors.add(new FieldError("committeeElected", "assembly.error.committeeElected"));
        }
        String text = r.result() == null ? "" : r.result().strip();
        if (text.length() < 2 || text.length() > 1000 || !Guards.printable(text)) {
            errors.add(new FieldError("result", "assembly.error.result"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (!"GROUP_FORMED".equals(a.status())) {
            throw InvalidRequestException.rule("status", "assembly.error.noGroup");
        }
        store.update(id, "status = :status, held_on = :on, committee_elected = :elected, result = :result",
                Map.of("status", r.committeeElected() ? "HELD" : "FAILED", "on", r.heldOn(),
                        "elected", r.committeeElected(), "result", text));
        return changed(a, "HELD", "首次业主大会召开: " + text);
    }

    private AssemblyRow row(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("assembly", id));
    }

    private Assembly changed(AssemblyRow before, String action, String summary) {
        AssemblyRow after = row(before.id());
        audit.record(new AuditEntry(action, "assembly", String.valueOf(before.id()), summary + " (小区 "
                + before.estateName() + ")", Map.of("status", before.status()), Map.of("status", after.status()),
                null));
        return view(after);
    }

    private Assembly view(AssemblyRow a) {
        AssemblyDeadlines d = new AssemblyDeadlines(settings());
        LocalDate today = today();
        AssemblyStage stage = AssemblyStage.valueOf(a.status());
        LocalDate groupDue = d.groupDue(a.appliedOn());
        LocalDate holdingDue = a.groupFormedOn() == null ? null : d.holdingDue(a.groupFormedOn());
        boolean overdue = stage == AssemblyStage.APPLIED && AssemblyDeadlines.overdue(groupDue, today)
                || stage == AssemblyStage.GROUP_FORMED && AssemblyDeadlines.overdue(holdingDue, today);
        return new Assembly(a.id(), a.estateId(), a.estateName(), a.townshipName(), a.communityName(), a.form(), stage,
                a.applicantKind(), a.developerName(), a.appliedOn(), groupDue, a.groupFormedOn(), holdingDue,
                a.meetingOn(), a.meetingOn() == null ? null : d.lastPostingDay(a.meetingOn()), a.heldOn(),
                a.committeeElected(), a.result(), overdue, store.applicants(a.id()), store.group(a.id()),
                store.proposals(a.id()), a.areaId(), a.areaName());
    }

    private List<AssemblyTrigger> triggers(EstateRow r, FirstAssemblyTrigger trigger) {
        if (r.deliveredArea() == null) {
            return List.of();
        }
        return trigger.met(r.totalArea(), r.households(), r.deliveredArea(), r.movedIn() == null ? 0 : r.movedIn(),
                r.contractEnd(), r.endedEarly(), today());
    }

    static EstateStage stage(EstateRow r, List<AssemblyTrigger> triggers, AssemblyDeadlines d, LocalDate today) {
        AssemblyStage stage;
        LocalDate deadline = null;
        if (r.assemblyId() != null) {
            stage = AssemblyStage.valueOf(r.assemblyStatus());
            if (stage == AssemblyStage.APPLIED) {
                deadline = d.groupDue(r.appliedOn());
            } else if (stage == AssemblyStage.GROUP_FORMED) {
                deadline = d.holdingDue(r.groupFormedOn());
            }
        } else if (r.ownersCommitteeFiled()) {
            stage = AssemblyStage.HELD;
        } else {
            stage = triggers.isEmpty() ? AssemblyStage.NOT_DUE : AssemblyStage.DUE;
        }
        return new EstateStage(r.estateId(), r.estateName(), r.townshipId(), r.townshipName(), r.communityId(),
                r.communityName(), r.households(), r.totalArea(), r.deliveredArea(), r.movedIn(), r.contractEnd(),
                triggers, r.assemblyId(), stage, r.appliedOn(), r.groupFormedOn(), r.meetingOn(), r.heldOn(),
                r.ownersCommitteeRecorded(), deadline, AssemblyDeadlines.overdue(deadline, today),
                r.contractFromMarket(), r.areaId(), r.areaName());
    }

    /** The owner if they hold a house in one of the area's buildings. */
    private java.util.Optional<Owner> owner(long ownerId, ManagementAreas.Area area) {
        Set<Long> buildings = new java.util.HashSet<>();
        area.buildings().forEach(b -> buildings.add(b.id()));
        try {
            boolean ofEstate = register.housesOfOwner(ownerId, new PageRequest(0, PageRequest.MAX_SIZE)).content()
                    .stream().anyMatch(h -> h.estateId() == area.estateId() && buildings.contains(h.buildingId()));
            return ofEstate ? java.util.Optional.of(register.owner(ownerId)) : java.util.Optional.empty();
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }
}
