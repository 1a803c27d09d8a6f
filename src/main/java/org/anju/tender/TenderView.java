package org.anju.tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the tender module returns. */
public final class TenderView {

    private TenderView() {
    }

    /** A tender as listed. */
    public record Tender(long id, long estateId, String estateName, String townshipName, String title,
                         String developer, Instant deadline, Instant openingAt, TenderStatus status, int panelSize,
                         long bids) {
    }

    /** A criterion of the scoring scheme. */
    public record Criterion(long id, String name, int weight) {
    }

    /**
     * A bid as the caller may read it: price and proposal are null until the tender is opened (sealed), and
     * before opening only the bidder's own bid is listed.
     */
    public record Bid(long id, long companyId, String companyName, Instant submittedAt, String digest,
                      BigDecimal price, String proposal, BigDecimal score) {
    }

    /** A drawn expert on the panel, with whether their score sheet is complete. */
    public record PanelMember(long id, long expertId, String name, String specialty, boolean scored) {
    }

    /** One expert's points for one bid on one criterion. */
    public record Score(long panelMemberId, long bidId, long criterionId, BigDecimal points) {
    }

    /** The tender with its scheme, bids (sealed until opening), panel, scores and award. */
    public record Detail(Tender tender, String requirements, List<Criterion> criteria, List<Bid> bids,
                         boolean sealed, List<PanelMember> panel, Long panelSeed, List<Score> scores,
                         Long awardedBidId, String awardReason, Instant awardedAt) {
    }

    /** An expert of the county's pool with their declared conflicts. */
    public record Expert(long id, String name, String specialty, boolean active, List<Conflict> conflicts) {
    }

    /** An expert's conflict with a company (e.g. worked for it). */
    public record Conflict(long companyId, String reason) {
    }
}
