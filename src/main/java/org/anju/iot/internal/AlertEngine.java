package org.anju.iot.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.iot.IotView.Rule;
import org.anju.iot.RuleType;

/**
 * Decides, for one reading of a device, which of its kind's rules hold, which clear, and which the reading
 * says nothing about (plan §15: early warning without a flood of duplicates). Pure: the caller opens an
 * alert for a rule that holds without an open alert, updates the open one while it holds, closes it when
 * it clears. Any message clears an OFFLINE rule.
 */
public final class AlertEngine {

    /** What one reading means for one rule. */
    public enum Verdict {
        /** The condition holds (open an alert, or update the open one). */
        HOLDS,
        /** The condition does not hold (close an open alert). */
        CLEARS,
        /** The reading says nothing about this rule (a threshold on a metric it does not carry). */
        UNKNOWN
    }

    /** A rule's verdict, with the metric's value for a threshold. */
    public record Outcome(Rule rule, Verdict verdict, BigDecimal value) {
    }

    private AlertEngine() {
    }

    public static List<Outcome> evaluate(List<Rule> rules, Map<String, BigDecimal> metrics, List<String> events) {
        List<Outcome> out = new ArrayList<>();
        for (Rule r : rules) {
            if (!r.enabled()) {
                out.add(new Outcome(r, Verdict.CLEARS, null));
                continue;
            }
            out.add(switch (r.type()) {
                case OFFLINE -> new Outcome(r, Verdict.CLEARS, null);
                case EVENT -> new Outcome(r, events.contains(r.eventCode()) ? Verdict.HOLDS : Verdict.CLEARS, null);
                case THRESHOLD -> Optional.ofNullable(metrics.get(r.metric()))
                        .map(v -> new Outcome(r, breaches(r, v) ? Verdict.HOLDS : Verdict.CLEARS, v))
                        .orElseGet(() -> new Outcome(r, Verdict.UNKNOWN, null));
            });
        }
        return out;
    }

    /** Strictly below (or above) the threshold: a tank exactly at 20 % is not low. */
    static boolean breaches(Rule r, BigDecimal value) {
        int c = value.compareTo(r.threshold());
        return "BELOW".equals(r.operator()) ? c < 0 : c > 0;
    }

    /** Whether a device whose last message came at lastSeenMillis is offline at nowMillis under the rule. */
    public static boolean offline(Rule r, long lastSeenMillis, long nowMillis) {
        return r.type() == RuleType.OFFLINE && r.enabled()
                && nowMillis - lastSeenMillis >= r.offlineMinutes() * 60_000L;
    }
}
