package org.anju.disclosure;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the company publishes as the estate's next board version: every §11 item as a field. Blank fields are
 * allowed (the board then lists them as missing, see {@link BoardCompleteness}).
 */
public record BoardDraft(String managerName, String managerPhone, String complaintPhone, String serviceContent,
                         String serviceStandard, FeeRegime feeRegime, List<PricedItem> feeItems, Boolean hasLifts,
                         String liftContractor, String liftContractorPhone, String fireContractor,
                         String fireContractorPhone, Integer parkingSpaces, Integer parkingRented,
                         BigDecimal parkingMonthlyFee, String parkingNote, String utilityAllocation,
                         String accountsPeriod, BigDecimal feeIncome, BigDecimal feeExpense, BigDecimal commonIncome,
                         BigDecimal commonExpense, BigDecimal liftMaintenanceSpent, List<PricedItem> extraServices) {

    public BoardDraft {
        feeItems = feeItems == null ? List.of() : List.copyOf(feeItems);
        extraServices = extraServices == null ? List.of() : List.copyOf(extraServices);
    }

    /** A draft with nothing filled in. */
    public static BoardDraft empty() {
        return new BoardDraft(null, null, null, null, null, null, List.of(), true, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
