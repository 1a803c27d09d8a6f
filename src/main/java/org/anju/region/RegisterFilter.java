package org.anju.region;

/**
 * Filters of the register's lists, as they appear in the URL of a list page or an API call.
 * Each is optional; a region filter narrows within the caller's jurisdiction, never beyond it.
 */
public record RegisterFilter(Long townshipId, Long communityId, Long estateId, Long buildingId, String keyword,
                             String sort) {

    public static RegisterFilter none() {
        return new RegisterFilter(null, null, null, null, null, null);
    }

    public static RegisterFilter ofEstate(long estateId) {
        return new RegisterFilter(null, null, estateId, null, null, null);
    }
}
