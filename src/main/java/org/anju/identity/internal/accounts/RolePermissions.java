package org.anju.identity.internal.accounts;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which role holds which permission (idn_role_permission), as the county's administrator sets
 * it. No one edits their own permissions: the editor's own role is refused (等保 三权分立).
 * A change applies at each account's next login, when {@code Accounts.load} reads the table.
 */
@Service
class RolePermissions {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RolePermissions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every role with the permissions it holds now. */
    Map<Role, Set<Permission>> matrix() {
        Map<Role, Set<Permission>> matrix = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            matrix.put(r, EnumSet.noneOf(Permission.class));
        }
        jdbc.sql("select role, permission from idn_role_permission").query((rs, n) -> {
            Role role = parse(Role.class, rs.getString(1));
            Permission p = parse(Permission.class, rs.getString(2));
            if (role != null && p != null) {
                matrix.get(role).add(p);
            }
            return null;
        }).list();
        return matrix;
    }

    /** Sets one role's permissions; refused (403) for the editor's own role or without PERMISSION_ADMIN. */
    @Transactional
    boolean set(Role role, Set<Permission> permissions) {
        AnjuUser editor = Access.require(Permission.PERMISSION_ADMIN);
        if (editor.role() == role) {
            throw new OwnRoleException();
        }
        Set<Permission> before = matrix().get(role);
        Set<Permission> after = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        if (before.equals(after)) {
            return false;
        }
        jdbc.sql("delete from idn_role_permission where role = ?").param(role.name()).update();
        after.forEach(p -> jdbc.sql("insert into idn_role_permission (role, permission) values (?, ?)")
                .params(role.name(), p.name()).update());
        audit.record(new AuditEntry("UPDATE", "role", role.name(), "修改角色权限: " + role.name(),
                Map.of("permissions", before), Map.of("permissions", after), null));
        return true;
    }

    /** The editor tried to change the permissions of the role it holds itself. */
    static final class OwnRoleException extends AccessDeniedException {
        OwnRoleException() {
            super("own role");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
