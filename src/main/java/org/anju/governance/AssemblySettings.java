package org.anju.governance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The county's numbers for the first owners' assembly (rules.md §2, Henan 2017 arts. 18–21) and for posting an
 * interim committee's decisions (Beijing art. 57). Stored in gov_setting beside {@link CommitteeSettings}, edited
 * by the county (audited); defaults as the rules say.
 *
 * @param areaPercent share of floor area sold and delivered that makes the first assembly due (50)
 * @param householdPercent share of households moved in that makes it due (30)
 * @param contractNoticeDays days before the preliminary contract ends from which it is due (90)
 * @param minApplicantOwners owners needed to apply without the developer (10)
 * @param groupDays calendar days from the application to the preparatory group (30)
 * @param holdingDays calendar days from the group's formation to the assembly (60)
 * @param proposalNoticeDays calendar days before the meeting by which proposals are posted (15)
 * @param proposalPostingDays calendar days the proposals stay posted (7)
 * @param interimPostingWorkingDays working days an interim committee's decision stays posted (10)
 * @param decisionPostingDays calendar days within which a committee posts its decision (3)
 */
public record AssemblySettings(int areaPercent, int householdPercent, int contractNoticeDays, int minApplicantOwners,
                               int groupDays, int holdingDays, int proposalNoticeDays, int proposalPostingDays,
                               int interimPostingWorkingDays, int decisionPostingDays) {

    /** The rules' own numbers. */
    public static final AssemblySettings DEFAULTS = new AssemblySettings(50, 30, 90, 10, 30, 60, 15, 7, 10, 3);

    /** From the stored name → value rows; a missing row keeps its default. */
    public static AssemblySettings of(Map<String, Integer> v) {
        AssemblySettings d = DEFAULTS;
        return new AssemblySettings(v.getOrDefault("ASSEMBLY_AREA_PERCENT", d.areaPercent),
                v.getOrDefault("ASSEMBLY_HOUSEHOLD_PERCENT", d.householdPercent),
                v.getOrDefault("ASSEMBLY_CONTRACT_NOTICE_DAYS", d.contractNoticeDays),
                v.getOrDefault("ASSEMBLY_MIN_APPLICANT_OWNERS", d.minApplicantOwners),
                v.getOrDefault("ASSEMBLY_GROUP_DAYS", d.groupDays),
                v.getOrDefault("ASSEMBLY_HOLDING_DAYS", d.holdingDays),
                v.getOrDefault("ASSEMBLY_PROPOSAL_NOTICE_DAYS", d.proposalNoticeDays),
                v.getOrDefault("ASSEMBLY_PROPOSAL_POSTING_DAYS", d.proposalPostingDays),
                v.getOrDefault("INTERIM_POSTING_WORKING_DAYS", d.interimPostingWorkingDays),
                v.getOrDefault("DECISION_POSTING_DAYS", d.decisionPostingDays));
    }

    /** The settings as name → value, in the order the page shows them. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("ASSEMBLY_AREA_PERCENT", areaPercent);
        m.put("ASSEMBLY_HOUSEHOLD_PERCENT", householdPercent);
        m.put("ASSEMBLY_CONTRACT_NOTICE_DAYS", contractNoticeDays);
        m.put("ASSEMBLY_MIN_APPLICANT_OWNERS", minApplicantOwners);
        m.put("ASSEMBLY_GROUP_DAYS", groupDays);
        m.put("ASSEMBLY_HOLDING_DAYS", holdingDays);
        m.put("ASSEMBLY_PROPOSAL_NOTICE_DAYS", proposalNoticeDays);
        m.put("ASSEMBLY_PROPOSAL_POSTING_DAYS", proposalPostingDays);
        m.put("INTERIM_POSTING_WORKING_DAYS", interimPostingWorkingDays);
        m.put("DECISION_POSTING_DAYS", decisionPostingDays);
        return m;
    }
}
