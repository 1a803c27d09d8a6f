package org.anju.garbage;

/**
 * Plan §21 (垃圾分类试点及推广): an estate has sorting in place when it is a pilot or rolled out and has sorted bins
 * of all four kinds (kitchen, recyclable, hazardous, other) and at least one guide (分类指导员). The township
 * assessment's coverage counts these estates; {@link #SQL} is the same test over a gbg_site row aliased s.
 */
public final class SortingInPlace {

    /** The rule as a SQL condition over gbg_site s. */
    public static final String SQL = "(s.status in ('PILOT', 'ROLLED_OUT') and s.bins_kitchen > 0 and s.bins_recyclable > 0"
            + " and s.bins_hazardous > 0 and s.bins_other > 0 and s.guides > 0)";

    private SortingInPlace() {
    }

    public static boolean holds(SortingStatus status, int kitchen, int recyclable, int hazardous, int other, int guides) {
        return status != null && status != SortingStatus.NONE && kitchen > 0 && recyclable > 0 && hazardous > 0
                && other > 0 && guides > 0;
    }
}
