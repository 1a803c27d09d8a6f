package org.anju.identity.internal;

import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes browser logins and failed logins to the audit trail. API calls with HTTP Basic
 * authenticate on every request and are not logged here: their writes are audited themselves.
 */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), new AuditEntry("LOGIN", "account",
                event.getAuthentication().getName(), "登录成功", null, null, null));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        audit.recordAs(name.length() > 64 ? name.substring(0, 64) : name, new AuditEntry("LOGIN_FAILED", "account",
                null, "登录失败: " + event.getException().getClass().getSimpleName(), null, null, null));
    }
}
