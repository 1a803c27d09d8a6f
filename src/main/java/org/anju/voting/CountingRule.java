package org.anju.voting;

import java.math.BigDecimal;

/**
 * Civil Code art. 278 (rules.md §1 "Thresholds"), decided with exact arithmetic: a fraction is compared by
 * cross-multiplying, never by dividing, so 0.01 m² short of a threshold fails.
 * <ul>
 *   <li>Participation: ≥ 2/3 of the roll's exclusive area <b>and</b> ≥ 2/3 of its owners.</li>
 *   <li>Items 6–8 ({@link Matter#special()}): ≥ 3/4 of the participating area and of the participating owners.</li>
 *   <li>Items 1–5 and 9: more than 1/2 of the participating area and of the participating owners.</li>
 *   <li>{@link VoteMode#OBJECTION} (fund use only, where the covenant allows it): carried unless objectors hold
 *       more than 1/3 of the roll's area or more than 1/3 of its owners; there is no participation quorum.</li>
 * </ul>
 */
public final class CountingRule {

    /** Whether enough owners took part, and whether the motion is carried. */
    public record Outcome(boolean quorate, boolean passed) {
    }

    private CountingRule() {
    }

    public static Outcome decide(Matter matter, VoteMode mode, Tally t) {
        if (mode == VoteMode.OBJECTION) {
            if (matter != Matter.USE_FUND) {
                throw new IllegalArgumentException("an objection vote decides only the use of the fund");
            }
            Tally.Weight total = t.total();
            boolean blocked = moreThan(t.against().area(), total.area(), 1, 3)
                    || t.against().owners() * 3 > total.owners();
            return new Outcome(true, !blocked && total.owners() > 0);
        }
        Tally.Weight p = t.participating();
        boolean quorate = t.total().owners() > 0
                && atLeast(p.area(), t.total().area(), 2, 3) && p.owners() * 3 >= t.total().owners() * 2;
        if (!quorate) {
            return new Outcome(false, false);
        }
        Tally.Weight a = t.agree();
        boolean passed = matter.special()
                ? atLeast(a.area(), p.area(), 3, 4) && a.owners() * 4 >= p.owners() * 3
                : moreThan(a.area(), p.area(), 1, 2) && a.owners() * 2 > p.owners();
        return new Outcome(true, passed);
    }

    /** part ≥ num/den of whole. */
    static boolean atLeast(BigDecimal part, BigDecimal whole, int num, int den) {
        return part.multiply(BigDecimal.valueOf(den)).compareTo(whole.multiply(BigDecimal.valueOf(num))) >= 0;
    }

    /** part > num/den of whole. */
    static boolean moreThan(BigDecimal part, BigDecimal whole, int num, int den) {
        return part.multiply(BigDecimal.valueOf(den)).compareTo(whole.multiply(BigDecimal.valueOf(num))) > 0;
    }
}
