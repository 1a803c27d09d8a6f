package org.anju.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@code anju.security.lockout.max-failures} (default 5) wrong passwords
 * in a row, form or HTTP Basic, for {@code anju.security.lockout.duration} (default 15 minutes):
 * 等保 2.0 level 3, identification and authentication (login failure handling).
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(JdbcClient jdbc, @Value("${anju.security.lockout.max-failures:5}") int maxFailures,
                  @Value("${anju.security.lockout.duration:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        // One statement, so concurrent failures cannot both read the same count.
        jdbc.sql("""
                update idn_account
                set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                    locked_until = case when failed_logins + 1 >= :max then now() + make_interval(secs => :secs)
                                        else locked_until end
                where username = :username""")
                .param("max", maxFailures)
                .param("secs", (double) lockFor.toSeconds())
                .param("username", String.valueOf(event.getAuthentication().getPrincipal()))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update idn_account set failed_logins = 0 where username = ? and failed_logins > 0")
                .param(event.getAuthentication().getName()).update();
    }
}
