package org.anju.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditTrail;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Reads idn_audit_event with the indexes on time, entity and actor. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PageResult<Event> search(Query q, PageRequest page) {
        if (Jurisdictions.currentUser().filter(u -> u.can(Permission.AUDIT_READ)).isEmpty()) {
            throw new AccessDeniedException(Permission.AUDIT_READ.name());
        }
        return page(where(q), page);
    }

    /** The query's filters as a where clause over idn_audit_event. */
    static Where where(Query q) {
        return new Where()
                .andIf(q.actor(), "actor = :actor", "actor")
                .andIf(q.action(), "action = :action", "action")
                .andIf(q.entityType(), "entity_type = :type", "type")
                .andIf(q.entityId(), "entity_id = :id", "id")
                .andIf(q.from() == null ? null : q.from().atStartOfDay(ZONE).toOffsetDateTime(),
                        "occurred_at >= :from", "from")
                .andIf(q.to() == null ? null : q.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime(),
                        "occurred_at < :to", "to");
    }

    @Override
    public PageResult<Event> history(String entityType, String entityId, PageRequest page) {
        return page(new Where().and("entity_type = :type and entity_id = :id",
                Map.of("type", entityType, "id", entityId)), page);
    }

    @Override
    public PageResult<Access> accessesByOthers(String entityType, String entityId, String self, PageRequest page) {
        Where where = new Where().and("a.entity_type = :type and a.entity_id = :id and a.actor <> :self",
                Map.of("type", entityType, "id", entityId, "self", self));
        long total = jdbc.sql("select count(*) from idn_audit_event a where " + where.sql())
                .params(where.params()).query(Long.class).single();
        List<Access> rows = jdbc.sql("""
                        select a.occurred_at, a.action, a.actor, a.actor_role, c.display_name, a.summary, a.reason
                        from idn_audit_event a left join idn_account c on c.username = a.actor
                        where """ + where.sql() + " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Access(rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(ZONE),
                        rs.getString("action"), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getString("display_name"), rs.getString("summary"), rs.getString("reason")))
                .list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    private PageResult<Event> page(Where where, PageRequest page) {
        long total = jdbc.sql("select count(*) from idn_audit_event where " + where.sql())
                .params(where.params()).query(Long.class).single();
        List<Event> rows = jdbc.sql("""
                        select id, occurred_at, actor, actor_role, action, entity_type, entity_id, summary, reason,
                               remote_addr
                        from idn_audit_event where """ + where.sql()
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(JdbcAuditTrail::event).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    private static Event event(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(ZONE),
                rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("summary"), rs.getString("reason"), rs.getString("remote_addr"));
    }
}
