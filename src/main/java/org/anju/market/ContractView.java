package org.anju.market;

import java.time.LocalDate;
import java.util.List;

/** What the contract API returns. */
public final class ContractView {

    private ContractView() {
    }

    /**
     * A service contract with what falls due: {@code filingDue} (15 days from signing), {@code filedLate},
     * {@code expiring} (on the 3-month expiry to-do), {@code overstayDays} (days on site after termination
     * without leaving, 0 if none).
     */
    public record Contract(long id, long projectId, long companyId, String companyName, long estateId,
                           String estateName, ContractKind kind, LocalDate signedOn, LocalDate startsOn,
                           LocalDate endsOn, LocalDate filingDue, LocalDate submittedOn, boolean filedLate,
                           ContractStatus status, String returnReason, String reviewedBy, LocalDate reviewedOn,
                           boolean hasFile, TerminationKind terminationKind, LocalDate noticeOn,
                           LocalDate terminatesOn, String terminationNote, boolean expiring, LocalDate reminderFrom,
                           long overstayDays, Handover handover) {

        /** 未按期退出: terminated, past its day, not left (rules.md §2, Art. 83). */
        public boolean overstaying() {
            return overstayDays > 0;
        }
    }

    /** A handover inspection (承接查验): passed when every item is in order. */
    public record Handover(LocalDate inspectedOn, LocalDate leftOn, String successor, boolean passed, String note,
                           List<ItemResult> items) {
    }

    /** One checklist line. */
    public record ItemResult(HandoverItem item, boolean ok, String note) {
    }

    /** What the public sees of a handover (no login). */
    public record PublicHandover(long contractId, String estateName, String companyName, LocalDate terminatesOn,
                                 Handover handover) {
    }
}
