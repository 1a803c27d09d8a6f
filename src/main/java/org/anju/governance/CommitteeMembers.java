package org.anju.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.CommitteeStore.Row;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.region.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's members: adding them, the negative list (负面清单) that suspends a member at once, and the
 * township's removal of an interim member; each change audited, on the timeline and, for a suspension or
 * removal, announced on the committee's page.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeMembers {

    /** Adds a member. ownerId, if given, must be an owner of the committee's estate. */
    public record NewMember(String name, Long ownerId, MemberRole role, Boolean partyMember,
                            Boolean fromResidentsCommittee, Boolean ownerRepresentative, LocalDate fromDate,
                            LocalDate toDate) {
    }

    private final CommitteeStore store;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Handovers handovers;

    CommitteeMembers(CommitteeStore store, Jurisdictions jurisdictions, Register register, AuditLog audit,
                     Handovers handovers) {
        this.handovers = handovers;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
    }

    @Transactional
    public Member addMember(long committeeId, NewMember n) {
        Row c = row(committeeId);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        String name = n.name() == null ? "" : n.name().strip();
        if (name.isEmpty() || name.length() > 64) {
            errors.add(new FieldError("name", "committee.error.memberName"));
        }
        if (n.role() == null) {
            errors.add(new FieldError("role", "committee.error.role"));
        }
        if (n.fromDate() == null) {
            errors.add(new FieldError("fromDate", "committee.error.fromDate"));
        } else if (n.toDate() != null && n.toDate().isBefore(n.fromDate())) {
            errors.add(new FieldError("toDate", "committee.error.toDate"));
        }
        if (n.ownerId() != null && !ownerOfEstate(n.ownerId(), c.estateId())) {
            errors.add(new FieldError("ownerId", "committee.error.owner"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (c.status() == CommitteeStatus.DISSOLVED) {
            throw InvalidRequestException.rule("committee", "committee.error.dissolved");
        }
        Member m = new Member(0, name, n.ownerId(), n.role(), Boolean.TRUE.equals(n.partyMember()),
                Boolean.TRUE.equals(n.fromResidentsCommittee()), Boolean.TRUE.equals(n.ownerRepresentative()),
                n.fromDate(), n.toDate(), MemberStatus.ACTIVE);
        long id = store.insertMember(committeeId, m);
        store.event(committeeId, "MEMBER_ADDED", name, Guards.actor());
        audit.record(AuditEntry.created("committee-member", id, "委员 " + name + " 加入委员会 " + committeeId, m));
        return store.member(id).orElseThrow();
    }


    /** 负面清单: an entry suspends the member at once, and is announced. */
    @Transactional
    public Member listNegative(long memberId, String reason, LocalDate listedOn) {
        Member m = memberInJurisdiction(memberId);
        Register.requirePermission(Permission.REGISTER_WRITE);
        String why = Guards.checkedReason(reason);
        if (listedOn == null) {
            throw InvalidRequestException.field("listedOn", "committee.error.listedOn");
        }
        if (m.status() != MemberStatus.ACTIVE) {
            throw InvalidRequestException.rule("memberId", "committee.error.memberNotActive");
        }
        long committee = store.committeeOf(memberId).orElseThrow();
        store.negativeEntry(committee, memberId, why, listedOn);
        store.memberStatus(memberId, MemberStatus.SUSPENDED, null);
        store.announce(committee, memberId, "SUSPENDED", "委员 " + m.name() + " 列入负面清单, 暂停履职: " + why, listedOn);
        return memberChanged(committee, m, "MEMBER_SUSPENDED", why);
    }

    /** The township removes a member of an interim committee, and announces it. */
    @Transactional
    public Member removeInterimMember(long memberId, String reason) {
        Member m = memberInJurisdiction(memberId);
        long committee = store.committeeOf(memberId).orElseThrow();
        Guards.requireTownship();
        String why = Guards.checkedReason(reason);
        if (row(committee).kind() != CommitteeKind.INTERIM) {
            throw InvalidRequestException.rule("memberId", "committee.error.removeInterimOnly");
        }
        if (m.status() == MemberStatus.REMOVED) {
            throw InvalidRequestException.rule("memberId", "committee.error.memberNotActive");
        }
        LocalDate today = LocalDate.now(Committees.ZONE);
        store.memberStatus(memberId, MemberStatus.REMOVED, today);
        store.announce(committee, memberId, "REMOVED", "委员 " + m.name() + " 被乡镇免去物管会委员: " + why, today);
        handovers.openForMember(committee, memberId, today);
        return memberChanged(committee, m, "MEMBER_REMOVED", why);
    }

    /** 负面清单 through a committee's own path: the member must sit on that committee (else 404). */
    @Transactional
    public Member listNegative(long committeeId, long memberId, String reason, LocalDate listedOn) {
        requireSeat(committeeId, memberId);
        return listNegative(memberId, reason, listedOn);
    }

    /**
     * Removes a member: of an interim committee by the township ({@link #removeInterimMember}); of an owners'
     * committee only as the owners' assembly decided (Henan 2017 art. 31), recorded with the day it decided.
     * Both are announced. The member must sit on that committee (else 404).
     */
    @Transactional
    public Member remove(long committeeId, long memberId, String reason, LocalDate assemblyDecidedOn) {
        Row c = row(committeeId);
        requireSeat(committeeId, memberId);
        if (c.kind() == CommitteeKind.INTERIM) {
            return removeInterimMember(memberId, reason);
        }
        Register.requirePermission(Permission.REGISTER_WRITE);
        String why = Guards.checkedReason(reason);
        LocalDate today = LocalDate.now(Committees.ZONE);
        if (assemblyDecidedOn == null || assemblyDecidedOn.isAfter(today)) {
            throw InvalidRequestException.field("assemblyDecidedOn", "committee.error.assemblyDecidedOn");
        }
        Member m = store.member(memberId).orElseThrow();
        if (m.status() == MemberStatus.REMOVED) {
            throw InvalidRequestException.rule("memberId", "committee.error.memberNotActive");
        }
        store.memberStatus(memberId, MemberStatus.REMOVED, assemblyDecidedOn);
        store.announce(committeeId, memberId, "REMOVED", "业主大会于 " + assemblyDecidedOn + " 决定终止 " + m.name()
                + " 的业委会委员职务: " + why, today);
        handovers.openForMember(committeeId, memberId, assemblyDecidedOn);
        return memberChanged(committeeId, m, "MEMBER_REMOVED", "业主大会决定: " + why);
    }

    private void requireSeat(long committeeId, long memberId) {
        row(committeeId);
        if (store.committeeOf(memberId).filter(c -> c == committeeId).isEmpty()) {
            throw new NotFoundException("member", memberId);
        }
    }

    private Row row(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("committee", id));
    }

    private Member memberInJurisdiction(long memberId) {
        store.committeeOf(memberId).ifPresentOrElse(this::row, () -> {
            throw new NotFoundException("member", memberId);
        });
        return store.member(memberId).orElseThrow();
    }

    private boolean ownerOfEstate(long ownerId, long estateId) {
        try {
            return register.housesOfOwner(ownerId, new PageRequest(0, PageRequest.MAX_SIZE)).content().stream()
                    .anyMatch(h -> h.estateId() == estateId);
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Member memberChanged(long committee, Member before, String action, String reason) {
        store.event(committee, action, before.name() + ": " + reason, Guards.actor());
        Member after = store.member(before.id()).orElseThrow();
        audit.record(new AuditEntry(action, "committee-member", String.valueOf(before.id()),
                "委员 " + before.name() + " " + after.status(), Map.of("status", before.status()),
                Map.of("status", after.status()), reason));
        return after;
    }

}
