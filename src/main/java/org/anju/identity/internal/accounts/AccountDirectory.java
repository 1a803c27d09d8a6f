package org.anju.identity.internal.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.AuditTrail;
import org.anju.identity.Role;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads accounts for the administrator's list: by role, keyword and status, newest first. */
@Component
public class AccountDirectory {

    /** What an account's row shows. */
    public record Account(long id, String username, String displayName, Role role, Binding binding, boolean enabled,
                   boolean locked, boolean mustChangePassword, java.time.ZonedDateTime createdAt) {

        /** The status tag: disabled wins over locked, locked over a pending password change. */
        public Status status() {
            return !enabled ? Status.DISABLED : locked ? Status.LOCKED
                    : mustChangePassword ? Status.MUST_CHANGE_PASSWORD : Status.ACTIVE;
        }
    }

    /** An account's state as the list filters and tags it. */
    public enum Status {
        /** Can sign in and work. */
        ACTIVE,
        /** Must change its temporary password before anything else. */
        MUST_CHANGE_PASSWORD,
        /** Locked for a while after repeated wrong passwords. */
        LOCKED,
        /** Disabled by an administrator: cannot sign in. */
        DISABLED
    }

    /** The list's filters, each optional. */
    public record Filter(Role role, String keyword, Status status) {
    }

    private static final String COLUMNS = """
            select id, username, display_name, role, region_id, estate_id, company_id, department_id, owner_id,
                   enabled, coalesce(locked_until > now(), false) as locked, must_change_password, created_at
            from idn_account""";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Account> list(Filter f, PageRequest page) {
        String like = Where.contains(f.keyword());
        Where where = new Where()
                .andIf(f.role() == null ? null : f.role().name(), "role = :role", "role")
                .andIf(like, "(username ilike :kw or display_name ilike :kw)", "kw");
        if (f.status() != null) {
            where.and(switch (f.status()) {
                case DISABLED -> "not enabled";
                case LOCKED -> "enabled and locked_until > now()";
                case MUST_CHANGE_PASSWORD -> "enabled and coalesce(locked_until <= now(), true) and must_change_password";
                case ACTIVE -> "enabled and coalesce(locked_until <= now(), true) and not must_change_password";
            }, Map.of());
        }
        long total = jdbc.sql("select count(*) from idn_account where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Account> rows = jdbc.sql(COLUMNS + " where " + where.sql() + " order by id desc limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(AccountDirectory::account).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    Account find(long id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(AccountDirectory::account).optional()
                .orElseThrow(() -> new NotFoundException("account", id));
    }

    Optional<Long> idOf(String username) {
        return jdbc.sql("select id from idn_account where username = ?").param(username).query(Long.class).optional();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                new Binding(rs.getObject("region_id", Long.class), rs.getObject("estate_id", Long.class),
                        rs.getObject("company_id", Long.class), rs.getObject("department_id", Long.class),
                        rs.getObject("owner_id", Long.class)),
                rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("must_change_password"),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(AuditTrail.ZONE));
    }
}
