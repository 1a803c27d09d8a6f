package org.anju.demo;

import java.util.function.Supplier;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs demo work as a demo account, so it passes the same checks and audit as a real caller. */
@Component
class DemoSignIn {

    private final Accounts accounts;

    DemoSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> work) {
        AnjuUser user = accounts.load(username).orElseThrow();
        var context = SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
