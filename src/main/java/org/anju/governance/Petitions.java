package org.anju.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.HandoverView.Petition;
import org.anju.governance.internal.AssemblyStore;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.PetitionStore;
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
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions (提议) to an owners' committee (rules.md §2, Henan 2017 arts. 24–33): a temporary meeting of the
 * assembly asked for by at least 20% of the owners or by the committee, and a member's removal (罢免) proposed by
 * at least 20% of the owners or a third of the members ({@link PetitionPolicy}). When the committee stalls the
 * township orders the meeting (and may convene it itself). The meeting's result is recorded here; a removal
 * carried removes the member, announces it and opens the member's 3-day handover. The vote itself may be run in
 * the voting module, which depends on this one, so a petition records its result rather than creating the vote
 * (decision 0024). Reads within the caller's jurisdiction (outside = 404); filing by a register writer or the
 * estate's own committee, ordering by the township, the result by a register writer (403 otherwise).
 */
@Service
@Transactional(readOnly = true)
public class Petitions {

    /** A petition as filed: supporters is how many owners (or members) signed; the signatures stay on paper. */
    public record NewPetition(Long committeeId, PetitionKind kind, Proposer proposer, Long memberId, Long supporters,
                              String reason, LocalDate filedOn) {
    }

    /** The township's order to hold the meeting. */
    public record Order(String reason, LocalDate orderedOn) {
    }

    /** What the meeting decided. */
    public record Decision(LocalDate decidedOn, Boolean carried, String result) {
    }

