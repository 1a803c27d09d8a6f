package org.anju.governance;

import java.time.LocalDate;
import org.anju.Fixtures;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;

/**
 * Two townships of a fresh county, an estate in each, and the accounts that act on the first one's: its township
 * clerk, the other township's clerk, its community, its estate's owners' committee and a company serving it.
 */
record TwoTownships(long estateA, long estateB, String clerkA, String clerkB, String community,
                    String committeeAccount, String company) {

    static TwoTownships of(Fixtures fixtures) {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long estateA = fixtures.estate(communityA, "甲小区");
        long estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        return new TwoTownships(estateA, estateB,
                fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null)),
                fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null)),
                fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null)),
                fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null)),
                fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                        fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA"), estateA), null, null)));
    }

    /** A committee of 7 active members, all owner representatives. */
    static long committee(org.springframework.jdbc.core.simple.JdbcClient jdbc, long estate, String status, LocalDate formed) {
        long id = jdbc.sql("""
                        insert into gov_committee (estate_id, kind, status, formed_on, term_end, filed_on)
                        values (?, 'OWNERS', ?, ?, ?, ?) returning id""")
                .params(estate, status, formed, formed.plusYears(5), "FILED".equals(status) ? formed.plusDays(10) : null)
                .query(Long.class).single();
        for (int i = 0; i < 7; i++) {
            jdbc.sql("""
                            insert into gov_member (committee_id, name, role, owner_representative, from_date, status)
                            values (?, ?, ?, true, ?, 'ACTIVE')""")
                    .params(id, "委员" + i, i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "MEMBER", formed).update();
        }
        return id;
    }
}
