package org.anju.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Which §11 items a board leaves out: plan §11 and Henan Art. 39 (rules.md §2). The lift items are required
 * only where the estate has lifts; extra services only when the company offers some, so they are never missing.
 */
public final class BoardCompleteness {

    private BoardCompleteness() {
    }

    public static List<DisclosureItem> missing(BoardDraft d) {
        List<DisclosureItem> missing = new ArrayList<>();
        boolean lifts = !Boolean.FALSE.equals(d.hasLifts());
        if (blank(d.managerName()) || blank(d.managerPhone())) {
            missing.add(DisclosureItem.MANAGER);
        }
        if (blank(d.complaintPhone())) {
            missing.add(DisclosureItem.COMPLAINT_PHONE);
        }
        if (blank(d.serviceContent()) || blank(d.serviceStandard())) {
            missing.add(DisclosureItem.SERVICES);
        }
        if (d.feeItems().isEmpty()) {
            missing.add(DisclosureItem.FEES);
        }
        if (lifts && (blank(d.liftContractor()) || blank(d.liftContractorPhone()))) {
            missing.add(DisclosureItem.LIFT_CONTRACTOR);
        }
        if (blank(d.fireContractor()) || blank(d.fireContractorPhone())) {
            missing.add(DisclosureItem.FIRE_CONTRACTOR);
        }
        if (d.parkingSpaces() == null || d.parkingRented() == null) {
            missing.add(DisclosureItem.PARKING);
        }
        if (blank(d.utilityAllocation())) {
            missing.add(DisclosureItem.UTILITIES);
        }
        if (blank(d.accountsPeriod()) || d.feeIncome() == null || d.feeExpense() == null || d.commonIncome() == null
                || d.commonExpense() == null) {
            missing.add(DisclosureItem.ACCOUNTS);
        }
        if (lifts && d.liftMaintenanceSpent() == null) {
            missing.add(DisclosureItem.LIFT_SPENDING);
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
