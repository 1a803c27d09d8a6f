package org.anju.demo;

import java.util.function.Supplier;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo work signed in as a demo account, so that it is checked and audited like anyone's. */
final class RunAs {

    private RunAs() {
    }

    static <T> T as(Accounts accounts, String username, Supplier<T> work) {
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
