package org.anju.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

@Component
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void record(AuditEntry e) {
        var user = Jurisdictions.currentUser();
        write(user.map(AnjuUser::getUsername).orElse("system"), user.map(u -> u.role().name()).orElse(null), e);
    }

    @Override
    public void recordAs(String actor, AuditEntry e) {
        write(actor, null, e);
    }

    private void write(String actor, String role, AuditEntry e) {
        jdbc.sql("""
                insert into idn_audit_event (actor, actor_role, action, entity_type, entity_id, summary, reason,
                                             remote_addr, before_state, after_state)
                values (:actor, :role, :action, :type, :id, :summary, :reason, :addr,
                        cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", actor)
                .param("role", role)
                .param("action", e.action())
                .param("type", e.entityType())
                .param("id", e.entityId())
                .param("summary", truncate(e.summary()))
                .param("reason", truncate(e.reason()))
                .param("addr", remoteAddress())
                .param("before", e.before() == null ? null : json.writeValueAsString(e.before()))
                .param("after", e.after() == null ? null : json.writeValueAsString(e.after()))
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
        return null;
    }
}
