package org.anju.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. */
@Service
public class Accounts {

    /** What a new account needs: its role and the one binding that role requires. */
    public record NewAccount(String username, String rawPassword, String displayName, Role role,
                             AnjuUser.Binding binding) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Transactional
    public long create(NewAccount a) {
        AnjuUser.Binding b = a.binding();
        return jdbc.sql("""
                insert into idn_account (username, password_hash, display_name, role, region_id, estate_id,
                                         company_id, department_id, owner_id)
                values (:username, :hash, :display, :role, :region, :estate, :company, :department, :owner)
                returning id""")
                .param("username", a.username())
                .param("hash", passwords.encode(a.rawPassword()))
                .param("display", a.displayName())
                .param("role", a.role().name())
                .param("region", b.regionId())
                .param("estate", b.estateId())
                .param("company", b.companyId())
                .param("department", b.departmentId())
                .param("owner", b.ownerId())
                .query(Long.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from idn_account where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    /**
     * Loads an account with the permissions its role holds now (idn_role_permission), so that a
     * change of a role's permissions applies from the account's next login.
     */
    public Optional<AnjuUser> load(String username) {
        return jdbc.sql("""
                select id, username, password_hash, display_name, role, region_id, estate_id, company_id,
                       department_id, owner_id, enabled, coalesce(locked_until > now(), false) as locked,
                       must_change_password,
                       array(select permission from idn_role_permission p where p.role = a.role) as permissions
                from idn_account a where username = ?""")
                .param(username)
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    return new AnjuUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                            rs.getString("display_name"), role,
                            new AnjuUser.Binding(rs.getObject("region_id", Long.class),
                                    rs.getObject("estate_id", Long.class), rs.getObject("company_id", Long.class),
                                    rs.getObject("department_id", Long.class), rs.getObject("owner_id", Long.class)),
                            rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getBoolean("must_change_password"),
                            permissions((String[]) rs.getArray("permissions").getArray()));
                })
                .optional();
    }

    private static Set<Permission> permissions(String[] names) {
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        for (String name : names) {
            // A row naming a permission this version no longer has grants nothing.
            Arrays.stream(Permission.values()).filter(p -> p.name().equals(name)).forEach(set::add);
        }
        return set;
    }
}
