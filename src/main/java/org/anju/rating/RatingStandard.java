package org.anju.rating;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a county's star standard (住宅物业服务星级标准, plan §8): the items raters score by section, the
 * veto items (一票否决), the weight of the township's on-site score against the experts' average, and the score
 * each star needs ({@code thresholds}: one to five stars, ascending). {@code id} is 0 for the shipped default
 * that the county has not yet saved.
 */
public record RatingStandard(long id, int version, String title, boolean isDefault, int townshipWeight,
                           List<BigDecimal> thresholds, List<Item> items, String createdBy, OffsetDateTime createdAt) {

    public RatingStandard {
        thresholds = List.copyOf(thresholds);
        items = List.copyOf(items);
    }

    /**
     * An item: its section, what is scored, the maximum score and how to score it. A veto item has no points:
     * when a rater records it, the project gets no star whatever its score.
     */
    public record Item(long id, int position, String section, String name, BigDecimal maxScore, String method,
                       boolean veto) {
    }

    /** The sections in the order of their first item. */
    public List<String> sections() {
        return items.stream().map(Item::section).distinct().toList();
    }

    /** The items that carry points. */
    public List<Item> scored() {
        return items.stream().filter(i -> !i.veto()).toList();
    }

    /** The veto items. */
    public List<Item> vetoes() {
        return items.stream().filter(Item::veto).toList();
    }

    /** Points of all scored items together. */
    public BigDecimal total() {
        return scored().stream().map(Item::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
