package org.anju.governance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.anju.governance.HandoverChecklist.Confirmed;
import org.anju.governance.HandoverChecklist.Line;
import org.anju.governance.HandoverView.Handover;
import org.anju.governance.HandoverView.Item;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.HandoverStore;
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
 * Committee handovers (交接, rules.md §2): opened by themselves when a new term's committee is filed (the
 * committees serving before hand over within 10 days) and when a member is removed (3 days), or by the
 * township for a member who leaves otherwise. Both sides fill in and confirm the checklist, the township
 * witnesses ({@link HandoverChecklist}); when a side refuses, the township orders the handover (intervention)
 * and it stays overdue on the to-do list until done. Reads within the caller's jurisdiction (outside = 404);
 * the checklist and the sides' confirmations by a register writer or the estate's own committee, witnessing
 * and ordering by the township (403 otherwise); every change audited.
 */
@Service
@Transactional(readOnly = true)
public class Handovers {

    /** A handover the township opens: for a member who leaves (or a successor committee not filed through us). */
    public record NewHandover(Long committeeId, HandoverKind kind, Long successorId, Long memberId,
                              LocalDate occasionOn) {
    }

    /** A checklist line as entered; amount in yuan, required for money. */
    public record NewItem(HandoverItemKind kind, String description, BigDecimal amount, Boolean handed) {
    }

    /** A side's (or the township's) confirmation: who signed, on which day. */
    public record Confirmation(HandoverSide side, String name, LocalDate confirmedOn) {
    }

    /** The township's order to hand over (责令交接). */
    public record Intervention(String reason, LocalDate orderedOn) {
    }

