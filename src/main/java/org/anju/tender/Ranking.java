package org.anju.tender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.tender.TenderView.Bid;
import org.anju.tender.TenderView.Score;

/**
 * How bids rank (plan §11 综合评分): a bid's score is the mean, over the panel, of each expert's points summed over
 * the criteria (2 decimals, half up); the highest score wins, a tie goes to the lower price, then the earlier bid.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Each bid's score from the complete sheets of the given panel members. */
    public static Map<Long, BigDecimal> scores(List<Score> scores, int panelMembers) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        scores.forEach(s -> sums.merge(s.bidId(), s.points(), BigDecimal::add));
        Map<Long, BigDecimal> means = new HashMap<>();
        if (panelMembers > 0) {
            sums.forEach((bid, sum) -> means.put(bid, sum.divide(BigDecimal.valueOf(panelMembers), 2,
                    RoundingMode.HALF_UP)));
        }
        return means;
    }

    /** The bids best first (bids carry their score). */
    public static List<Bid> rank(List<Bid> bids) {
        return bids.stream().sorted(Comparator.comparing((Bid b) -> b.score() == null ? BigDecimal.valueOf(-1)
                        : b.score()).reversed().thenComparing(Bid::price, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Bid::submittedAt)).toList();
    }
}
