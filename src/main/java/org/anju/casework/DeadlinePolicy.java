package org.anju.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.anju.calendar.WorkingDays;

/**
 * When a complaint is due (rules.md §7: common practice 2 h urgent, 24 h utilities, 7 days general, 15 days
 * complex, shipped as county-editable defaults) and when to warn. Hours run round the clock from receipt;
 * working days follow rules.md §8: the n-th working day after the day of receipt, to the close of that day
 * (23:59:59 Asia/Shanghai). The warning comes when three quarters of the time has passed.
 */
public final class DeadlinePolicy {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One time limit: for a category (null = every category) and urgency. */
    public record Rule(String category, Urgency urgency, int amount, DeadlineUnit unit, boolean isDefault) {
    }

    private DeadlinePolicy() {
    }

    /** The rule for a category and urgency: the category's own, else the one for every category. */
    public static Rule pick(List<Rule> rules, String category, Urgency urgency) {
        return rules.stream().filter(r -> urgency == r.urgency() && category.equals(r.category())).findFirst()
                .or(() -> rules.stream().filter(r -> urgency == r.urgency() && r.category() == null).findFirst())
                .orElseThrow(() -> new IllegalStateException("no time limit for " + urgency));
    }

    public static Instant due(Instant received, Rule rule, WorkingDays days) {
        if (rule.unit() == DeadlineUnit.HOURS) {
            return received.plus(Duration.ofHours(rule.amount()));
        }
        LocalDate last = days.deadline(received.atZone(ZONE).toLocalDate(), rule.amount());
        return last.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
    }

    /** When the body is warned: three quarters of the way from receipt to the deadline. */
    public static Instant warnAt(Instant received, Instant due) {
        return received.plus(Duration.between(received, due).multipliedBy(3).dividedBy(4));
    }
}
