package org.anju.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.anju.governance.AssemblyView.Training;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.TrainingStore;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training records of committee members (培训记录, plan §5): date, topic, hours, organiser and the members who
 * attended, and which serving members had no training this year. Recorded by the township or community
 * (REGISTER_WRITE) or by the committee's own account; read within the jurisdiction (outside = 404); audited.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeTrainings {

    /** A training: attendees are member ids of the committee. */
    public record NewTraining(LocalDate heldOn, String topic, BigDecimal hours, String organiser,
                              List<Long> attendeeIds) {
    }

    private final TrainingStore store;
    private final CommitteeStore committees;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeTrainings(TrainingStore store, CommitteeStore committees, Jurisdictions jurisdictions, AuditLog audit,
                       Clock clock) {
        this.store = store;
        this.committees = committees;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Training> list(long committeeId, PageRequest page) {
        committee(committeeId);
        return new PageResult<>(store.list(committeeId, page.size(), page.offset()), store.count(committeeId),
                page.page(), page.size());
    }

    /** Serving (active) members who attended no training held this calendar year. */
    public List<Member> untrainedThisYear(long committeeId) {
        committee(committeeId);
        LocalDate today = LocalDate.now(clock);
        Set<Long> trained = Set.copyOf(store.trainedBetween(committeeId, today.withDayOfYear(1), today));
        return committees.members(committeeId).stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .filter(m -> !trained.contains(m.id())).toList();
    }

    @Transactional
    public Training record(long committeeId, NewTraining n) {
        CommitteeStore.Row c = committee(committeeId);
        boolean own = Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        if (!own && Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException("REGISTER_WRITE");
        }
        List<FieldError> errors = new ArrayList<>();
        if (n.heldOn() == null) {
            errors.add(new FieldError("heldOn", "training.error.heldOn"));
        } else if (n.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("heldOn", "assembly.error.future"));
        }
        String topic = n.topic() == null ? "" : n.topic().strip();
        if (topic.length() < 2 || topic.length() > 200 || !Guards.printable(topic)) {
            errors.add(new FieldError("topic", "training.error.topic"));
        }
        if (n.hours() == null || n.hours().signum() <= 0 || n.hours().compareTo(BigDecimal.valueOf(100)) > 0
                || n.hours().stripTrailingZeros().scale() > 1) {
            errors.add(new FieldError("hours", "training.error.hours"));
        }
        String organiser = n.organiser() == null ? "" : n.organiser().strip();
        if (organiser.length() < 2 || organiser.length() > 128 || !Guards.printable(organiser)) {
            errors.add(new FieldError("organiser", "training.error.organiser"));
        }
        Set<Long> attendees = new LinkedHashSet<>(n.attendeeIds() == null ? List.of() : n.attendeeIds());
        attendees.remove(null);
        Set<Long> members = new java.util.HashSet<>(committees.members(committeeId).stream().map(Member::id).toList());
        if (attendees.isEmpty()) {
            errors.add(new FieldError("attendeeIds", "training.error.attendees"));
        } else if (!members.containsAll(attendees)) {
            errors.add(new FieldError("attendeeIds", "training.error.notMember"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.insert(committeeId, n.heldOn(), topic, n.hours(), organiser, List.copyOf(attendees));
        committees.event(committeeId, "TRAINING", topic, Guards.actor());
        audit.record(AuditEntry.created("committee-training", id, "委员培训 " + topic + " (" + c.estateName() + ")", n));
        return store.list(committeeId, PageRequest.MAX_SIZE, 0).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow();
    }

    private CommitteeStore.Row committee(long id) {
        return committees.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("committee", id));
    }
}
