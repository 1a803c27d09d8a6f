package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * Who may apply for the first owners' assembly (rules.md §2, Henan 2017 art. 19): the developer, or at least
 * 10 owners of the estate (the county's setting), each counted once.
 */
record AssemblyApplicationPolicy(GovernanceSettings settings) {

    /** What is wrong with the application (empty: accepted). distinctOwners: the estate's owners who signed. */
    List<FieldError> check(ApplicantKind kind, String developerName, int distinctOwners) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == ApplicantKind.DEVELOPER && (developerName == null || developerName.isBlank())) {
            errors.add(new FieldError("developerName", "assembly.error.developerName"));
        }
        if (kind == ApplicantKind.OWNERS && distinctOwners < settings.minApplicantOwners()) {
            errors.add(new FieldError("ownerIds", "assembly.error.fewOwners", settings.minApplicantOwners(),
                    distinctOwners));
        }
        return errors;
    }
}
