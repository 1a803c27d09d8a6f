package org.anju.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the hash chain. Appends are serialised by a transaction-scoped advisory lock, so
 * two nodes or two requests never chain onto the same predecessor; the entry commits or rolls
 * back with the caller's change.
 */
@Component
class JdbcAuditLog implements AuditLog {

    /** Advisory lock key of the audit chain ("anjuaudt" as a number). */
    static final long CHAIN_LOCK = 0x616e6a7561756474L;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry e) {
        var user = Jurisdictions.currentUser();
        write(user.map(AnjuUser::getUsername).orElse("system"), user.map(u -> u.role().name()).orElse(null), e);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditEntry e) {
        write(actor, null, e);
    }

    private void write(String actor, String role, AuditEntry e) {
        // Everything that does not depend on the predecessor is prepared before the lock: the lock is held from
        // here to the caller's commit, and every append of every node waits for it.
        String before = e.before() == null ? null : json.writeValueAsString(e.before());
        String after = e.after() == null ? null : json.writeValueAsString(e.after());
        String summary = truncate(e.summary());
        String reason = truncate(e.reason());
        String address = remoteAddress();
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        // A statement of its own after the lock: its snapshot is taken once the lock is held, so it sees the
        // predecessor committed by the previous holder (in the lock's statement it would not). Id and predecessor
        // come in one round trip.
        Object[] next = jdbc.sql("""
                        select nextval('idn_audit_event_id_seq'),
                               (select hash from idn_audit_event order by id desc limit 1)""")
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        long id = (Long) next[0];
        String prev = next[1] == null ? AuditHash.GENESIS : (String) next[1];
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditHash entry = new AuditHash(id, at, actor, role, e.action(), e.entityType(), e.entityId(),
                summary, reason, address, before, after, prev);
        jdbc.sql("""
                insert into idn_audit_event (id, occurred_at, actor, actor_role, action, entity_type, entity_id, summary,
                                             reason, remote_addr, before_state, after_state, prev_hash, hash)
                values (:id, :at, :actor, :role, :action, :type, :entityId, :summary, :reason, :addr, :before, :after,
                        :prev, :hash)""")
                .param("id", id)
                .param("at", java.sql.Timestamp.from(at))
                .param("actor", actor)
                .param("role", role)
                .param("action", entry.action())
                .param("type", entry.entityType())
                .param("entityId", entry.entityId())
                .param("summary", entry.summary())
                .param("reason", entry.reason())
                .param("addr", entry.remoteAddr())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("prev", prev)
                .param("hash", entry.compute())
                .update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 512 ? s : s.substring(0, 512);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        // Work handed to a background thread (an import) keeps the address the user signed in from.
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
