package org.anju.identity.internal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their own password: the current one is required, the new one must
 * pass {@link PasswordPolicy} (in every profile) and differ from the current one. The change is
 * audited, and the session's account is refreshed so a pending forced change is lifted at once.
 */
@Service
class PasswordChange {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Accounts accounts;
    private final AuditLog audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordChange(JdbcClient jdbc, PasswordEncoder passwords, Accounts accounts, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    void change(String current, String next, String confirm, HttpServletRequest request, HttpServletResponse response) {
        AnjuUser me = Access.me();
        String hash = jdbc.sql("select password_hash from idn_account where id = ?").param(me.accountId())
                .query(String.class).single();
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !passwords.matches(current, hash)) {
            errors.add(new FieldError("current", "password.error.current"));
        }
        PasswordPolicy.violations(me.getUsername(), next).forEach(key -> errors.add(new FieldError("next", key)));
        if (next != null && next.equals(current)) {
            errors.add(new FieldError("next", "password.error.same"));
        }
        if (next == null || !next.equals(confirm)) {
            errors.add(new FieldError("confirm", "password.error.confirm"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", errors);
        }
        jdbc.sql("""
                update idn_account set password_hash = ?, must_change_password = false, password_changed_at = now()
                where id = ?""").params(passwords.encode(next), me.accountId()).update();
        audit.record(new AuditEntry("UPDATE", "account", me.getUsername(), "修改密码", null, null, null));
        refresh(me.getUsername(), request, response);
    }

    private void refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        accounts.load(username).ifPresent(user -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                contexts.saveContext(context, request, response);
            }
        });
    }
}
