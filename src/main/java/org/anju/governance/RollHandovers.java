package org.anju.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.governance.HandoverView.RollHandover;
import org.anju.governance.internal.AssemblyStore;
import org.anju.governance.internal.CommitteeStore;
import org.anju.governance.internal.HandoverStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The developer's handover of the owner roll (业主名册) and the area records to the township, due within 2 months
 * of the day a first-assembly condition was met (rules.md §2, Henan 2017 arts. 18–21; {@link HandoverDeadlines}).
 * The township records the day the condition was met (the register keeps no history of occupancy) and the
 * delivery, which must include both the roll and the area records. One record per estate. Reads within the
 * caller's jurisdiction (outside = 404), writes with REGISTER_WRITE (403), audited.
 */
@Service
@Transactional(readOnly = true)
public class RollHandovers {

    /** The township opens the record: which developer, and the day the first condition was met. */
    public record NewRollHandover(Long estateId, String developerName, LocalDate triggeredOn) {
    }

    /** What the developer delivered, and when. */
    public record Delivery(LocalDate deliveredOn, Boolean ownerRoll, Boolean areaRecords, String otherMaterials) {
    }

    private final HandoverStore store;
    private final AssemblyStore assemblies;
    private final CommitteeStore committees;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    RollHandovers(HandoverStore store, AssemblyStore assemblies, CommitteeStore committees,
                  Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.assemblies = assemblies;
        this.committees = committees;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public PageResult<RollHandover> list(Long townshipId, Boolean delivered, boolean overdueOnly, PageRequest page) {
        Register.requirePermission(Permission.REGISTER_READ);
        var j = jurisdictions.current();
        return new PageResult<>(store.rolls(j, townshipId, delivered, overdueOnly, today(), page),
                store.countRolls(j, townshipId, delivered, overdueOnly, today()), page.page(), page.size());
    }

    public RollHandover get(long id) {
        Register.requirePermission(Permission.REGISTER_READ);
        return row(id);
    }

    /** Estates within reach that have a roll record (the to-do list leaves them out of the invitations). */
    List<Long> estatesWithRoll() {
        return store.estatesWithRoll(jurisdictions.current());
    }

    /** Open records within reach not yet delivered (the to-do list). */
    List<RollHandover> pending() {
        return store.pendingRolls(jurisdictions.current(), today());
    }

    @Transactional
    public RollHandover open(NewRollHandover n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "committee.error.estate");
        }
        var estate = assemblies.estate(jurisdictions.current(), n.estateId())
                .orElseThrow(() -> new NotFoundException("estate", n.estateId()));
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        String developer = n.developerName() == null ? "" : n.developerName().strip();
        if (developer.length() < 2 || developer.length() > 128 || !Guards.printable(developer)) {
            errors.add(new FieldError("developerName", "assembly.error.developerName"));
        }
        if (n.triggeredOn() == null || n.triggeredOn().isAfter(today())) {
            errors.add(new FieldError("triggeredOn", "roll.error.triggeredOn"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        LocalDate due = new HandoverDeadlines(GovernanceSettings.of(committees.settings())).rollDue(n.triggeredOn());
        long id = store.insertRoll(n.estateId(), developer, n.triggeredOn(), due, Guards.actor())
                .orElseThrow(() -> InvalidRequestException.rule("estateId", "roll.error.exists"));
        RollHandover after = row(id);
        audit.record(AuditEntry.created("roll-handover", id, "登记开发建设单位移交业主名册 (小区 "
                + estate.estateName() + ")", n));
        return after;
    }

    /** The delivery: the roll and the area records both, on a day between the condition and today. */
    @Transactional
    public RollHandover deliver(long id, Delivery d) {
        RollHandover r = row(id);
        Register.requirePermission(Permission.REGISTER_WRITE);
        List<FieldError> errors = new ArrayList<>();
        if (d.deliveredOn() == null || d.deliveredOn().isAfter(today()) || d.deliveredOn().isBefore(r.triggeredOn())) {
            errors.add(new FieldError("deliveredOn", "roll.error.deliveredOn", r.triggeredOn()));
        }
        String other = d.otherMaterials() == null ? null : d.otherMaterials().strip();
        if (other != null && (other.length() > 500 || !Guards.printable(other))) {
            errors.add(new FieldError("otherMaterials", "roll.error.otherMaterials"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (r.deliveredOn() != null) {
            throw InvalidRequestException.rule("deliveredOn", "roll.error.delivered");
        }
        List<FieldError> rule = new ArrayList<>();
        if (!Boolean.TRUE.equals(d.ownerRoll())) {
            rule.add(new FieldError("ownerRoll", "roll.error.ownerRoll"));
        }
        if (!Boolean.TRUE.equals(d.areaRecords())) {
            rule.add(new FieldError("areaRecords", "roll.error.areaRecords"));
        }
        if (!rule.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", rule);
        }
        store.deliver(id, d.deliveredOn(), other == null || other.isEmpty() ? null : other, Guards.actor());
        RollHandover after = row(id);
        audit.record(new AuditEntry("DELIVERED", "roll-handover", String.valueOf(id), "开发建设单位移交业主名册 (小区 "
                + r.estateName() + ")", Map.of("deliveredOn", "-"), Map.of("deliveredOn", d.deliveredOn()), null));
        return after;
    }

    private RollHandover row(long id) {
        return store.roll(jurisdictions.current(), id, today()).orElseThrow(() -> new NotFoundException("roll-handover", id));
    }
}
