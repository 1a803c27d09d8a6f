package org.anju.fund;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.anju.IntegrationTest;
import org.anju.fund.internal.LedgerStore;
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
import org.springframework.web.context.request.RequestContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * 批量结息 (issue 8): a county's interest in one set-based transaction gives every estate exactly the lines the
 * single allocation's arithmetic gives it (the remainder rule and its ties included), leaves estates already
 * allocated or overlapped alone, never touches another county, and is applied whole or not at all.
 */
class IncomeBatchTests extends IntegrationTest {

    @Autowired
    FundLedger ledger;

    @Autowired
    FundIncome income;

    @Autowired
    LedgerStore store;

    @Autowired
    Accounts accounts;

    LocalDate start;
    LocalDate end;
    long bigEstate;
    long smallEstate;
    long doneEstate;
    long overlappedEstate;
    long crumbEstate;
    long laterEstate;
    long otherCountyEstate;
    String county;
    String township;

    @BeforeEach
    void place() {
        start = LocalDate.now().minusDays(100);
        end = start.plusDays(89);
        long region = fixtures.region(null, "COUNTY", fixtures.unique("结息县"));
        long town = fixtures.region(region, "TOWNSHIP", fixtures.unique("结息镇"));
        long community = fixtures.region(town, "COMMUNITY", fixtures.unique("结息社区"));
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        township = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        signIn(county);
        Random random = new Random(20261125);
        bigEstate = fixtures.estate(community, "大小区");
        long building = fixtures.building(bigEstate, "1号楼");
        for (int i = 1; i <= 40; i++) {
            long house = fixtures.house(building, "1", String.valueOf(100 + i), "90.00");
            if (i % 9 == 0) {
                continue; // no deposit: no share
            }
            // three equal weights (ties go to the lower account id), the rest spread over amounts and days
            String amount = i <= 3 ? "3333.33" : BigDecimal.valueOf(random.nextInt(2_000_000) + 1, 2).toPlainString();
            LocalDate paidOn = i <= 3 ? start.minusDays(5) : start.minusDays(10).plusDays(random.nextInt(95));
            depositOn(house, amount, paidOn);
        }
        smallEstate = fixtures.estate(community, "小小区");
        long small = fixtures.building(smallEstate, "1号楼");
        depositOn(fixtures.house(small, "1", "101", "80.00"), "1000.00", start.minusDays(1));
        depositOn(fixtures.house(small, "1", "102", "80.00"), "2000.00", start.plusDays(45));
        doneEstate = fixtures.estate(community, "已结息小区");
        depositOn(fixtures.house(fixtures.building(doneEstate, "1号楼"), "1", "101", "80.00"), "5000.00",
                start.minusDays(1));
        income.allocate(new FundIncome.NewAllocation(doneEstate, start, end, null, null));
        overlappedEstate = fixtures.estate(community, "重叠小区");
        depositOn(fixtures.house(fixtures.building(overlappedEstate, "1号楼"), "1", "101", "80.00"), "5000.00",
                start.minusDays(1));
        income.allocate(new FundIncome.NewAllocation(overlappedEstate, start.minusDays(10), start.plusDays(10), null,
                null));
        laterEstate = fixtures.estate(community, "已结息至更晚小区");
        depositOn(fixtures.house(fixtures.building(laterEstate, "1号楼"), "1", "101", "80.00"), "5000.00",
                start.minusDays(1));
        income.allocate(new FundIncome.NewAllocation(laterEstate, end.plusDays(1), LocalDate.now().minusDays(1), null,
                null));
        crumbEstate = fixtures.estate(community, "零头小区");
        depositOn(fixtures.house(fixtures.building(crumbEstate, "1号楼"), "1", "101", "80.00"), "0.01", end);
        long other = fixtures.region(null, "COUNTY", fixtures.unique("邻县"));
        otherCountyEstate = fixtures.estate(fixtures.region(fixtures.region(other, "TOWNSHIP", "邻镇"), "COMMUNITY",
                "邻社区"), "邻县小区");
        signIn(fixtures.account(Role.COUNTY_AUTHORITY, new Binding(other, null, null, null, null)));
        depositOn(fixtures.house(fixtures.building(otherCountyEstate, "1号楼"), "1", "101", "80.00"), "5000.00",
                start.minusDays(1));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyEstateGetsExactlyTheSingleAllocationsLinesAndASecondRunAddsNothing() throws Exception {
        BigDecimal rate = new BigDecimal("1.75");
        Map<Long, BigDecimal> bigExpected = expected(bigEstate, rate);
        Map<Long, BigDecimal> smallExpected = expected(smallEstate, rate);
        assertThat(bigExpected).hasSizeGreaterThan(30);
        String body = """
                {"periodStart": "%s", "periodEnd": "%s", "ratePercent": 1.75}""".formatted(start, end);
        batch(township, body).andExpect(status().isForbidden());
        String batch = batch(county, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.estates").value(2))
                .andExpect(jsonPath("$.alreadyAllocated").value(1))
                .andExpect(jsonPath("$.overlapping").value(2))
                .andExpect(jsonPath("$.nothingToAllocate").value(1))
                .andExpect(jsonPath("$.checkOk").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(lines(bigEstate)).isEqualTo(bigExpected);
        assertThat(lines(smallEstate)).isEqualTo(smallExpected);
        assertThat(JsonPath.read(batch, "$.accounts").toString())
                .isEqualTo(String.valueOf(bigExpected.size() + smallExpected.size() - 2));
        BigDecimal total = bigExpected.get(bank(bigEstate)).add(smallExpected.get(bank(smallEstate)));
        assertThat(new BigDecimal(JsonPath.read(batch, "$.total").toString())).isEqualByComparingTo(total);
        // the single path and the batch share the idempotency: neither allocates the period again
        assertThat(incomes(doneEstate)).isEqualTo(1);
        assertThat(incomes(overlappedEstate)).isEqualTo(1);
        // an estate allocated a later period is closed for this one (结账): left out by the batch, refused alone
        assertThat(incomes(laterEstate)).isEqualTo(1);
        mvc.perform(post("/api/v1/fund/income-allocations").with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s"}"""
                                .formatted(laterEstate, start, end)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("periodStart"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(LocalDate.now().minusDays(1)
                        .toString())));
        assertThat(incomes(crumbEstate)).isZero();
        assertThat(incomes(otherCountyEstate)).isZero();
        signIn(county);
        assertThat(income.allocate(new FundIncome.NewAllocation(bigEstate, start, end, rate, null)).replayed()).isTrue();
        SecurityContextHolder.clearContext();
        batch(county, body).andExpect(status().isOk()).andExpect(jsonPath("$.estates").value(0))
                .andExpect(jsonPath("$.alreadyAllocated").value(3));
        assertThat(lines(bigEstate)).isEqualTo(bigExpected);
        // the township sees the county's batches over it; the list is paged
        mvc.perform(get("/api/v1/fund/income-batches").with(fixtures.as(township))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[1].estates").value(2));
        mvc.perform(get("/api/v1/fund/income-batches").with(fixtures.as("yezhu"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void theNextPeriodStartsFromTheBalancesCarriedForwardAndGivesWhatEveryPostingSummedGives() throws Exception {
        BigDecimal rate = new BigDecimal("2.1");
        String first = """
                {"periodStart": "%s", "periodEnd": "%s", "ratePercent": 2.1}""".formatted(start, end);
        batch(county, first).andExpect(status().isCreated());
        // after the first period: top-ups inside the next one, one on the day after it, a use paid today
        LocalDate next = end.plusDays(1);
        LocalDate last = LocalDate.now().minusDays(1);
        signIn(county);
        List<Long> houses = jdbc.sql("""
                        select a.house_id from fnd_account a where a.estate_id = ? and a.kind = 'HOUSE' order by a.id""")
                .param(bigEstate).query(Long.class).list();
        for (int i = 0; i < houses.size(); i += 4) {
            topUp(houses.get(i), "1234.56", next.plusDays(i % 7));
        }
        topUp(houses.get(1), "777.77", LocalDate.now());
        SecurityContextHolder.clearContext();
        Map<Long, BigDecimal> bigExpected = expected(bigEstate, rate, next, last);
        Map<Long, BigDecimal> smallExpected = expected(smallEstate, rate, next, last);
        batch(county, """
                {"periodStart": "%s", "periodEnd": "%s", "ratePercent": 2.1}""".formatted(next, last))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.checkOk").value(true));
        assertThat(lines(bigEstate, next, last)).isEqualTo(bigExpected);
        assertThat(lines(smallEstate, next, last)).isEqualTo(smallExpected);
        // the balances carried forward are the accounts' balances at the period's end, interest included
        for (long estate : List.of(bigEstate, smallEstate)) {
            Map<Long, BigDecimal> carried = new HashMap<>();
            jdbc.sql("""
                            select u.a, u.b * 0.01 from fnd_share s join fnd_income i on i.entry_id = s.entry_id
                                 cross join lateral unnest(s.account_ids, s.balances) u(a, b)
                            where i.estate_id = ? and i.period_end = ?""")
                    .params(estate, last).query((rs, n) -> carried.put(rs.getLong(1), rs.getBigDecimal(2))).list();
            Map<Long, BigDecimal> ledgerSays = new HashMap<>();
            jdbc.sql("""
                            select p.account_id, -sum(p.amount) from fnd_estate_posting p
                                 join fnd_entry x on x.id = p.entry_id
                            where p.estate_id = ? and p.account_kind = 'HOUSE' and x.booked_on <= ?
                            group by p.account_id having sum(p.amount) <> 0""")
                    .params(estate, last).query((rs, n) -> ledgerSays.put(rs.getLong(1), rs.getBigDecimal(2)))
                    .list();
            assertThat(carried).isNotEmpty().isEqualTo(ledgerSays);
            // and the balances read from them (one account, or every account of the estates at once) are every
            // posting summed, the top-up after the period included
            assertThat(jdbc.sql("""
                            select count(*) from fnd_account a
                                 left join fnd_house_balances(array[?]::bigint[]) b on b.account_id = a.id
                            where a.estate_id = ? and a.kind = 'HOUSE'
                              and (coalesce(b.balance, 0) <> fnd_house_balance(a.id)
                                   or fnd_house_balance(a.id) <> (select coalesce(-sum(p.amount), 0)
                                                                  from fnd_posting p where p.account_id = a.id))""")
                    .params(estate, estate).query(Long.class).single()).isZero();
        }
        assertThat(jdbc.sql("select fnd_house_balance(id) from fnd_account where house_id = ?").param(houses.get(1))
                .query(BigDecimal.class).single()).isEqualByComparingTo(jdbc.sql("""
                        select -sum(p.amount) from fnd_posting p join fnd_account a on a.id = p.account_id
                        where a.house_id = ?""").param(houses.get(1)).query(BigDecimal.class).single());
    }

    private void topUp(long house, String amount, LocalDate paidOn) {
        ledger.deposit(new FundLedger.NewDeposit(house, new BigDecimal(amount), DepositKind.TOP_UP, Payer.OWNER,
                paidOn, null, fixtures.unique("k")));
    }

    @Test
    void aBadPeriodOrRateIsRefusedAndABatchFailingMidwayLeavesEveryEstateAsBefore() throws Exception {
        batch(county, """
                {"periodStart": "%s", "periodEnd": "%s"}""".formatted(start, LocalDate.now()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("periodEnd"));
        batch(county, """
                {"periodStart": "%s", "periodEnd": "%s", "ratePercent": 12}""".formatted(start, end))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratePercent"));
        batch(county, """
                {"periodEnd": "%s"}""".formatted(end))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("periodStart"));
        long entries = jdbc.sql("select count(*) from fnd_entry").query(Long.class).single();
        long batches = jdbc.sql("select count(*) from fnd_income_batch").query(Long.class).single();
        // the small estate's income row fails, after every entry and line of the batch is written
        try (AutoCloseable fail = fixtures.failInsertsInto("fnd_income", "new.estate_id = " + smallEstate)) {
            batch(county, """
                    {"periodStart": "%s", "periodEnd": "%s"}""".formatted(start, end))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).isGreaterThanOrEqualTo(500));
        } catch (Exception e) {
            assertThat(e).hasStackTraceContaining("killed midway");
        }
        assertThat(incomes(bigEstate)).isZero();
        assertThat(jdbc.sql("select count(*) from fnd_entry where estate_id = ? and kind = 'INCOME'").param(bigEstate)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from fnd_income_batch").query(Long.class).single()).isEqualTo(batches);
        // other tests may post in the meantime; none of this batch's entries stayed
        assertThat(jdbc.sql("select count(*) from fnd_entry where memo like '利息 " + start + " 至 " + end
                + "%' and estate_id in (?, ?)").params(bigEstate, smallEstate).query(Long.class).single()).isZero();
        assertThat(entries).isPositive();
        // and the same batch then goes through whole, from the county's page
        mvc.perform(post("/console/fund/income/batch").with(fixtures.as(county)).with(csrf())
                        .param("periodStart", start.toString()).param("periodEnd", end.toString()))
                .andExpect(redirectedUrlPattern("/console/fund/deposits*"));
        assertThat(incomes(bigEstate)).isEqualTo(1);
        assertThat(incomes(smallEstate)).isEqualTo(1);
        mvc.perform(get("/console/fund/deposits").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("fund-batch-form")))
                .andExpect(content().string(containsString("fund-batches")));
    }

    /** What the single allocation's arithmetic gives the estate: the bank's debit and each account's credit. */
    private Map<Long, BigDecimal> expected(long estate, BigDecimal rate) {
        return expected(estate, rate, start, end);
    }

    /** The same for any period, from every posting ever made (lines and shares), not the balances carried. */
    private Map<Long, BigDecimal> expected(long estate, BigDecimal rate, LocalDate start, LocalDate end) {
        List<LedgerStore.BalanceDays> weights = store.balanceDays(estate, start, end);
        BigInteger fenDays = weights.stream().map(LedgerStore.BalanceDays::fenDays).reduce(BigInteger.ZERO,
                BigInteger::add);
        BigDecimal total = new InterestRule(rate).interest(fenDays);
        List<BigDecimal> shares = InterestRule.allocate(total, weights.stream().map(LedgerStore.BalanceDays::fenDays)
                .toList());
        Map<Long, BigDecimal> lines = new HashMap<>();
        lines.put(bank(estate), total.setScale(2));
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).signum() > 0) {
                lines.put(weights.get(i).accountId(), shares.get(i).negate().setScale(2));
            }
        }
        return lines;
    }

    private Map<Long, BigDecimal> lines(long estate) {
        return lines(estate, start, end);
    }

    private Map<Long, BigDecimal> lines(long estate, LocalDate start, LocalDate end) {
        Map<Long, BigDecimal> lines = new HashMap<>();
        jdbc.sql("""
                        select l.account_id, l.amount from fnd_posting l join fnd_income i on i.entry_id = l.entry_id
                        where i.estate_id = ? and i.period_start = ? and i.period_end = ?""")
                .params(estate, start, end).query((rs, n) -> lines.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        return lines;
    }

    private long bank(long estate) {
        return store.bankAccount(estate);
    }

    private long incomes(long estate) {
        return jdbc.sql("select count(*) from fnd_income where estate_id = ?").param(estate).query(Long.class).single();
    }

    private ResultActions batch(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/fund/income-batches").with(fixtures.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void depositOn(long house, String amount, LocalDate paidOn) {
        ledger.deposit(new FundLedger.NewDeposit(house, new BigDecimal(amount), DepositKind.FIRST, Payer.OWNER, paidOn,
                null, fixtures.unique("k")));
    }

    private void signIn(String user) {
        AnjuUser u = accounts.load(user).orElseThrow();
        RequestContextHolder.resetRequestAttributes(); // the test request caches the last caller's jurisdiction
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }
}
