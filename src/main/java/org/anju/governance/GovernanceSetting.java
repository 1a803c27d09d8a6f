package org.anju.governance;

/**
 * One of the county's numbers for self-governance (rules.md §2), stored in gov_setting by its name, edited by the
 * county (audited); the default is the rules' own figure. Message key {@code committee.setting.NAME}.
 */
public enum GovernanceSetting {
    /** 业委会 at least 5 members (指导规则 art. 31). */
    OWNERS_MIN_MEMBERS(Group.COMMITTEE, 5),
    /** 业委会 at most 11 members (指导规则 art. 31). */
    OWNERS_MAX_MEMBERS(Group.COMMITTEE, 11),
    /** 业委会 term at most 5 years (Henan 2017 arts. 24–33, 指导规则 art. 33). */
    OWNERS_MAX_TERM_YEARS(Group.COMMITTEE, 5),
    /** An elected owners' committee is filed within 30 days (Henan 2017 art. 29). */
    OWNERS_FILING_DAYS(Group.COMMITTEE, 30),
    /** 物管会 at least 7 members (Beijing art. 53). */
    INTERIM_MIN_MEMBERS(Group.COMMITTEE, 7),
    /** 物管会 term at most 3 years (Beijing art. 56). */
    INTERIM_MAX_TERM_YEARS(Group.COMMITTEE, 3),
    /** 物管会 dissolved within 30 days after an owners' committee is filed (Beijing art. 59). */
    INTERIM_DISSOLUTION_DAYS(Group.COMMITTEE, 30),
    /** Re-election (换届) reminded 90 days before the term ends (Henan 2017 art. 30). */
    REELECTION_NOTICE_DAYS(Group.COMMITTEE, 90),
    /** First assembly due at 50 percent of the floor area sold and delivered (Henan 2017 art. 18). */
    ASSEMBLY_AREA_PERCENT(Group.ASSEMBLY, 50),
    /** First assembly due at 30 percent of the households moved in (Henan 2017 art. 18). */
    ASSEMBLY_HOUSEHOLD_PERCENT(Group.ASSEMBLY, 30),
    /** First assembly due 90 days before the preliminary contract ends (Henan 2017 art. 18). */
    ASSEMBLY_CONTRACT_NOTICE_DAYS(Group.ASSEMBLY, 90),
    /** Owners needed to apply for the first assembly without the developer (Henan 2017 art. 19). */
    ASSEMBLY_MIN_APPLICANT_OWNERS(Group.ASSEMBLY, 10),
    /** Calendar days from the application to the preparatory group (Henan 2017 art. 19). */
    ASSEMBLY_GROUP_DAYS(Group.ASSEMBLY, 30),
    /** Calendar days from the group's formation to the assembly (Henan 2017 art. 19). */
    ASSEMBLY_HOLDING_DAYS(Group.ASSEMBLY, 60),
    /** Calendar days before the meeting by which proposals are posted (Henan 2017 art. 21). */
    ASSEMBLY_PROPOSAL_NOTICE_DAYS(Group.ASSEMBLY, 15),
    /** Calendar days the proposals stay posted (Henan 2017 art. 21). */
    ASSEMBLY_PROPOSAL_POSTING_DAYS(Group.ASSEMBLY, 7),
    /** Working days an interim committee's decision stays posted (Beijing art. 57). */
    INTERIM_POSTING_WORKING_DAYS(Group.ASSEMBLY, 10),
    /** Calendar days within which a committee posts its decision (Henan 2017 art. 28). */
    DECISION_POSTING_DAYS(Group.ASSEMBLY, 3),
    /** Months after a first-assembly condition is met within which the developer hands over the owner roll (Henan 2017 arts. 18–21). */
    ROLL_HANDOVER_MONTHS(Group.HANDOVER, 2),
    /** Calendar days after a new committee is filed within which the outgoing one hands over (Henan 2017 arts. 24–33). */
    HANDOVER_TERM_DAYS(Group.HANDOVER, 10),
    /** Calendar days after leaving within which a member hands over what they hold (Henan 2017 arts. 24–33). */
    HANDOVER_MEMBER_DAYS(Group.HANDOVER, 3),
    /** An owners' representative assembly is allowed above this many households (Henan 2017 arts. 18–21). */
    REPRESENTATIVE_ASSEMBLY_HOUSEHOLDS(Group.MEETINGS, 300),
    /** Share of owners who can force a temporary meeting (Henan 2017 arts. 24–33). */
    TEMPORARY_MEETING_OWNER_PERCENT(Group.MEETINGS, 20),
    /** Share of owners who can propose removing a committee member (Henan 2017 arts. 24–33). */
    REMOVAL_OWNER_PERCENT(Group.MEETINGS, 20),
    /** One in this many committee members can propose removing a member: 3 means a third (Henan 2017 arts. 24–33). */
    REMOVAL_MEMBER_DIVISOR(Group.MEETINGS, 3);

    /** Which part of the settings page shows it. */
    public enum Group {
        /** Committees' size, term, filing and dissolution. */
        COMMITTEE,
        /** The first assembly and the posting of decisions. */
        ASSEMBLY,
        /** Handovers of the owner roll and between committees. */
        HANDOVER,
        /** Representative assemblies, temporary meetings and removals. */
        MEETINGS
    }

    private final Group group;
    private final int defaultValue;

    GovernanceSetting(Group group, int defaultValue) {
        this.group = group;
        this.defaultValue = defaultValue;
    }

    public Group group() {
        return group;
    }

    public int defaultValue() {
        return defaultValue;
    }

    /** The largest value the county may set: 100 for a percentage, ten years of days otherwise. */
    public int max() {
        return name().endsWith("_PERCENT") ? 100 : 3650;
    }
}
