package org.anju.governance;

import java.util.Optional;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * An owners' representative assembly (业主代表大会) is allowed only above 300 households (rules.md §2, Henan 2017
 * arts. 18–21): 300 exactly is not enough. The figure is the county's setting.
 */
record RepresentativeAssemblyPolicy(GovernanceSettings settings) {

    /** Why this form is refused for an estate of so many households (empty: allowed). */
    Optional<FieldError> check(AssemblyForm form, long households) {
        if (form == AssemblyForm.REPRESENTATIVE && households <= settings.representativeAssemblyHouseholds()) {
            return Optional.of(new FieldError("form", "assembly.error.representative",
                    settings.representativeAssemblyHouseholds(), households));
        }
        return Optional.empty();
    }
}