    private final PetitionStore store;
    private final CommitteeStore committees;
    private final AssemblyStore estates;
    private final Handovers handovers;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Petitions(PetitionStore store, CommitteeStore committees, AssemblyStore estates, Handovers handovers,
              Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.estates = estates;
        this.handovers = handovers;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<Petition> list(Long townshipId, Long committeeId, PetitionKind kind, PetitionStatus status,
                                     PageRequest page) {
        Register.requirePermission(Permission.REGISTER_READ);
        var f = new PetitionStore.Filter(townshipId, committeeId, kind, status);
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, f, page), store.count(j, f), page.page(), page.size());
    }

    public Petition get(long id) {
        Register.requirePermission(Permission.REGISTER_READ);
        return row(id);
    }

    /** Petitions within reach waiting for their meeting (the to-do list). */
    List<Petition> pending() {
        var j = jurisdictions.current();
        List<Petition> all = new ArrayList<>();
        for (PetitionStatus s : List.of(PetitionStatus.FILED, PetitionStatus.ORDERED)) {
            all.addAll(store.list(j, new PetitionStore.Filter(null, null, null, s), new PageRequest(0, PageRequest.MAX_SIZE)));
        }
        return all;
    }

    @Transactional
    public Petition file(NewPetition n) {
        if (n.committeeId() == null) {
            throw InvalidRequestException.field("committeeId", "handover.error.committee");
        }
        CommitteeStore.Row c = committees.find(jurisdictions.current(), n.committeeId())
                .orElseThrow(() -> new NotFoundException("committee", n.committeeId()));
        boolean own = Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        if (!own && Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException("REGISTER_WRITE");
        }
        long owners = estates.area(jurisdictions.current(), c.estateId(), c.areaId())
                .map(AssemblyStore.EstateRow::households)
                .orElse(0L);
        List<FieldError> errors = new ArrayList<>();
        if (n.kind() == null) {
            errors.add(new FieldError("kind", "petition.error.kind"));
        }
        if (n.proposer() == null) {
            errors.add(new FieldError("proposer", "petition.error.proposer"));
        }
        long supporters = n.supporters() == null ? 0 : n.supporters();
        long ceiling = n.proposer() == Proposer.MEMBERS ? c.activeMembers() : owners;
        if (n.proposer() != Proposer.COMMITTEE && (n.supporters() == null || supporters < 0 || supporters > ceiling)) {
            errors.add(new FieldError("supporters", "petition.error.supporters", ceiling));
        }
        String reason = n.reason() == null ? "" : n.reason().strip();
        if (reason.length() < 2 || reason.length() > 500 || !Guards.printable(reason)) {
            errors.add(new FieldError("reason", "committee.error.reason"));
        }
        if (n.filedOn() == null || n.filedOn().isAfter(today())) {
            errors.add(new FieldError("filedOn", "petition.error.filedOn"));
        }
        Member member = null;
        if (n.kind() == PetitionKind.REMOVAL) {
            member = n.memberId() == null ? null : committees.committeeOf(n.memberId())
                    .filter(id -> id == c.id()).flatMap(id -> committees.member(n.memberId())).orElse(null);
            if (member == null) {
                errors.add(new FieldError("memberId", "handover.error.member"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        List<FieldError> rule = new ArrayList<>();
        if (c.kind() != CommitteeKind.OWNERS || c.status() != CommitteeStatus.FILED) {
            rule.add(new FieldError("committeeId", "petition.error.committeeKind"));
        }
        if (member != null && member.status() == MemberStatus.REMOVED) {
            rule.add(new FieldError("memberId", "committee.error.memberNotActive"));
        }
        rule.addAll(new PetitionPolicy(GovernanceSettings.of(committees.settings()))
                .check(n.kind(), n.proposer(), supporters, owners, c.activeMembers()));
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        long base = n.proposer() == Proposer.MEMBERS ? c.activeMembers() : owners;
        long id = store.insert(c.id(), n.kind(), n.proposer(), n.kind() == PetitionKind.REMOVAL ? n.memberId() : null,
                n.proposer() == Proposer.COMMITTEE ? 0 : supporters, base, reason, n.filedOn());
        committees.event(c.id(), "PETITION_" + n.kind(), reason, Guards.actor());
        Petition after = row(id);
        audit.record(AuditEntry.created("petition", id, (n.kind() == PetitionKind.REMOVAL ? "罢免提议" : "临时会议提议")
                + " (小区 " + c.estateName() + ")", n));
        return after;
    }

    /** The committee stalled: the township orders the meeting (责令召开), and may convene it itself. */
    @Transactional
    public Petition order(long id, Order o) {
        Petition p = row(id);
        Guards.requireTownship();
        String why = Guards.checkedReason(o.reason());
        if (o.orderedOn() == null || o.orderedOn().isAfter(today()) || o.orderedOn().isBefore(p.filedOn())) {
            throw InvalidRequestException.field("orderedOn", "petition.error.orderedOn", p.filedOn());
        }
        if (p.status() != PetitionStatus.FILED) {
            throw InvalidRequestException.rule("status", "petition.error.notFiled");
        }
        store.update(id, "status = 'ORDERED', ordered_on = :on, order_text = :why", Map.of("on", o.orderedOn(), "why", why));
        return changed(p, "ORDERED", "乡镇责令召开会议", why);
    }

    /** The meeting's result; a removal carried removes the member (announced) and opens their handover. */
    @Transactional
    public Petition decide(long id, Decision d) {
        Petition p = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (d.decidedOn() == null || d.decidedOn().isAfter(today()) || d.decidedOn().isBefore(p.filedOn())) {
            errors.add(new FieldError("decidedOn", "petition.error.decidedOn", p.filedOn()));
        }
        if (d.carried() == null) {
            errors.add(new FieldError("carried", "petition.error.carried"));
        }
        String text = d.result() == null ? "" : d.result().strip();
        if (text.length() < 2 || text.length() > 1000 || !Guards.printable(text)) {
            errors.add(new FieldError("result", "assembly.error.result"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (p.status() == PetitionStatus.DECIDED) {
            throw InvalidRequestException.rule("status", "petition.error.decided");
        }
        store.update(id, "status = 'DECIDED', decided_on = :on, carried = :carried, result = :result",
                Map.of("on", d.decidedOn(), "carried", d.carried(), "result", text));
        if (p.kind() == PetitionKind.REMOVAL && d.carried()) {
            Member m = committees.member(p.memberId()).orElseThrow();
            if (m.status() != MemberStatus.REMOVED) {
                committees.memberStatus(m.id(), MemberStatus.REMOVED, d.decidedOn());
                committees.announce(p.committeeId(), m.id(), "REMOVED", "业主大会于 " + d.decidedOn() + " 表决罢免 "
                        + m.name() + " 的业委会委员职务: " + (text.length() > 600 ? text.substring(0, 600) + "…" : text), today());
                committees.event(p.committeeId(), "MEMBER_REMOVED", m.name() + ": 罢免", Guards.actor());
                handovers.openForMember(p.committeeId(), m.id(), d.decidedOn());
            }
        }
        return changed(p, "DECIDED", Boolean.TRUE.equals(d.carried()) ? "会议通过" : "会议未通过", text);
    }

    private Petition row(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("petition", id));
    }

    private Petition changed(Petition before, String action, String summary, String reason) {
        Petition after = row(before.id());
        committees.event(before.committeeId(), "PETITION_" + action, summary, Guards.actor());
        audit.record(new AuditEntry(action, "petition", String.valueOf(before.id()), summary + " (提议 " + before.id()
                + ", 小区 " + before.estateName() + ")", Map.of("status", before.status()),
                Map.of("status", after.status()), reason));
        return after;
    }
}
