package org.anju.fund;

/** How a use of the fund is decided (Order 165 arts. 22–24; HN art. 70). */
public enum UsageKind {
    /** 一般使用: rests on a carried owners' decision (or an uncontested objection vote), then county approval. */
    ORDINARY,
    /** 应急使用: an item of the emergency list; applied for directly, no vote; the county decides in 3 working days. */
    EMERGENCY,
    /**
     * 物业提升: paid from the fund's income above the demand rate (plan §17) on a carried owners' decision, never more
     * than is left of that income ({@link ImprovementRule}); then county approval, as an ordinary use.
     */
    IMPROVEMENT
}
