package org.anju.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.anju.tender.internal.TenderStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sample tenders for the demo, written with the given times (not the clock) and without a caller: the rules
 * (scheme, window, draw, ranking) are the same as for {@link Tenders}. Not for requests.
 */
@Service
public class TenderSeeds {

    /** A sample bid. */
    public record SampleBid(long companyId, String companyName, BigDecimal price, String proposal) {
    }

    private final TenderStore store;

    TenderSeeds(TenderStore store) {
        this.store = store;
    }

    @Transactional
    public long expert(long countyId, String countyPath, String name, String specialty) {
        return store.addExpert(countyId, countyPath, name, specialty);
    }

    @Transactional
    public void conflict(long expertId, long companyId, String reason) {
        store.addConflict(expertId, companyId, reason);
    }

    /**
     * A tender with its bids; opened, scored and awarded to the top-ranked bid when {@code award} is set
     * (its times must then lie in the past).
     */
    @Transactional
    public long tender(long estateId, String title, String developer, String requirements, Instant deadline,
                       Instant openingAt, List<ScoringScheme.Weight> criteria, List<SampleBid> bids, boolean award,
                       long seed) {
        long id = store.insert(new TenderStore.NewTender(estateId, title, developer, requirements, deadline, openingAt,
                5, "system"), criteria);
        Instant submitted = deadline.minusSeconds(86_400L * 3);
        for (SampleBid b : bids) {
            store.bid(id, b.companyId(), b.companyName(), b.price(), b.proposal(),
                    Tenders.digest(id + "|" + b.companyId() + "|" + b.price().toPlainString() + "|" + b.proposal()),
                    submitted, "system");
            submitted = submitted.plusSeconds(3_600);
        }
        if (!award) {
            return id;
        }
        store.opened(id, openingAt);
        TenderStore.State state = store.state(id);
        List<Long> panel = PanelDraw.draw(store.pool(state.estatePath()), store.conflicted(store.bidders(id)), 5, seed);
        if (panel.isEmpty()) {
            return id;
        }
        store.panel(id, seed, panel);
        Random random = new Random(seed);
        List<TenderView.Criterion> criteriaRows = store.criteria(id);
        List<TenderView.Bid> stored = store.bids(id, -1, openingAt);
        for (TenderView.PanelMember m : store.panel(id)) {
            List<TenderView.Score> sheet = new ArrayList<>();
            for (TenderView.Bid b : stored) {
                for (TenderView.Criterion c : criteriaRows) {
                    int points = Math.max(0, c.weight() - random.nextInt(Math.max(1, c.weight() / 3 + 1)));
                    sheet.add(new TenderView.Score(m.id(), b.id(), c.id(), BigDecimal.valueOf(points)));
                }
            }
            store.scores(m.id(), sheet, "system");
        }
        List<TenderView.Score> scores = store.scores(id);
        var totals = Ranking.scores(scores, panel.size());
        List<TenderView.Bid> ranked = Ranking.rank(stored.stream().map(b -> new TenderView.Bid(b.id(), b.companyId(),
                b.companyName(), b.submittedAt(), b.digest(), b.price(), b.proposal(), totals.get(b.id()))).toList());
        store.awarded(id, ranked.get(0).id(), "综合得分最高 (" + ranked.get(0).score() + " 分), 服务方案完整, 报价合理。",
                openingAt.plusSeconds(86_400L * 2));
        return id;
    }
}
