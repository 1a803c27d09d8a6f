package org.anju.inspection;

import java.util.Map;
import org.anju.credit.Grade;

/**
 * Graded supervision (分级分类监管, rules.md §6: the sampling is raised for targets with many complaints or serious
 * violations): a target's weight in the draw is its company's grade weight, plus {@code complaintExtra} when the
 * company collected at least {@code complaintThreshold} complaint deductions in the last 12 months. Defaults: AAA 1,
 * AA 1, A 2, B 3, C 4; 3 complaints add 2. The plan records the weights it used.
 */
public record DrawWeights(Map<Grade, Integer> grades, int complaintThreshold, int complaintExtra) {

    public static final DrawWeights DEFAULT = new DrawWeights(Map.of(Grade.AAA, 1, Grade.AA, 1, Grade.A, 2,
            Grade.B, 3, Grade.C, 4), 3, 2);

    /** The weight of a target whose company has that grade (null: not graded, weighs as A) and complaints. */
    public int weight(Grade grade, long complaints) {
        int base = grades.getOrDefault(grade == null ? Grade.A : grade, 1);
        return base + (complaints >= complaintThreshold ? complaintExtra : 0);
    }

    /** How many targets a share (percent) of a directory draws: at least one, rounded up. */
    public static int count(int sharePercent, int directorySize) {
        if (directorySize == 0) {
            return 0;
        }
        return Math.min(directorySize, Math.max(1, (sharePercent * directorySize + 99) / 100));
    }
}
