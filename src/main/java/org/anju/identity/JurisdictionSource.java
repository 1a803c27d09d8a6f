package org.anju.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Implemented by the modules that own what accounts are bound to (regions and estates in
 * region, companies in market), so that identity resolves a jurisdiction without reading
 * another module's tables. Every method answers empty when the module does not own the thing.
 */
public interface JurisdictionSource {

    /** A region's path and full name ("台前县 城关镇"). */
    default Optional<Place> region(long regionId) {
        return Optional.empty();
    }

    /** The estates and houses an owner holds. */
    default Optional<Holdings> ownerHoldings(long ownerId) {
        return Optional.empty();
    }

    /** The estates a committee (bound to one estate) oversees. */
    default Optional<Holdings> estate(long estateId) {
        return Optional.empty();
    }

    /** The estates a property company serves through active projects. */
    default Optional<Holdings> companyHoldings(long companyId) {
        return Optional.empty();
    }

    /** A region's tree path and display name. */
    record Place(String path, String name) {
    }

    /** What an estate-bound account may see, and how to name it. */
    record Holdings(String name, Set<Long> estateIds, Set<Long> houseIds, String regionPath) {
    }
}
