package org.anju.identity;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;

/**
 * Reads of the audit trail that {@link AuditLog} writes: the county browses it, and a record's
 * page shows its own history as a timeline (plan §14: who did what, when, from where).
 */
public interface AuditTrail {

    /** The time zone every audit time is shown in. */
    java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /**
     * Filters of the trail; each optional. The dates are days in Asia/Shanghai, both inclusive.
     */
    record Query(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to) {

        public static Query none() {
            return new Query(null, null, null, null, null, null);
        }
    }

    /** One recorded event, its time in Asia/Shanghai. */
    record Event(long id, ZonedDateTime occurredAt, String actor, String actorRole, String action, String entityType,
                 String entityId, String summary, String reason, String remoteAddr) {
    }

    /**
     * One entry of an owner's access log (PIPL art. 45: who read my personal data): the actor's
     * display name is looked up from the account, the account name kept for reference.
     */
    record Access(ZonedDateTime occurredAt, String action, String actor, String actorRole, String actorName,
                  String summary, String reason) {
    }

    /** The trail, newest first. Requires {@link Permission#AUDIT_READ} (403 otherwise). */
    PageResult<Event> search(Query query, PageRequest page);

    /**
     * One record's history, newest first. Not permission-checked: the caller shows it only
     * beside a record it has already found in the caller's jurisdiction.
     */
    PageResult<Event> history(String entityType, String entityId, PageRequest page);

    /**
     * What others did with one record, newest first: the record's own actor (the owner reading
     * their own data) is left out. Not permission-checked, like {@link #history}: the caller has
     * established that the record is the caller's own.
     */
    PageResult<Access> accessesByOthers(String entityType, String entityId, String self, PageRequest page);
}
