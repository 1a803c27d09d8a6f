package org.anju.tender;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the expert panel (plan §11: 从专家库中随机抽取): from the county's active experts, leaving out every
 * expert conflicted with a bidding company, the given number at random. The draw is reproducible from its seed,
 * which the tender keeps, so that anyone can check it.
 */
public final class PanelDraw {

    private PanelDraw() {
    }

    /**
     * @param pool       the county's active experts
     * @param conflicted experts conflicted with at least one bidder: never drawn
     * @return the drawn experts, or an empty list when fewer than {@code size} are free of conflict
     */
    public static List<Long> draw(Collection<Long> pool, Set<Long> conflicted, int size, long seed) {
        List<Long> free = new ArrayList<>(pool.stream().filter(e -> !conflicted.contains(e)).sorted().toList());
        if (free.size() < size) {
            return List.of();
        }
        java.util.Collections.shuffle(free, new Random(seed));
        return List.copyOf(free.subList(0, size));
    }
}
