package org.anju.identity.internal.accounts;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.anju.identity.AuditTrail;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An account's logins and failed logins, newest first, from the audit trail's LOGIN and
 * LOGIN_FAILED entries (browser logins; HTTP Basic calls are not logins). Read through the
 * index on (actor, occurred_at).
 */
@Component
public class LoginHistory {

    /** One login attempt, its time in Asia/Shanghai. */
    public record Login(ZonedDateTime at, String address, boolean success, String summary) {
    }

    private final JdbcClient jdbc;

    LoginHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Login> of(String username, PageRequest page) {
        String where = " from idn_audit_event where actor = :actor and action in ('LOGIN', 'LOGIN_FAILED')";
        long total = jdbc.sql("select count(*)" + where).param("actor", username).query(Long.class).single();
        List<Login> rows = jdbc.sql("select occurred_at, remote_addr, action, summary" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("actor", username).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new Login(rs.getObject("occurred_at", OffsetDateTime.class)
                        .atZoneSameInstant(AuditTrail.ZONE), rs.getString("remote_addr"),
                        "LOGIN".equals(rs.getString("action")), rs.getString("summary")))
                .list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }
}
