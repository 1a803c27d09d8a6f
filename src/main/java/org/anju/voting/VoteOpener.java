package org.anju.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.region.RegisterHoldings;
import org.anju.region.RegisterView.OwnerRef;
import org.anju.voting.internal.VoteStore;
import org.anju.voting.internal.VoteStore.RollHouse;
import org.anju.voting.internal.VoteStore.RollOwner;
import org.anju.voting.internal.VoteStore.RollVoter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a vote when its period starts: freezes the roll (houses, areas and owners as the register has them now,
 * grouped into voters by {@link Electorate}) so later register changes do not change the count. Runs in its own
 * transaction so any read may open a due vote; the vote row is locked so it opens once.
 */
@Component
class VoteOpener {

    private final VoteStore store;
    private final RegisterHoldings holdings;
    private final AuditLog audit;
    private final Clock clock;

    VoteOpener(VoteStore store, RegisterHoldings holdings, AuditLog audit, Clock clock) {
        this.store = store;
        this.holdings = holdings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the vote if it is scheduled and its period has started; no-op otherwise. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void openIfDue(long voteId, long estateId, Long areaId, Long buildingId, String section, Instant opensAt) {
        Instant now = clock.instant();
        if (opensAt.isAfter(now) || store.lock(voteId, true) != VoteStatus.SCHEDULED) {
            return;
        }
        open(voteId, estateId, areaId, buildingId, section, now);
    }

    /** The houses of the vote's scope: the estate, one management area, one building, or one section (单元). */
    List<RegisterHoldings.Holding> houses(long estateId, Long areaId, Long buildingId, String section) {
        List<RegisterHoldings.Holding> all = holdings.of(estateId, areaId, buildingId);
        return section == null ? all : all.stream().filter(h -> section.equals(h.section())).toList();
    }

    /** Freezes the roll in the caller's transaction (the vote row must be locked or just created). */
    void open(long voteId, long estateId, Long areaId, Long buildingId, String section, Instant now) {
        List<RegisterHoldings.Holding> houses = houses(estateId, areaId, buildingId, section);
        Map<Long, RegisterHoldings.Holding> byId = new HashMap<>();
        Map<Long, String> ownerNames = new HashMap<>();
        List<Electorate.Holding> input = new ArrayList<>(houses.size());
        for (RegisterHoldings.Holding h : houses) {
            byId.put(h.houseId(), h);
            h.owners().forEach(o -> ownerNames.put(o.id(), o.name()));
            input.add(new Electorate.Holding(h.houseId(), h.exclusiveArea(), h.owners().stream().map(OwnerRef::id).toList()));
        }
        Electorate electorate = Electorate.of(input);
        List<RollVoter> voters = new ArrayList<>();
        for (Electorate.Voter v : electorate.voters()) {
            List<RollHouse> rollHouses = v.houseIds().stream().map(byId::get).map(h -> new RollHouse(h.houseId(),
                    h.buildingName(), h.section(), h.number(), h.exclusiveArea())).toList();
            List<RollOwner> owners = v.ownerIds().stream().map(o -> new RollOwner(o, ownerNames.get(o))).toList();
            String label = v.developer() ? "开发建设单位(未售房屋)" : label(owners);
            voters.add(new RollVoter(v.area(), v.developer(), label, rollHouses, owners));
        }
        Tally.Weight total = electorate.total();
        store.freeze(voteId, voters, total.area(), (int) total.owners(), now);
        audit.record(new AuditEntry("OPEN", "vote", String.valueOf(voteId), "表决开始, 冻结业主名册 (" + houses.size()
                + " 户, " + total.owners() + " 名业主, " + total.area().toPlainString() + " m²)", null,
                Map.of("houses", houses.size(), "owners", total.owners(), "area", total.area()), null));
    }

    private static String label(List<RollOwner> owners) {
        String names = String.join("、", owners.stream().map(RollOwner::name).toList());
        return names.length() > 300 ? names.substring(0, 297) + "…" : names;
    }

}
