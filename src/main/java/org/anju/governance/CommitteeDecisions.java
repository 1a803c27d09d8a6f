package org.anju.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anju.calendar.WorkingCalendar;
import org.anju.governance.CommitteeView.Decision;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.DecisionStore;
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
 * Decisions of a filed committee (委员会决定, rules.md §2): the members who signed (a suspended or removed member
 * cannot), the majority each kind needs ({@link DecisionPolicy}), posting within 3 days and, for an interim
 * committee, the 10 working days it stays posted ({@link DecisionPosting}, counted with the working-day
 * calendar). Recorded by the committee's own account or by the township or community; audited.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeDecisions {

    /** A decision as recorded: signerIds are member ids of the committee. */
    public record NewDecision(String title, LocalDate decidedOn, LocalDate postedOn, List<Long> signerIds) {
    }

    private final DecisionStore store;
    private final CommitteeStore committees;
    private final Committees facade;
    private final Jurisdictions jurisdictions;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeDecisions(DecisionStore store, CommitteeStore committees, Committees facade, Jurisdictions jurisdictions,
                       WorkingCalendar calendar, AuditLog audit, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.facade = facade;
        this.jurisdictions = jurisdictions;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Decision> list(long committeeId, PageRequest page) {
        CommitteeStore.Row c = committee(committeeId);
        GovernanceSettings s = facade.settings();
        DecisionPosting posting = new DecisionPosting(s.interimPostingWorkingDays());
        var days = calendar.days();
        List<Decision> content = store.list(committeeId, page.size(), page.offset()).stream()
                .map(d -> c.kind() != CommitteeKind.INTERIM ? d : new Decision(d.id(), d.committeeId(), d.title(),
                        d.decidedOn(), d.postedOn(), posting.postedUntil(days, d.postedOn()), d.signerNames()))
                .toList();
        return new PageResult<>(content, store.count(committeeId), page.page(), page.size());
    }

    @Transactional
    public Decision record(long committeeId, NewDecision n) {
        CommitteeStore.Row c = committee(committeeId);
        boolean own = Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        if (!own && Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException("REGISTER_WRITE");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String title = n.title() == null ? "" : n.title().strip();
        if (title.length() < 2 || title.length() > 200 || !Guards.printable(title)) {
            errors.add(new FieldError("title", "decision.error.title"));
        }
        if (n.decidedOn() == null || n.decidedOn().isAfter(today)) {
            errors.add(new FieldError("decidedOn", "decision.error.decidedOn"));
        }
        if (n.postedOn() == null || n.postedOn().isAfter(today)
                || n.decidedOn() != null && n.postedOn().isBefore(n.decidedOn())) {
            errors.add(new FieldError("postedOn", "decision.error.postedOn"));
        }
        Map<Long, Member> members = committees.members(committeeId).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Set<Long> signers = new LinkedHashSet<>(n.signerIds() == null ? List.of() : n.signerIds());
        signers.remove(null);
        if (signers.isEmpty() || !members.keySet().containsAll(signers)) {
            errors.add(new FieldError("signerIds", "decision.error.signers"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (c.status() != CommitteeStatus.FILED) {
            throw InvalidRequestException.rule("committee", "decision.error.notFiled");
        }
        int serving = (int) members.values().stream().filter(m -> m.status() == MemberStatus.ACTIVE).count();
        int ineligible = (int) signers.stream().filter(id -> !facade.canSign(id)).count();
        List<FieldError> rule = new DecisionPolicy(facade.settings().decisionPostingDays())
                .check(c.kind(), serving, signers.size() - ineligible, ineligible, n.decidedOn(), n.postedOn());
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        long id = store.insert(committeeId, title, n.decidedOn(), n.postedOn(), List.copyOf(signers));
        committees.event(committeeId, "DECISION", title, Guards.actor());
        audit.record(AuditEntry.created("committee-decision", id, "委员会决定 " + title + " (" + c.estateName() + ")", n));
        return list(committeeId, new PageRequest(0, PageRequest.MAX_SIZE)).content().stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private CommitteeStore.Row committee(long id) {
        return committees.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("committee", id));
    }
}
