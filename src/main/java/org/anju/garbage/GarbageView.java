package org.anju.garbage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What garbage sorting answers. */
public final class GarbageView {

    private GarbageView() {
    }

    /** An estate's sorting set-up; {@code status} NONE and zero counts where nothing was recorded. */
    public record Site(long estateId, String estateName, String communityName, String townshipName,
                       SortingStatus status, LocalDate startedOn, int binsKitchen, int binsRecyclable,
                       int binsHazardous, int binsOther, int transferVehicles, String transferNote, int guides,
                       int noticeBoards, boolean recyclingPoint, boolean inPlace) {
    }

    /** One day's clearance check. */
    public record Check(long id, LocalDate checkedOn, boolean cleared, String note, String recordedBy) {
    }

    /** The checks of an estate over a period, the days missed and the share of due days cleared (null: none due). */
    public record ClearanceLog(long estateId, LocalDate from, LocalDate to, List<Check> checks,
                               List<LocalDate> missed, BigDecimal clearanceRate) {
    }

    /** Sorting coverage of one region: estates, those with sorting in place, pilots, and the percentage. */
    public record Coverage(long regionId, String regionName, long estates, long inPlace, long pilots,
                           BigDecimal percent) {
    }
}
