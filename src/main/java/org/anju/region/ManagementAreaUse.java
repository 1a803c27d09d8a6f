package org.anju.region;

import java.util.Optional;

/**
 * Implemented by a module whose records belong to a management area (committees, assemblies, votes, service modes):
 * the register asks each before an area is emptied or removed, without knowing their tables.
 */
public interface ManagementAreaUse {

    /** What holds the area (e.g. 业委会), in Chinese for the refusal, or empty when nothing of this module does. */
    Optional<String> heldBy(long areaId);
}
