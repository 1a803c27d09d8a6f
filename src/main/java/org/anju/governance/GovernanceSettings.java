package org.anju.governance;

import static org.anju.governance.GovernanceSetting.*;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The county's numbers for self-governance (rules.md §2), one value per {@link GovernanceSetting}, read from
 * gov_setting; a missing row keeps its default. The named accessors are what the rule classes read.
 */
public final class GovernanceSettings {

    /** The rules' own numbers. */
    public static final GovernanceSettings DEFAULTS = of(Map.of());

    private final EnumMap<GovernanceSetting, Integer> values;

    private GovernanceSettings(EnumMap<GovernanceSetting, Integer> values) {
        this.values = values;
    }

    /** From the stored name → value rows; unknown names are ignored, missing ones keep their default. */
    public static GovernanceSettings of(Map<String, Integer> stored) {
        EnumMap<GovernanceSetting, Integer> v = new EnumMap<>(GovernanceSetting.class);
        for (GovernanceSetting s : GovernanceSetting.values()) {
            v.put(s, stored.getOrDefault(s.name(), s.defaultValue()));
        }
        return new GovernanceSettings(v);
    }

    public int get(GovernanceSetting s) {
        return values.get(s);
    }

    /** A copy with one number changed (tests and previews). */
    public GovernanceSettings with(GovernanceSetting s, int value) {
        EnumMap<GovernanceSetting, Integer> v = new EnumMap<>(values);
        v.put(s, value);
        return new GovernanceSettings(v);
    }

    /** Every number as name → value, in the order the settings page shows them. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }

    /** The numbers of one group as name → value. */
    public Map<String, Integer> asMap(GovernanceSetting.Group group) {
        Map<String, Integer> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.group() == group) {
                m.put(k.name(), v);
            }
        });
        return m;
    }

    public int ownersMinMembers() {
        return get(OWNERS_MIN_MEMBERS);
    }

    public int ownersMaxMembers() {
        return get(OWNERS_MAX_MEMBERS);
    }

    public int ownersMaxTermYears() {
        return get(OWNERS_MAX_TERM_YEARS);
    }

    public int ownersFilingDays() {
        return get(OWNERS_FILING_DAYS);
    }

    public int interimMinMembers() {
        return get(INTERIM_MIN_MEMBERS);
    }

    public int interimMaxTermYears() {
        return get(INTERIM_MAX_TERM_YEARS);
    }

    public int interimDissolutionDays() {
        return get(INTERIM_DISSOLUTION_DAYS);
    }

    public int reelectionNoticeDays() {
        return get(REELECTION_NOTICE_DAYS);
    }

    public int areaPercent() {
        return get(ASSEMBLY_AREA_PERCENT);
    }

    public int householdPercent() {
        return get(ASSEMBLY_HOUSEHOLD_PERCENT);
    }

    public int contractNoticeDays() {
        return get(ASSEMBLY_CONTRACT_NOTICE_DAYS);
    }

    public int minApplicantOwners() {
        return get(ASSEMBLY_MIN_APPLICANT_OWNERS);
    }

    public int groupDays() {
        return get(ASSEMBLY_GROUP_DAYS);
    }

    public int holdingDays() {
        return get(ASSEMBLY_HOLDING_DAYS);
    }

    public int proposalNoticeDays() {
        return get(ASSEMBLY_PROPOSAL_NOTICE_DAYS);
    }

    public int proposalPostingDays() {
        return get(ASSEMBLY_PROPOSAL_POSTING_DAYS);
    }

    public int interimPostingWorkingDays() {
        return get(INTERIM_POSTING_WORKING_DAYS);
    }

    public int decisionPostingDays() {
        return get(DECISION_POSTING_DAYS);
    }

    public int rollHandoverMonths() {
        return get(ROLL_HANDOVER_MONTHS);
    }

    public int handoverTermDays() {
        return get(HANDOVER_TERM_DAYS);
    }

    public int handoverMemberDays() {
        return get(HANDOVER_MEMBER_DAYS);
    }

    public int representativeAssemblyHouseholds() {
        return get(REPRESENTATIVE_ASSEMBLY_HOUSEHOLDS);
    }

    public int temporaryMeetingOwnerPercent() {
        return get(TEMPORARY_MEETING_OWNER_PERCENT);
    }

    public int removalOwnerPercent() {
        return get(REMOVAL_OWNER_PERCENT);
    }

    public int removalMemberDivisor() {
        return get(REMOVAL_MEMBER_DIVISOR);
    }
}