    private final HandoverStore store;
    private final CommitteeStore committees;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    Handovers(HandoverStore store, CommitteeStore committees, Jurisdictions jurisdictions, AuditLog audit,
              Clock clock) {
        this.store = store;
        this.committees = committees;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private HandoverDeadlines deadlines() {
        return new HandoverDeadlines(GovernanceSettings.of(committees.settings()));
    }

    public PageResult<Handover> list(Long townshipId, Long estateId, Long committeeId, HandoverStatus status,
                                     boolean overdueOnly, PageRequest page) {
        Register.requirePermission(Permission.REGISTER_READ);
        var f = new HandoverStore.Filter(townshipId, estateId, committeeId, status, overdueOnly);
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, f, today(), page), store.count(j, f, today()), page.page(), page.size());
    }

    public Handover get(long id) {
        Register.requirePermission(Permission.REGISTER_READ);
        return row(id);
    }

    /** Open handovers within reach, for the to-do list. */
    List<Handover> open() {
        return store.open(jurisdictions.current(), today());
    }

    @Transactional
    public Handover open(NewHandover n) {
        if (n.committeeId() == null) {
            throw InvalidRequestException.field("committeeId", "handover.error.committee");
        }
        CommitteeStore.Row c = committees.find(jurisdictions.current(), n.committeeId())
                .orElseThrow(() -> new NotFoundException("committee", n.committeeId()));
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (n.kind() == null) {
            errors.add(new FieldError("kind", "handover.error.kind"));
        }
        if (n.occasionOn() == null || n.occasionOn().isAfter(today())) {
            errors.add(new FieldError("occasionOn", "handover.error.occasionOn"));
        }
        if (n.kind() == HandoverKind.TERM && (n.successorId() == null || committees.find(jurisdictions.current(),
                n.successorId()).filter(s -> s.areaId() == c.areaId() && s.id() != c.id()).isEmpty())) {
            errors.add(new FieldError("successorId", "handover.error.successor"));
        }
        if (n.kind() == HandoverKind.MEMBER && (n.memberId() == null
                || committees.committeeOf(n.memberId()).filter(id -> id == c.id()).isEmpty())) {
            errors.add(new FieldError("memberId", "handover.error.member"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = insert(c.id(), n.kind(), n.kind() == HandoverKind.TERM ? n.successorId() : null,
                n.kind() == HandoverKind.MEMBER ? n.memberId() : null, n.occasionOn())
                .orElseThrow(() -> InvalidRequestException.rule("kind", "handover.error.exists"));
        Handover after = row(id);
        audit.record(AuditEntry.created("handover", id, "登记交接 (小区 " + c.estateName() + ")", n));
        return after;
    }

    /** The committees serving before a newly filed one hand over to it (called when its filing is accepted). */
    void openForTerm(long newCommitteeId, LocalDate filedOn) {
        for (long before : store.predecessors(newCommitteeId)) {
            insert(before, HandoverKind.TERM, newCommitteeId, null, filedOn).ifPresent(id -> {
                committees.event(before, "HANDOVER_OPENED", "换届交接 #" + id, Guards.actor());
                audit.record(AuditEntry.created("handover", id, "新一届委员会备案, 开启换届交接", Map.of(
                        "committeeId", before, "successorId", newCommitteeId, "occasionOn", filedOn)));
            });
        }
    }

    /** A removed member hands over what they hold (called when the removal is recorded). */
    void openForMember(long committeeId, long memberId, LocalDate leftOn) {
        insert(committeeId, HandoverKind.MEMBER, null, memberId, leftOn).ifPresent(id ->
                audit.record(AuditEntry.created("handover", id, "委员离任, 开启个人交接", Map.of(
                        "committeeId", committeeId, "memberId", memberId, "occasionOn", leftOn))));
    }

    private java.util.Optional<Long> insert(long committeeId, HandoverKind kind, Long successorId, Long memberId,
                                            LocalDate occasionOn) {
        return store.insert(committeeId, kind, successorId, memberId, occasionOn,
                deadlines().due(kind, occasionOn));
    }

    /** Replaces the checklist while nobody has confirmed yet. */
    @Transactional
    public Handover replaceItems(long id, List<NewItem> items) {
        Handover h = row(id);
        requireSideWriter();
        List<NewItem> given = items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        List<Line> lines = given.stream().map(i -> new Line(i.kind(), i.description(), i.amount(),
                Boolean.TRUE.equals(i.handed()))).toList();
        List<FieldError> errors = HandoverChecklist.checkLines(lines);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        requireOpen(h);
        rule(HandoverChecklist.checkReplace(confirmed(h)));
        store.replaceItems(id, lines.stream().map(l -> new Item(0, l.kind(), l.description().strip(), l.amount(),
                l.handed())).toList());
        return changed(h, "ITEMS", "交接清单 " + lines.size() + " 项", null);
    }

    /** A side confirms (or the township witnesses); the third confirmation completes the handover. */
    @Transactional
    public Handover confirm(long id, Confirmation c) {
        Handover h = row(id);
        if (c.side() == HandoverSide.WITNESS) {
            Guards.requireTownship();
        } else {
            requireSideWriter();
        }
        List<FieldError> errors = new ArrayList<>();
        if (c.side() == null) {
            errors.add(new FieldError("side", "handover.error.side"));
        }
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty() || name.length() > 64 || !Guards.printable(name)) {
            errors.add(new FieldError("name", "handover.error.name"));
        }
        if (c.confirmedOn() == null || c.confirmedOn().isAfter(today()) || c.confirmedOn().isBefore(h.occasionOn())) {
            errors.add(new FieldError("confirmedOn", "handover.error.confirmedOn", h.occasionOn()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        requireOpen(h);
        List<Line> lines = h.items().stream().map(i -> new Line(i.kind(), i.description(), i.amount(), i.handed()))
                .toList();
        rule(HandoverChecklist.checkConfirm(c.side(), lines, confirmed(h)));
        String column = switch (c.side()) {
            case OUTGOING -> "outgoing";
            case INCOMING -> "incoming";
            case WITNESS -> "witness";
        };
        String dateColumn = c.side() == HandoverSide.WITNESS ? "witnessed_on" : column + "_confirmed_on";
        store.update(id, column + "_name = :name, " + dateColumn + " = :on", Map.of("name", name, "on", c.confirmedOn()));
        if (c.side() == HandoverSide.WITNESS) {
            store.update(id, "status = 'COMPLETED', completed_on = :on", Map.of("on", c.confirmedOn()));
        }
        return changed(h, "CONFIRMED_" + c.side(), "交接确认 " + c.side() + ": " + name, null);
    }

    /** The township orders the handover when a side refuses or delays (责令交接); it stays on the to-do list. */
    @Transactional
    public Handover intervene(long id, Intervention i) {
        Handover h = row(id);
        Guards.requireTownship();
        String why = Guards.checkedReason(i.reason());
        if (i.orderedOn() == null || i.orderedOn().isAfter(today()) || i.orderedOn().isBefore(h.occasionOn())) {
            throw InvalidRequestException.field("orderedOn", "handover.error.orderedOn", h.occasionOn());
        }
        requireOpen(h);
        if (h.intervenedOn() != null) {
            throw InvalidRequestException.rule("reason", "handover.error.intervened");
        }
        store.update(id, "intervened_on = :on, intervention = :why", Map.of("on", i.orderedOn(), "why", why));
        return changed(h, "INTERVENED", "乡镇责令交接", why);
    }

    private static Confirmed confirmed(Handover h) {
        return new Confirmed(h.outgoingConfirmedOn() != null, h.incomingConfirmedOn() != null, h.witnessedOn() != null);
    }

    private static void requireOpen(Handover h) {
        if (h.status() != HandoverStatus.OPEN) {
            throw InvalidRequestException.rule("status", "handover.error.completed");
        }
    }

    private static void rule(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", errors);
        }
    }

    /** A register writer, or the estate's own owners' committee (its jurisdiction is its estate). */
    private static void requireSideWriter() {
        boolean own = Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        if (!own && Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException("REGISTER_WRITE");
        }
    }

    private Handover row(long id) {
        return store.find(jurisdictions.current(), id, today()).orElseThrow(() -> new NotFoundException("handover", id));
    }

    private Handover changed(Handover before, String action, String summary, String reason) {
        Handover after = row(before.id());
        committees.event(before.committeeId(), "HANDOVER_" + action, summary, Guards.actor());
        audit.record(new AuditEntry(action, "handover", String.valueOf(before.id()), summary + " (交接 " + before.id()
                + ", 小区 " + before.estateName() + ")", Map.of("status", before.status(), "items", before.items().size()),
                Map.of("status", after.status(), "items", after.items().size()), reason));
        return after;
    }
}
