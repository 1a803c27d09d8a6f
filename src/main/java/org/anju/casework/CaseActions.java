package org.anju.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.anju.casework.internal.CaseStore.Row;
import org.anju.platform.InvalidRequestException;

/** What each action writes: the note it needs, the columns it sets and the timeline entry it leaves. */
final class CaseActions {

    /** The update of one action. */
    record Change(String assignments, Map<String, Object> params, String event, String eventNote) {
    }

    private CaseActions() {
    }

    /** A reason for RETURN and REROUTE, a note for PROGRESS, a result for RESOLVE; optional otherwise. */
    static String checkedNote(Complaints.Act a) {
        String note = Texts.strip(a.note());
        int min = switch (a.action()) {
            case RETURN, REROUTE, RESOLVE, PROGRESS -> 2;
            default -> 0;
        };
        if ((min > 0 && (note == null || note.length() < min)) || (note != null && (note.length() > 2000 || !Texts.clean(note)))) {
            throw InvalidRequestException.field("note", "casework.error.note." + a.action().name());
        }
        return note;
    }

    static Change change(Row r, Complaints.Act a, String note, CaseFlow.State next, Instant now,
                         BiFunction<Row, Complaints.Act, Dispatch.Body> reroute,
                         BiFunction<Row, Instant, Instant> reopenedDue) {
        Map<String, Object> p = new HashMap<>();
        p.put("status", next.status().name());
        p.put("now", Timestamp.from(now));
        StringBuilder set = new StringBuilder("status = :status");
        String event = a.action().name();
        String eventNote = note;
        switch (a.action()) {
            case ACCEPT -> set.append(", accepted_at = :now");
            case PROGRESS -> {
            }
            case RESOLVE -> {
                set.append(", resolved_at = :now, result = :note");
                p.put("note", note);
            }
            case RETURN -> {
                set.append(", returns = :returns, body_kind = null, department_id = null, company_id = null,"
                        + " body_name = null, accepted_at = null");
                p.put("returns", next.returns());
                eventNote = r.bodyName() + ": " + note;
            }
            case REROUTE -> {
                Dispatch.Body body = reroute.apply(r, a);
                set.append(", body_kind = :kind, department_id = :department, company_id = :company,"
                        + " body_name = :bodyName, accepted_at = null");
                p.put("kind", body.kind().name());
                p.put("department", body.departmentId());
                p.put("company", body.companyId());
                p.put("bodyName", body.name());
                eventNote = body.name() + ": " + note;
            }
            case RATE -> {
                set.append(", rating = :rating");
                p.put("rating", a.rating().name());
                eventNote = a.rating().name() + (note == null ? "" : ": " + note);
                if (next.status() == CaseStatus.CLOSED) {
                    set.append(", closed_at = :now");
                } else {
                    // Unsatisfied, first time: back to the same body with a fresh time limit.
                    set.append(", reopens = :reopens, resolved_at = null, accepted_at = null, warned_at = null,"
                            + " escalated_at = null, due_at = :due");
                    p.put("reopens", next.reopens());
                    p.put("due", Timestamp.from(reopenedDue.apply(r, now)));
                    event = "REOPEN";
                }
            }
        }
        return new Change(set.toString(), p, event, eventNote);
    }
}
