package org.anju.party;

import java.util.ArrayList;
import java.util.List;
import org.anju.platform.InvalidRequestException;

/**
 * 集中连片 (plan §7): a branch covers adjacent estates, so all of them lie in one township, and its
 * community is one of theirs' township's communities. The register holds no map, so adjacency is
 * approximated by the township; a county may tighten it to the community later.
 */
final class PartyRule {

    private PartyRule() {
    }

    /** Every missing or malformed field at once, so a form shows all its errors. */
    static void checkFields(PartyOrganization.New o) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        if (o.kind() == null) {
            errors.add(new InvalidRequestException.FieldError("kind", "error.party.kind"));
        }
        if (o.name() == null || o.name().isBlank() || o.name().strip().length() > 128) {
            errors.add(new InvalidRequestException.FieldError("name", "error.party.name"));
        }
        if (o.communityId() == null) {
            errors.add(new InvalidRequestException.FieldError("communityId", "error.party.community"));
        }
        if (o.hostKind() == null) {
            errors.add(new InvalidRequestException.FieldError("hostKind", "error.party.hostKind"));
        }
        if (o.memberCount() != null && (o.memberCount() < 0 || o.memberCount() > 100_000)) {
            errors.add(new InvalidRequestException.FieldError("memberCount", "error.party.memberCount"));
        }
        if (o.estateIds() == null || o.estateIds().isEmpty() || o.estateIds().contains(null)) {
            errors.add(new InvalidRequestException.FieldError("estateIds", "error.party.estates"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
    }

    /** A seat needs a person, a seat and a start; it ends on or after it starts. */
    static void checkAppointment(CrossAppointment.New a) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        if (a.personName() == null || a.personName().isBlank() || a.personName().strip().length() > 64) {
            errors.add(new InvalidRequestException.FieldError("personName", "error.party.personName"));
        }
        if (a.reference() != null && a.reference().length() > 128) {
            errors.add(new InvalidRequestException.FieldError("reference", "error.party.reference"));
        }
        if (a.seat() == null) {
            errors.add(new InvalidRequestException.FieldError("seat", "error.party.seat"));
        }
        if (a.from() == null) {
            errors.add(new InvalidRequestException.FieldError("from", "error.party.from"));
        } else if (a.to() != null && a.to().isBefore(a.from())) {
            errors.add(new InvalidRequestException.FieldError("to", "error.party.to"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
    }

    /** @param estates rows {estateId, communityId, townshipId}; communityParent the township of the community */
    static void checkAdjacent(List<long[]> estates, Long communityId, Long communityParent) {
        if (communityParent == null) {
            throw InvalidRequestException.field("communityId", "error.party.community");
        }
        boolean oneTownship = estates.stream().allMatch(e -> e[2] == communityParent);
        if (!oneTownship) {
            throw InvalidRequestException.rule("estateIds", "error.party.estatesApart");
        }
    }
}
