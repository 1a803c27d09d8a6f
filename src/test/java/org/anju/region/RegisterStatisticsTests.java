package org.anju.region;

import java.math.BigDecimal;
import org.anju.IntegrationTest;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.Role;
import org.anju.platform.PageRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's counts per township are the same numbers as the lists they summarise. */
class RegisterStatisticsTests extends IntegrationTest {

    @Autowired
    Register register;

    @Autowired
    Accounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void townshipCountsEqualTheListTotals() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("统计县"));
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long c1 = fixtures.region(townA, "COMMUNITY", "一社区");
        long c2 = fixtures.region(townA, "COMMUNITY", "二社区");
        long c3 = fixtures.region(townB, "COMMUNITY", "三社区");
        long e1 = fixtures.estate(c1, "一号院");
        long e2 = fixtures.estate(c2, "二号院");
        fixtures.estate(c3, "空院");
        long b1 = fixtures.building(e1, "1号楼");
        long b2 = fixtures.building(e2, "1号楼");
        long h1 = fixtures.house(b1, "1", "101", "80.00");
        long h2 = fixtures.house(b1, "1", "102", "70.50");
        long h3 = fixtures.house(b2, "", "1", "60.25");
        String prefix = fixtures.unique("S").substring(0, 9);
        fixtures.owner("甲", prefix + "000000001", null, h1, h3);   // one owner of two houses counts once
        fixtures.owner("乙", prefix + "000000002", null, h2);
        fixtures.owner("丙", prefix + "000000003", null, h2);       // co-owner
        signIn(fixtures.account(Role.COUNTY_AUTHORITY, new AnjuUser.Binding(county, null, null, null, null)));

        var counts = register.townshipCounts();
        assertThat(counts).extracting(RegisterView.TownshipCount::townshipName).containsExactly("甲镇", "乙镇");
        var a = counts.get(0);
        assertThat(a.estates()).isEqualTo(total(register.estates(filter(townA), page())));
        assertThat(a.buildings()).isEqualTo(total(register.buildings(filter(townA), page())));
        assertThat(a.houses()).isEqualTo(total(register.houses(filter(townA), page()))).isEqualTo(3);
        assertThat(a.owners()).isEqualTo(total(register.owners(filter(townA), page()))).isEqualTo(3);
        assertThat(a.totalArea()).isEqualByComparingTo(new BigDecimal("210.75"));
        var b = counts.get(1);
        assertThat(b.estates()).isEqualTo(1);
        assertThat(b.houses()).isZero();
        assertThat(b.totalArea()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    private void signIn(String username) {
        AnjuUser user = accounts.load(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static RegisterFilter filter(long township) {
        return new RegisterFilter(township, null, null, null, null, null);
    }

    private static PageRequest page() {
        return PageRequest.of(0, 10);
    }

    private static long total(org.anju.platform.PageResult<?> page) {
        return page.totalElements();
    }
}
