package org.anju.governance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The county's numbers for committees (rules.md §2: Henan 2017 arts. 24–33, Beijing arts. 52–59,
 * 指导规则 arts. 31–33). Stored in gov_setting, edited by the county (audited); defaults as the rules say.
 */
public record CommitteeSettings(int ownersMinMembers, int ownersMaxMembers, int ownersMaxTermYears,
                                int ownersFilingDays, int interimMinMembers, int interimMaxTermYears,
                                int interimDissolutionDays, int reelectionNoticeDays) {

    /** The rules' own numbers: 5–11 members, 5 years, filing in 30 days; interim ≥ 7, 3 years, 30 days; 90 days. */
    public static final CommitteeSettings DEFAULTS = new CommitteeSettings(5, 11, 5, 30, 7, 3, 30, 90);

    /** From the stored name → value rows; a missing row keeps its default. */
    public static CommitteeSettings of(Map<String, Integer> v) {
        CommitteeSettings d = DEFAULTS;
        return new CommitteeSettings(v.getOrDefault("OWNERS_MIN_MEMBERS", d.ownersMinMembers),
                v.getOrDefault("OWNERS_MAX_MEMBERS", d.ownersMaxMembers),
                v.getOrDefault("OWNERS_MAX_TERM_YEARS", d.ownersMaxTermYears),
                v.getOrDefault("OWNERS_FILING_DAYS", d.ownersFilingDays),
                v.getOrDefault("INTERIM_MIN_MEMBERS", d.interimMinMembers),
                v.getOrDefault("INTERIM_MAX_TERM_YEARS", d.interimMaxTermYears),
                v.getOrDefault("INTERIM_DISSOLUTION_DAYS", d.interimDissolutionDays),
                v.getOrDefault("REELECTION_NOTICE_DAYS", d.reelectionNoticeDays));
    }

    /** The settings as name → value, in the order the page shows them. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("OWNERS_MIN_MEMBERS", ownersMinMembers);
        m.put("OWNERS_MAX_MEMBERS", ownersMaxMembers);
        m.put("OWNERS_MAX_TERM_YEARS", ownersMaxTermYears);
        m.put("OWNERS_FILING_DAYS", ownersFilingDays);
        m.put("INTERIM_MIN_MEMBERS", interimMinMembers);
        m.put("INTERIM_MAX_TERM_YEARS", interimMaxTermYears);
        m.put("INTERIM_DISSOLUTION_DAYS", interimDissolutionDays);
        m.put("REELECTION_NOTICE_DAYS", reelectionNoticeDays);
        return m;
    }
}
