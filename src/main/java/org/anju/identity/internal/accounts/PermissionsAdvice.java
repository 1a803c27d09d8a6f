package org.anju.identity.internal.accounts;

import java.util.Set;
import java.util.stream.Collectors;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in account's permission names in every page's model, so the menu shows only what it may open. */
@ControllerAdvice(annotations = Controller.class)
class PermissionsAdvice {

    @ModelAttribute("myPermissions")
    Set<String> myPermissions() {
        return Jurisdictions.currentUser().map(u -> java.util.Arrays.stream(Permission.values()).filter(u::can)
                .map(Permission::name).collect(Collectors.toSet())).orElse(Set.of());
    }
}
