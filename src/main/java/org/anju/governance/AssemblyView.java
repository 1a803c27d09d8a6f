package org.anju.governance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the first-assembly workflow, the to-do list and training records return, shaped for the API and pages. */
public final class AssemblyView {

    private AssemblyView() {
    }

    /**
     * Delivered area and moved-in households entered for an estate, beside the register's totals. The contract
     * end typed by the township is kept; marketContractEnd is the filed preliminary contract's end, which the
     * triggers use instead when there is one (null otherwise).
     */
    public record Occupancy(long estateId, String estateName, long households, BigDecimal totalArea,
                            BigDecimal deliveredArea, long movedInHouseholds, LocalDate preliminaryContractEnd,
                            boolean contractEndedEarly, String enteredBy, List<AssemblyTrigger> triggers,
                            LocalDate marketContractEnd, long areaId, String areaName) {
    }

    /**
     * One estate on its way to the first assembly: its occupancy, the conditions met, the latest assembly and
     * what is due next (deadline, overdue).
     */
    public record EstateStage(long estateId, String estateName, long townshipId, String townshipName,
                              long communityId, String communityName, long households, BigDecimal totalArea,
                              BigDecimal deliveredArea, Long movedInHouseholds, LocalDate preliminaryContractEnd,
                              List<AssemblyTrigger> triggers, Long assemblyId, AssemblyStage stage,
                              LocalDate appliedOn, LocalDate groupFormedOn, LocalDate meetingOn, LocalDate heldOn,
                              boolean committeeRecorded, LocalDate deadline, boolean overdue,
                              boolean contractFromMarket, long areaId, String areaName) {
    }

    /** An owner who signed the application. */
    public record Applicant(long ownerId, String name) {
    }

    /** A member of the preparatory group. */
    public record GroupMember(long id, String name, GroupMemberKind kind, boolean chair) {
    }

    /** Proposals posted before the meeting, from postedOn to postedUntil (both included). */
    public record Proposal(long id, String title, LocalDate postedOn, LocalDate postedUntil) {
    }

    /** A first assembly with its application, group, meeting, proposals and result. */
    public record Assembly(long id, long estateId, String estateName, String townshipName, String communityName,
                           AssemblyForm form, AssemblyStage stage, ApplicantKind applicantKind, String developerName,
                           LocalDate appliedOn, LocalDate groupDue, LocalDate groupFormedOn, LocalDate holdingDue,
                           LocalDate meetingOn, LocalDate lastPostingDay, LocalDate heldOn, Boolean committeeElected,
                           String result, boolean overdue, List<Applicant> applicants, List<GroupMember> group,
                           List<Proposal> proposals, long areaId, String areaName) {
    }

    /** What kind of thing the township must do. */
    public enum TodoKind {
        /** A first assembly is due and nobody applied. */
        ASSEMBLY_DUE,
        /** An application waits for its preparatory group (30 days). */
        GROUP_DUE,
        /** A group waits for its assembly (60 days). */
        ASSEMBLY_HOLDING_DUE,
        /** A committee's filing waits for the township, or an owners' committee is not filed within 30 days. */
        FILING_DUE,
        /** An owners' committee's term ends within 90 days. */
        REELECTION_DUE,
        /** An interim committee must be dissolved after the owners' committee was filed. */
        DISSOLUTION_DUE,
        /** The assembly elected an owners' committee that nobody recorded yet (to be filed within 30 days). */
        COMMITTEE_TO_RECORD,
        /** A committee or a leaving member has not completed a handover (10 or 3 days). */
        HANDOVER_DUE,
        /** The developer has not handed over the owner roll (2 months after the first-assembly condition). */
        ROLL_HANDOVER_DUE,
        /** A temporary meeting or a removal was asked for and waits for its meeting. */
        PETITION_PENDING
    }

    /** One line of the township's to-do list; link is the console page to act on. */
    public record TodoItem(TodoKind kind, long estateId, String estateName, String townshipName,
                           String communityName, Long assemblyId, Long committeeId, LocalDate deadline,
                           boolean overdue, String link) {
    }

    /** A training of committee members (培训记录). */
    public record Training(long id, long committeeId, LocalDate heldOn, String topic, BigDecimal hours,
                           String organiser, List<Long> attendeeIds, List<String> attendeeNames) {
    }
}
