package org.anju.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * A handover's checklist and who confirms it (rules.md §2, Henan 2017 arts. 24–33: seals, records, money and
 * property are handed over; the township may order it and witnesses it). Money is listed with its amount in
 * yuan (two decimals). The outgoing side confirms a checklist that lists something; the incoming side confirms
 * only when every item is marked handed; the township witnesses once both sides confirmed. The checklist is
 * fixed once a side has confirmed.
 */
final class HandoverChecklist {

    /** One line as entered. */
    record Line(HandoverItemKind kind, String description, BigDecimal amount, boolean handed) {
    }

    /** Who has confirmed so far. */
    record Confirmed(boolean outgoing, boolean incoming, boolean witnessed) {

        boolean any() {
            return outgoing || incoming || witnessed;
        }
    }

    private HandoverChecklist() {
    }

    /** What is wrong with the lines themselves (400). */
    static List<FieldError> checkLines(List<Line> lines) {
        List<FieldError> errors = new ArrayList<>();
        if (lines.size() > 50) {
            errors.add(new FieldError("items", "handover.error.tooMany", 50));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String field = "items[" + i + "]";
            String text = l.description() == null ? "" : l.description().strip();
            if (l.kind() == null) {
                errors.add(new FieldError(field + ".kind", "handover.error.itemKind"));
            }
            if (text.isEmpty() || text.length() > 200 || !Guards.printable(text)) {
                errors.add(new FieldError(field + ".description", "handover.error.description"));
            }
            if (l.amount() != null && (l.amount().signum() < 0 || l.amount().scale() > 2
                    || l.amount().compareTo(new BigDecimal("999999999999.99")) > 0)) {
                errors.add(new FieldError(field + ".amount", "handover.error.amount"));
            } else if (l.kind() == HandoverItemKind.MONEY && l.amount() == null) {
                errors.add(new FieldError(field + ".amount", "handover.error.moneyAmount"));
            }
        }
        return errors;
    }

    /** Why the checklist may not be replaced now (422). */
    static List<FieldError> checkReplace(Confirmed confirmed) {
        return confirmed.any() ? List.of(new FieldError("items", "handover.error.locked")) : List.of();
    }

    /** Why this side may not confirm now (422). */
    static List<FieldError> checkConfirm(HandoverSide side, List<Line> lines, Confirmed confirmed) {
        List<FieldError> errors = new ArrayList<>();
        boolean already = switch (side) {
            case OUTGOING -> confirmed.outgoing();
            case INCOMING -> confirmed.incoming();
            case WITNESS -> confirmed.witnessed();
        };
        if (already) {
            errors.add(new FieldError("side", "handover.error.confirmed"));
        } else if (lines.isEmpty()) {
            errors.add(new FieldError("items", "handover.error.empty"));
        } else if (side == HandoverSide.INCOMING && lines.stream().anyMatch(l -> !l.handed())) {
            errors.add(new FieldError("items", "handover.error.notHanded",
                    lines.stream().filter(l -> !l.handed()).count()));
        } else if (side == HandoverSide.WITNESS && !(confirmed.outgoing() && confirmed.incoming())) {
            errors.add(new FieldError("side", "handover.error.witnessFirst"));
        }
        return errors;
    }
}
