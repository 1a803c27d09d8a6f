package org.anju.identity.internal.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Permission;
import org.anju.identity.internal.accounts.AccountDirectory.Account;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account administrator does: create an account with a temporary password, disable,
 * enable, unlock, reset a password. Every change is audited; an administrator never acts on its
 * own account (it changes its own password at /account/password like everyone).
 */
@Service
class AccountAdministration {

    /** A new account and the temporary password to hand over (shown once, never stored in clear). */
    record Created(long id, String username, String temporaryPassword) {
    }

    /** The actions on an existing account. */
    enum Action {
        /** Stops the account from signing in and ends its sessions. */
        DISABLE,
        /** Lets a disabled account sign in again. */
        ENABLE,
        /** Lifts a lock after repeated wrong passwords. */
        UNLOCK
    }

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{3,64}");

    private final Accounts accounts;
    private final AccountDirectory directory;
    private final Bindings bindings;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountAdministration(Accounts accounts, AccountDirectory directory, Bindings bindings, JdbcClient jdbc,
                          PasswordEncoder passwords, AuditLog audit,
                          ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.directory = directory;
        this.bindings = bindings;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    Created create(AccountForm form) {
        AnjuUser admin = Access.require(Permission.ACCOUNT_ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (form.getUsername() == null || !USERNAME.matcher(form.getUsername()).matches()) {
            errors.add(new FieldError("username", "account.error.username"));
        } else if (accounts.exists(form.getUsername())) {
            errors.add(new FieldError("username", "account.error.usernameTaken"));
        }
        if (form.getDisplayName() == null || form.getDisplayName().isEmpty() || form.getDisplayName().length() > 64) {
            errors.add(new FieldError("displayName", "account.error.displayName"));
        }
        if (form.getRole() == null) {
            errors.add(new FieldError("role", "account.error.role"));
        } else {
            String adminPath = bindings.region(admin.binding().regionId()).map(p -> p.path()).orElse(null);
            errors.addAll(bindings.check(form.getRole(), form.binding(admin.binding().regionId()), adminPath));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(422, "error.rule", errors);
        }
        String temporary = temporaryPassword(form.getUsername());
        long id = accounts.create(new Accounts.NewAccount(form.getUsername(), temporary, form.getDisplayName(),
                form.getRole(), form.binding(admin.binding().regionId())));
        jdbc.sql("update idn_account set must_change_password = true where id = ?").param(id).update();
        Account created = directory.find(id);
        audit.record(AuditEntry.created("account", form.getUsername(), "新增账号 " + form.getUsername(), state(created)));
        return new Created(id, form.getUsername(), temporary);
    }

    @Transactional
    void apply(long id, Action action) {
        Account before = target(id);
        String sql = switch (action) {
            case DISABLE -> "update idn_account set enabled = false where id = ?";
            case ENABLE -> "update idn_account set enabled = true where id = ?";
            case UNLOCK -> "update idn_account set locked_until = null, failed_logins = 0 where id = ?";
        };
        jdbc.sql(sql).param(id).update();
        if (action == Action.DISABLE) {
            endSessions(before.username());
        }
        update(before, switch (action) {
            case DISABLE -> "停用账号";
            case ENABLE -> "启用账号";
            case UNLOCK -> "解锁账号";
        });
    }

    /** Gives the account a new temporary password, to be changed at its next login; ends its sessions. */
    @Transactional
    String resetPassword(long id) {
        Account before = target(id);
        String temporary = temporaryPassword(before.username());
        jdbc.sql("""
                update idn_account set password_hash = ?, must_change_password = true, failed_logins = 0,
                                       locked_until = null where id = ?""")
                .params(passwords.encode(temporary), id).update();
        endSessions(before.username());
        update(before, "重置密码");
        return temporary;
    }

    private Account target(long id) {
        AnjuUser admin = Access.require(Permission.ACCOUNT_ADMIN);
        Account account = directory.find(id);
        if (account.id() == admin.accountId()) {
            throw new AccessDeniedException("own account");
        }
        return account;
    }

    private void update(Account before, String what) {
        Account after = directory.find(before.id());
        audit.record(new AuditEntry("UPDATE", "account", before.username(), what + " " + before.username(),
                state(before), state(after), null));
    }

    private void endSessions(String username) {
        // No session store when running as a command-line tool (no web application).
        sessions.ifAvailable(store -> store.findByPrincipalName(username).keySet().forEach(store::deleteById));
    }

    private static String temporaryPassword(String username) {
        String password;
        do {
            password = TemporaryPasswords.next();
        } while (!PasswordPolicy.accepts(username, password));
        return password;
    }

    /** An account's state in the audit trail (never its password). */
    private static Map<String, Object> state(Account a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", a.username());
        state.put("displayName", a.displayName());
        state.put("role", a.role().name());
        state.put("binding", a.binding());
        state.put("enabled", a.enabled());
        state.put("locked", a.locked());
        state.put("mustChangePassword", a.mustChangePassword());
        return state;
    }
}
