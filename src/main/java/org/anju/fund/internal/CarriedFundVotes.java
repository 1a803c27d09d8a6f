package org.anju.fund.internal;

import org.anju.fund.FundUsages;
import org.anju.voting.Matter;
import org.anju.voting.MotionCarried;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A carried motion to use the fund (Civil Code art. 278 (6)) becomes the owners' decision an ordinary use names:
 * {@code decisionRef} = {@value #PREFIX}{voteId}-{motionId}. Recorded in the closing vote's transaction, so a
 * closed vote and its decision are never apart. The vote's scope goes with it: an area's, a building's or a
 * section's owners decide for their own houses only.
 */
@Component
class CarriedFundVotes {

    static final String PREFIX = "VOTE-";

    private final FundUsages usages;

    CarriedFundVotes(FundUsages usages) {
        this.usages = usages;
    }

    @EventListener
    void on(MotionCarried carried) {
        if (carried.matter() == Matter.USE_FUND) {
            usages.recordDecision(new FundUsages.OwnersDecision(PREFIX + carried.voteId() + "-" + carried.motionId(),
                    carried.estateId(), true, "业主共同决定: " + carried.title(), carried.areaId(),
                    carried.buildingId(), carried.section()));
        }
    }
}
