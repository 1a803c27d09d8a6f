package org.anju.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.anju.IntegrationTest;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fund's second cut through its API: the developer charged for unsold houses and paying once, the yearly
 * statement generated once and read by the owner, improvement spending bounded by income above the demand rate,
 * common income posted once, and the county's to-do (the access matrix rows of these paths name this class).
 */
class FundYearTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final int LAST_YEAR = TODAY.getYear() - 1;

    @Autowired
    FundLedger ledger;

    @Autowired
    FundIncome income;

    @Autowired
    Accounts accounts;

    long estateA;
    long buildingA;
    long houseA1;
    long houseA2;
    long houseA3;
    String county;
    String clerkA;
    String clerkB;
    String owner;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("资金县"));
        long townA = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        estateA = fixtures.estate(fixtures.region(townA, "COMMUNITY", "甲社区"), "甲小区");
        fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        buildingA = fixtures.building(estateA, "1号楼");
        houseA1 = fixtures.house(buildingA, "1", "101", "100.00");
        houseA2 = fixtures.house(buildingA, "1", "102", "50.00");
        houseA3 = fixtures.house(buildingA, "1", "103", "30.00");
        long ownerA1 = fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", houseA1);
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA1));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions postJson(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void signIn(String user) {
        AnjuUser u = accounts.load(user).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private BigDecimal balance(long house) {
        return jdbc.sql("select coalesce(-sum(l.amount), 0) from fnd_posting l join fnd_account a on a.id = l.account_id"
                + " where a.house_id = ?").param(house).query(BigDecimal.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private ResultActions charge(String user, String reference, LocalDate deliveredOn) throws Exception {
        return postJson("/api/v1/fund/developer-charges", user, """
                {"estateId": %d, "deliveredOn": "%s", "reference": "%s"}""".formatted(estateA, deliveredOn, reference));
    }

    @Test
    void theDeveloperIsChargedOnceForUnsoldHousesListedAsArrearsAndPaysOnceInTheJournal() throws Exception {
        charge(clerkA, "JF-1", TODAY.minusDays(10)).andExpect(status().isForbidden());
        charge(clerkB, "JF-1", TODAY.minusDays(10)).andExpect(status().isNotFound());
        charge(county, "JF-1", TODAY.plusDays(1)).andExpect(status().isBadRequest());
        String body = charge(county, "JF-1", TODAY.minusDays(10)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.houses").value(2)) // 102 and 103: no owner, no deposit
                .andExpect(jsonPath("$.total").value(4000.00)) // 80 m² at the default ¥50 without lift
                .andExpect(jsonPath("$.dueOn").value(TODAY.plusDays(30).toString()))
                .andReturn().getResponse().getContentAsString();
        long id = com.jayway.jsonpath.JsonPath.parse(body).read("$.id", Long.class);
        // the same reference again: the first charge, nothing new
        charge(county, "JF-1", TODAY.minusDays(10)).andExpect(jsonPath("$.id").value(id));
        assertThat(count("select count(*) from fnd_developer_charge_house where charge_id = ?", id)).isEqualTo(2);
        charge(county, "JF-2", TODAY.minusDays(10)).andExpect(status().isUnprocessableContent());
        // in the arrears list like an owner's, with its due date
        signIn(county);
        var arrears = ledger.arrears(null, estateA, new org.anju.platform.PageRequest(0, 10)).content();
        assertThat(arrears).filteredOn(a -> a.chargeId() != null).extracting(FundView.Arrear::houseId)
                .containsExactly(houseA2, houseA3);
        assertThat(arrears).filteredOn(a -> a.houseId() == houseA2).first()
                .satisfies(a -> assertThat(a.dueOn()).isEqualTo(TODAY.plusDays(30)));
        mvc.perform(get("/api/v1/fund/developer-charges").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkA))).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/fund/developer-charges").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkB))).andExpect(jsonPath("$.totalElements").value(0));
        // paid: one deposit entry; paid again: replayed, nothing new
        postJson("/api/v1/fund/developer-charges/" + id + "/payment", clerkA, "{}").andExpect(status().isForbidden());
        postJson("/api/v1/fund/developer-charges/" + id + "/payment", clerkB, "{}").andExpect(status().isNotFound());
        postJson("/api/v1/fund/developer-charges/" + id + "/payment", county, "{}").andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(4000.00));
        postJson("/api/v1/fund/developer-charges/" + id + "/payment", county, "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true));
        assertThat(count("select count(*) from fnd_entry where idempotency_key = ?", "DEVCHARGE:" + id)).isEqualTo(1);
        assertThat(balance(houseA2)).isEqualByComparingTo("2500.00");
        assertThat(balance(houseA3)).isEqualByComparingTo("1500.00");
        assertThat(count("select count(*) from fnd_deposit where payer = 'DEVELOPER' and house_id in (?, ?)",
                houseA2, houseA3)).isEqualTo(2);
        signIn(county);
        assertThat(ledger.arrears(null, estateA, new org.anju.platform.PageRequest(0, 10)).content())
                .extracting(FundView.Arrear::houseId).doesNotContain(houseA2, houseA3);
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void theChargePointIsTheCountysSettingAfterFirstDelivery() throws Exception {
        signIn(county);
        ledger.changeSetting("UNSOLD_CHARGE_MONTHS", new BigDecimal("6"));
        try {
            charge(county, "JF-EARLY", TODAY.minusMonths(2)).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("deliveredOn"));
            charge(county, "JF-LATE", TODAY.minusMonths(7)).andExpect(status().isCreated());
        } finally {
            jdbc.sql("update fnd_setting set value = 0, is_default = true where name = 'UNSOLD_CHARGE_MONTHS'").update();
        }
    }

    private void depositOn(long house, String amount, LocalDate on) {
        signIn(county);
        ledger.deposit(new FundLedger.NewDeposit(house, new BigDecimal(amount), DepositKind.FIRST, null, on, null,
                fixtures.unique("k")));
    }

    @Test
    void theYearlyStatementIsGeneratedOnceAndTheOwnerReadsItBesideTheirHouse() throws Exception {
        depositOn(houseA2, "500.00", LocalDate.of(LAST_YEAR - 1, 6, 1));
        depositOn(houseA1, "1000.00", LocalDate.of(LAST_YEAR, 1, 15));
        signIn(county);
        income.allocate(new FundIncome.NewAllocation(estateA, LocalDate.of(LAST_YEAR, 2, 1),
                LocalDate.of(LAST_YEAR, 6, 30), null, new BigDecimal("9.00")));
        depositOn(houseA3, "300.00", TODAY); // this year: not in last year's figures
        String path = "/api/v1/fund/statements";
        String body = """
                {"estateId": %d, "year": %d}""".formatted(estateA, LAST_YEAR);
        postJson(path, clerkA, body).andExpect(status().isForbidden());
        postJson(path, county, """
                {"estateId": %d, "year": %d}""".formatted(estateA, TODAY.getYear())).andExpect(status().isBadRequest());
        postJson(path, county, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.figures.opening").value(500.00))
                .andExpect(jsonPath("$.figures.deposits").value(1000.00))
                .andExpect(jsonPath("$.figures.interest").value(9.00))
                .andExpect(jsonPath("$.figures.uses").value(0))
                .andExpect(jsonPath("$.figures.closing").value(1509.00));
        postJson(path, county, body).andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true));
        assertThat(count("select count(*) from fnd_year_statement where estate_id = ?", estateA)).isEqualTo(1);
        mvc.perform(get(path).with(fixtures.as(owner))).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].year").value(LAST_YEAR));
        mvc.perform(get(path).param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        // the owner's phone page: the estate's year beside the house's own (1000 deposited + its interest share)
        mvc.perform(get("/console/me/fund").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("fund-year-" + houseA1)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1509.00")));
    }

    @Test
    void improvementSpendsOnlyIncomeAboveTheDemandRateAndNeedsTheOwnersDecision() throws Exception {
        depositOn(houseA1, "100000.00", LocalDate.of(LAST_YEAR - 1, 12, 1));
        signIn(county);
        // 360 days of ¥100 000 at the 0.35 % demand rate is ¥350.00; the bank paid ¥1 000.00: ¥650.00 above it
        LocalDate start = LocalDate.of(LAST_YEAR, 1, 1);
        income.allocate(new FundIncome.NewAllocation(estateA, start, start.plusDays(359), null,
                new BigDecimal("1000.00")));
        assertThat(jdbc.sql("select above_demand from fnd_income where estate_id = ?").param(estateA)
                .query(BigDecimal.class).single()).isEqualByComparingTo("650.00");
        mvc.perform(get("/api/v1/fund/improvement").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkA))).andExpect(jsonPath("$.available").value(650.00));
        mvc.perform(get("/api/v1/fund/improvement").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        String apply = """
                {"estateId": %d, "kind": "IMPROVEMENT", "title": "加装智能门禁", "budget": %s, "decisionRef": "VOTE-9-%s",
                 "houseIds": [%d], "idempotencyKey": "%s"}""";
        postJson("/api/v1/fund/usages", county, apply.formatted(estateA, "650.01", "1", houseA1, fixtures.unique("u")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("budget"));
        String body = postJson("/api/v1/fund/usages", county, apply.formatted(estateA, "600.00", "1", houseA1,
                fixtures.unique("u"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long usage = com.jayway.jsonpath.JsonPath.parse(body).read("$.id", Long.class);
        // what the first holds is no longer available
        postJson("/api/v1/fund/usages", county, apply.formatted(estateA, "50.01", "2", houseA1, fixtures.unique("u")))
                .andExpect(status().isUnprocessableContent());
        String act = "/api/v1/fund/usages/" + usage + "/actions";
        postJson(act, county, "{\"action\": \"APPROVE\"}").andExpect(status().isUnprocessableContent());
        postJson(act, county, "{\"action\": \"RECORD_DECISION\", \"reason\": \"业主大会 2026-03 决议\"}")
                .andExpect(status().isOk());
        postJson(act, county, "{\"action\": \"APPROVE\"}").andExpect(status().isOk());
        postJson(act, county, "{\"action\": \"PAY\", \"amount\": 600.00, \"idempotencyKey\": \"p1\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(600.00));
        assertThat(balance(houseA1)).isEqualByComparingTo("100400.00");
        mvc.perform(get("/api/v1/fund/improvement").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(county))).andExpect(jsonPath("$.available").value(50.00));
    }

    @Test
    void commonIncomeIsPostedOnceByExclusiveArea() {
        long first = income.commonIncome(990_000_001L + estateA, estateA, new BigDecimal("100.00"), "VOTE-1-1",
                TODAY);
        long again = income.commonIncome(990_000_001L + estateA, estateA, new BigDecimal("100.00"), "VOTE-1-1",
                TODAY);
        assertThat(again).isEqualTo(first);
        // 100 + 50 + 30 m²: 55.55, 27.78, 16.67 (floors, then the two fen left to the largest remainders)
        assertThat(balance(houseA1)).isEqualByComparingTo("55.55");
        assertThat(balance(houseA2)).isEqualByComparingTo("27.78");
        assertThat(balance(houseA3)).isEqualByComparingTo("16.67");
        assertThat(count("select count(*) from fnd_common_income where estate_id = ?", estateA)).isEqualTo(1);
    }

    @Test
    void theCountySeesOverdueEmergencyDecisionsInItsToDoAndAnOwnerSeesNone() throws Exception {
        postJson("/api/v1/fund/usages", county, """
                {"estateId": %d, "kind": "EMERGENCY", "title": "电梯停运抢修", "emergencyItem": "LIFT", "budget": 100,
                 "idempotencyKey": "%s"}""".formatted(estateA, fixtures.unique("e"))).andExpect(status().isCreated());
        jdbc.sql("update fnd_usage set decide_by = ? where estate_id = ?").params(TODAY.minusDays(1), estateA).update();
        mvc.perform(get("/api/v1/fund/todo").with(fixtures.as(county)))
                .andExpect(jsonPath("$[*].kind", hasItem("EMERGENCY_OVERDUE")));
        mvc.perform(get("/api/v1/fund/todo").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$[*].kind", not(hasItem("EMERGENCY_OVERDUE"))));
        mvc.perform(get("/api/v1/fund/todo").with(fixtures.as(owner))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/console").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("home-fund-todo")));
    }
}
