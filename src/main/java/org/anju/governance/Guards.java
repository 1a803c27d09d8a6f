package org.anju.governance;

import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;

/** Checks shared by the committee services: who decides, who acts, and a stated reason. */
final class Guards {

    private Guards() {
    }

    static String checkedReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500 || !printable(why)) {
            throw InvalidRequestException.field("reason", "committee.error.reason");
        }
        return why;
    }

    /** Text PostgreSQL can store and a page can show: no NUL or other control characters but line breaks. */
    static boolean printable(String text) {
        return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
    }

    /** Filing decisions and removals are the township's (or county's): a community or committee may not. */
    static void requireTownship() {
        Register.requirePermission(Permission.REGISTER_WRITE);
        if (Jurisdictions.currentUser().filter(u -> u.role() != Role.COMMUNITY).isEmpty()) {
            throw new AccessDeniedException("TOWNSHIP_OFFICE");
        }
    }

    static String actor() {
        return Jurisdictions.currentUser().map(AnjuUser::getUsername).orElse("system");
    }
}
