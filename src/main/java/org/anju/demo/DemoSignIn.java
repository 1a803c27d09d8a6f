package org.anju.demo;

import java.util.function.Supplier;
import org.anju.identity.Accounts;
import org.springframework.stereotype.Component;

/** Runs demo work as a demo account, so it passes the same checks and audit as a real caller. */
@Component
class DemoSignIn {

    private final Accounts accounts;

    DemoSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(accounts, username, work);
    }
}
