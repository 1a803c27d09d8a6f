package org.anju.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anju.governance.AssemblyView.EstateStage;
import org.anju.governance.AssemblyView.TodoItem;
import org.anju.governance.AssemblyView.TodoKind;
import org.anju.governance.CommitteeView.Committee;
import org.anju.governance.internal.CommitteeStore;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's to-do list of self-governance (待办), within the caller's jurisdiction: first assemblies due,
 * applications waiting for their preparatory group (30 days), groups waiting for their assembly (60 days),
 * committee filings pending or overdue (30 days), re-elections due (90 days before the term ends) and interim
 * committees due for dissolution. Overdue items first, then by deadline.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceTodo {

    private static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::overdue).reversed()
            .thenComparing(TodoItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::estateName).thenComparing(TodoItem::kind);

    private final Assemblies assemblies;
    private final Committees committees;
    private final CommitteeStore store;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    private final Handovers handovers;
    private final RollHandovers rolls;
    private final Petitions petitions;

    GovernanceTodo(Assemblies assemblies, Committees committees, CommitteeStore store, Jurisdictions jurisdictions,
                   Clock clock, Handovers handovers, RollHandovers rolls, Petitions petitions) {
        this.handovers = handovers;
        this.rolls = rolls;
        this.petitions = petitions;
        this.assemblies = assemblies;
        this.committees = committees;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    /** The whole list, overdue first; kind narrows it (null = all), overdueOnly keeps the overdue. */
    public PageResult<TodoItem> todo(TodoKind kind, boolean overdueOnly, PageRequest page) {
        List<TodoItem> all = items().stream().filter(i -> kind == null || i.kind() == kind)
                .filter(i -> !overdueOnly || i.overdue()).toList();
        int from = (int) Math.min(page.offset(), all.size());
        return new PageResult<>(all.subList(from, Math.min(from + page.size(), all.size())), all.size(),
                page.page(), page.size());
    }

    List<TodoItem> items() {
        Register.requirePermission(Permission.REGISTER_READ);
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        GovernanceSettings settings = committees.settings();
        java.util.Set<Long> withRoll = new java.util.HashSet<>(rolls.estatesWithRoll());
        for (EstateStage s : assemblies.stages(null, null)) {
            if (!withRoll.contains(s.estateId()) && (s.stage() == AssemblyStage.DUE || s.stage() == AssemblyStage.APPLIED
                    || s.stage() == AssemblyStage.GROUP_FORMED)) {
                // the developer owes the owner roll within 2 months of the condition: record the day it was met
                items.add(new TodoItem(TodoKind.ROLL_HANDOVER_DUE, s.estateId(), s.estateName(), s.townshipName(),
                        s.communityName(), s.assemblyId(), null, null, false,
                        "/console/roll-handovers?estateId=" + s.estateId() + "#roll-open"));
            }
            if (s.stage() == AssemblyStage.HELD && s.assemblyId() != null && !s.committeeRecorded()) {
                // the elected committee is filed within 30 days of its election (Henan 2017 art. 29)
                LocalDate due = s.heldOn().plusDays(settings.ownersFilingDays());
                items.add(new TodoItem(TodoKind.COMMITTEE_TO_RECORD, s.estateId(), s.estateName(), s.townshipName(),
                        s.communityName(), s.assemblyId(), null, due, AssemblyDeadlines.overdue(due, today),
                        "/console/committees/new?estateId=" + s.estateId() + "&kind=OWNERS&formedOn=" + s.heldOn()));
            }
            TodoKind kind = switch (s.stage()) {
                case DUE -> TodoKind.ASSEMBLY_DUE;
                case APPLIED -> TodoKind.GROUP_DUE;
                case GROUP_FORMED -> TodoKind.ASSEMBLY_HOLDING_DUE;
                default -> null;
            };
            if (kind != null) {
                String link = s.assemblyId() == null ? "/console/assemblies/new?estateId=" + s.estateId()
                        : "/console/assemblies/" + s.assemblyId();
                items.add(new TodoItem(kind, s.estateId(), s.estateName(), s.townshipName(), s.communityName(),
                        s.assemblyId(), null, s.deadline(), s.overdue(), link));
            }
        }
        TermPolicy terms = new TermPolicy(settings);
        for (var row : store.due(jurisdictions.current(), today.plusDays(settings.reelectionNoticeDays()))) {
            Committee c = Committees.view(row, terms);
            String link = "/console/committees/" + c.id();
            if (c.filingPending()) {
                items.add(item(TodoKind.FILING_DUE, c, c.filingDue(), c.filingOverdue(), link));
            } else if (c.kind() == CommitteeKind.INTERIM && c.dissolutionDue() != null) {
                items.add(item(TodoKind.DISSOLUTION_DUE, c, c.dissolutionDue(),
                        AssemblyDeadlines.overdue(c.dissolutionDue(), today), link));
            } else if (c.reelectionDue()) {
                items.add(item(TodoKind.REELECTION_DUE, c, c.termEnd(), AssemblyDeadlines.overdue(c.termEnd(), today),
                        link));
            }
        }
        for (var h : handovers.open()) {
            items.add(new TodoItem(TodoKind.HANDOVER_DUE, h.estateId(), h.estateName(), h.townshipName(),
                    h.communityName(), null, h.committeeId(), h.dueOn(), h.overdue(), "/console/handovers/" + h.id()));
        }
        for (var r : rolls.pending()) {
            items.add(new TodoItem(TodoKind.ROLL_HANDOVER_DUE, r.estateId(), r.estateName(), r.townshipName(),
                    r.communityName(), null, null, r.dueOn(), r.overdue(), "/console/roll-handovers/" + r.id()));
        }
        for (var p : petitions.pending()) {
            items.add(new TodoItem(TodoKind.PETITION_PENDING, p.estateId(), p.estateName(), p.townshipName(),
                    p.communityName(), null, p.committeeId(), null, false, "/console/petitions/" + p.id()));
        }
        items.sort(ORDER);
        return items;
    }

    private static TodoItem item(TodoKind kind, Committee c, LocalDate deadline, boolean overdue, String link) {
        return new TodoItem(kind, c.estateId(), c.estateName(), c.townshipName(), c.communityName(), null, c.id(),
                deadline, overdue, link);
    }
}
