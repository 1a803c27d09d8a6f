package org.anju.console;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and their jurisdiction in every page's model, for the top bar. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /** What the top bar shows. */
    record CurrentUser(String username, String displayName, String roleKey, String role, String jurisdiction) {
    }

    private final Jurisdictions jurisdictions;

    LayoutAdvice(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return Jurisdictions.currentUser().map(this::describe).orElse(null);
    }

    private CurrentUser describe(AnjuUser user) {
        Jurisdiction j = jurisdictions.current();
        return new CurrentUser(user.getUsername(), user.displayName(), user.role().messageKey(), user.role().name(),
                j.label());
    }
}
