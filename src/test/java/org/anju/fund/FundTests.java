package org.anju.fund;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.anju.IntegrationTest;
import org.anju.calendar.WorkingCalendar;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fund through its API: deposits and their idempotency, interest, usages, the invariant catching a tampered
 * row, concurrency, and jurisdiction (the access matrix rows of /api/v1/fund name this class).
 */
class FundTests extends IntegrationTest {

    @Autowired
    FundLedger ledger;

    @Autowired
    FundUsages usages;

    @Autowired
    FundIncome income;

    @Autowired
    Accounts accounts;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    TransactionTemplate tx;

    long townA;
    long estateA;
    long estateB;
    long estateC;
    long buildingA;
    long houseA1;
    long houseA2;
    long houseA3;
    long houseB;
    long ownerA1;
    String county;
    String clerkA;
    String clerkB;
    String owner;
    String committeeC;

    @BeforeEach
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("资金县"));
        townA = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(region, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        estateC = fixtures.estate(communityA, "丙小区");
        buildingA = fixtures.building(estateA, "1号楼");
        houseA1 = fixtures.house(buildingA, "1", "101", "100.00");
        houseA2 = fixtures.house(buildingA, "1", "102", "50.00");
        houseA3 = fixtures.house(buildingA, "1", "103", "50.00");
        houseB = fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00");
        fixtures.house(fixtures.building(estateC, "1号楼"), "1", "101", "90.00");
        ownerA1 = fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", houseA1);
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA1));
        committeeC = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateC, null, null, null));
        jdbc.sql("""
                insert into gov_committee (estate_id, kind, status, formed_on, term_end, filed_on)
                values (?, 'OWNERS', 'FILED', current_date - 30, current_date + 1000, current_date - 20)""")
                .param(estateC).update();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultActions postJson(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions deposit(String user, long house, String amount, String kind, String key) throws Exception {
        return postJson("/api/v1/fund/deposits", user, """
                {"houseId": %d, "amount": %s, "kind": "%s", "idempotencyKey": "%s"}"""
                .formatted(house, amount, kind, key));
    }

    private BigDecimal balance(long house) {
        return jdbc.sql("select coalesce(-sum(l.amount), 0) from fnd_posting l join fnd_account a on a.id = l.account_id"
                + " where a.house_id = ?").param(house).query(BigDecimal.class).single();
    }

    private void signIn(String user) {
        AnjuUser u = accounts.load(user).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    private void funded() throws Exception {
        deposit(county, houseA1, "1000.00", "FIRST", fixtures.unique("k")).andExpect(status().isCreated());
        deposit(county, houseA2, "500.00", "FIRST", fixtures.unique("k")).andExpect(status().isCreated());
        deposit(county, houseA3, "null", "FIRST", fixtures.unique("k")).andExpect(status().isCreated());
    }

    @Test
    void aDepositTwiceWithTheSameKeyIsPostedOnceAndTheBalanceIsDerived() throws Exception {
        String key = fixtures.unique("dep-");
        deposit(county, houseA1, "1234.56", "FIRST", key).andExpect(status().isCreated())
                .andExpect(jsonPath("$.replayed").value(false));
        deposit(county, houseA1, "1234.56", "FIRST", key).andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true));
        assertThat(balance(houseA1)).isEqualByComparingTo("1234.56");
        assertThat(jdbc.sql("select count(*) from fnd_entry where idempotency_key = ?").param("DEPOSIT:" + key)
                .query(Long.class).single()).isEqualTo(1);
        // a second first deposit under a new key is refused; a top-up is fine
        deposit(county, houseA1, "1.00", "FIRST", fixtures.unique("k")).andExpect(status().isUnprocessableContent());
        deposit(county, houseA1, "10.00", "TOP_UP", fixtures.unique("k")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/fund/accounts/" + houseA1 + "/entries").with(fixtures.as(county)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.account.balance").value(1244.56))
                .andExpect(jsonPath("$.movements", hasSize(2)));
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void aFirstDepositWithoutAmountFollowsTheCountyStandardAndASaleFilingImportRunsOnce() throws Exception {
        deposit(county, houseA1, "null", "FIRST", fixtures.unique("k")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(5000.00)); // 100 m², no lift, ¥50/m² default
        signIn(county);
        var first = ledger.fileSale(buildingA, "WQ-2026-001");
        assertThat(first.replayed()).isFalse();
        assertThat(first.amount()).isEqualByComparingTo("5000.00"); // the two houses left: 50 m² each
        var again = ledger.fileSale(buildingA, "WQ-2026-001");
        assertThat(again.replayed()).isTrue();
        assertThat(again.entryId()).isEqualTo(first.entryId());
        assertThat(balance(houseA2)).isEqualByComparingTo("2500.00");
        assertThatThrownBy(() -> ledger.fileSale(buildingA, "WQ-2026-002")).isInstanceOf(InvalidRequestException.class);
        assertThat(jdbc.sql("select payer from fnd_deposit where house_id = ?").param(houseA2).query(String.class)
                .single()).isEqualTo("DEVELOPER");
        // sold public housing: the owner pays 2 % of the cost price, the seller 20 % of the sale price (6 floors)
        long publicHouse = fixtures.house(buildingA, "2", "201", "60.00");
        postJson("/api/v1/fund/deposits", county, """
                {"houseId": %d, "kind": "FIRST", "payer": "OWNER", "publicPrice": 60000, "idempotencyKey": "%s"}"""
                .formatted(publicHouse, fixtures.unique("k"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(1200.00));
        postJson("/api/v1/fund/deposits", county, """
                {"houseId": %d, "kind": "FIRST", "payer": "SELLER", "publicPrice": 50000, "idempotencyKey": "%s"}"""
                .formatted(publicHouse, fixtures.unique("k"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value(10000.00));
        postJson("/api/v1/fund/deposits", county, """
                {"houseId": %d, "kind": "FIRST", "payer": "SELLER", "publicPrice": 50000, "idempotencyKey": "%s"}"""
                .formatted(publicHouse, fixtures.unique("k"))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/fund/accounts/" + publicHouse + "/entries").with(fixtures.as(county)))
                .andExpect(jsonPath("$.account.firstDeposit").value(11200.00))
                .andExpect(jsonPath("$.account.balance").value(11200.00));
    }

    @Test
    void interestIsAllocatedByBalanceAndDaysExactlyAndOnlyOncePerPeriod() throws Exception {
        LocalDate start = LocalDate.now().minusDays(100);
        LocalDate end = start.plusDays(89);
        signIn(county);
        depositOn(houseA1, "10000.00", start.minusDays(1));   // whole period
        depositOn(houseA2, "20000.00", start.plusDays(45));   // the last 45 days
        // houseA3: no deposit, no share
        String body = """
                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s", "total": "13.01"}""".formatted(estateA, start, end);
        String response = postJson("/api/v1/fund/income-allocations", county, body).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long entry = ((Number) JsonPath.read(response, "$.entryId")).longValue();
        // weights 10000×90 and 20000×45 are equal: 13.01 → 6.51 + 6.50 (the earlier account takes the spare fen)
        assertThat(balance(houseA1)).isEqualByComparingTo("10006.51");
        assertThat(balance(houseA2)).isEqualByComparingTo("20006.50");
        // the bank's debit is the entry's one line; the two credits are its shares (decision 0031)
        assertThat(jdbc.sql("select count(*) from fnd_line where entry_id = ?").param(entry).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from fnd_posting where entry_id = ?").param(entry).query(Long.class)
                .single()).isEqualTo(3);
        assertThat(jdbc.sql("select fens::text from fnd_share where entry_id = ?").param(entry).query(String.class)
                .single()).isEqualTo("{651,650}");
        postJson("/api/v1/fund/income-allocations", county, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.replayed").value(true)).andExpect(jsonPath("$.entryId").value(entry));
        assertThat(balance(houseA1)).isEqualByComparingTo("10006.51");
        // an overlapping period is refused
        postJson("/api/v1/fund/income-allocations", county, """
                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s"}""".formatted(estateA, end, end.plusDays(1)))
                .andExpect(status().isUnprocessableContent());
        // at the demand rate when no total is given: 0.35 % on the balance-days
        String computed = postJson("/api/v1/fund/income-allocations", county, """
                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s"}""".formatted(estateA, end.plusDays(1),
                end.plusDays(2))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(computed, "$.total").toString())).isEqualByComparingTo("0.58");
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    private void depositOn(long house, String amount, LocalDate paidOn) {
        ledger.deposit(new FundLedger.NewDeposit(house, new BigDecimal(amount), DepositKind.FIRST, Payer.OWNER, paidOn,
                null, fixtures.unique("k")));
    }

    @Test
    void theDatabaseRefusesSharesThatDoNotBelongOrDoNotBalanceAndTheCheckCatchesATamperedShare() throws Exception {
        LocalDate start = LocalDate.now().minusDays(100);
        LocalDate end = start.plusDays(89);
        signIn(county);
        depositOn(houseA1, "10000.00", start.minusDays(1));
        depositOn(houseA2, "20000.00", start.minusDays(1));
        depositOn(houseB, "5000.00", start.minusDays(1));
        String response = postJson("/api/v1/fund/income-allocations", county, """
                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s", "total": "30.00"}"""
                .formatted(estateA, start, end)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        long entry = ((Number) JsonPath.read(response, "$.entryId")).longValue();
        assertThatThrownBy(() -> jdbc.sql("update fnd_share set fens = '{1,2999}' where entry_id = ?").param(entry)
                .update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from fnd_share where entry_id = ?").param(entry).update())
                .hasMessageContaining("append-only");
        long a1 = account(houseA1);
        long a2 = account(houseA2);
        long b = account(houseB);
        long bank = jdbc.sql("select id from fnd_account where estate_id = ? and kind = 'BANK'").param(estateA)
                .query(Long.class).single();
        // a share names its accounts without a foreign key: accounts are never removed
        assertThatThrownBy(() -> jdbc.sql("delete from fnd_account where id = ?").param(a1).update())
                .hasMessageContaining("append-only");
        // another estate's account, an account twice, accounts out of order, a negative share, a share after the line
        assertThatThrownBy(() -> interest(new long[] {a1, b}, new long[] {5, 5}, bank, "10.00"))
                .hasMessageContaining("invalid interest shares");
        assertThatThrownBy(() -> interest(new long[] {a1, a1}, new long[] {5, 5}, bank, "10.00"))
                .hasMessageContaining("invalid interest shares");
        assertThatThrownBy(() -> interest(new long[] {Math.max(a1, a2), Math.min(a1, a2)}, new long[] {5, 5}, bank,
                "10.00")).hasMessageContaining("invalid interest shares");
        assertThatThrownBy(() -> interest(new long[] {Math.min(a1, a2), Math.max(a1, a2)}, new long[] {1001, -1}, bank, "10.00"))
                .hasMessageContaining("invalid interest shares");
        assertThatThrownBy(() -> interest(new long[] {a1}, new long[] {999}, bank, "10.00"))
                .hasMessageContaining("unbalanced");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            long e = incomeEntry("10.00");
            jdbc.sql("insert into fnd_line (entry_id, account_id, amount) values (?, ?, 10), (?, ?, -10)")
                    .params(e, bank, e, a1).update();
            jdbc.sql("insert into fnd_share (entry_id, estate_id, account_ids, fens, balances)"
                    + " values (?, ?, ?::bigint[], '{1}', '{1}')")
                    .params(e, estateA, "{" + a2 + "}").update();
        })).hasMessageContaining("invalid interest shares");
        assertThat(jdbc.sql("select count(*) from fnd_share where estate_id = ?").param(estateA).query(Long.class)
                .single()).isEqualTo(1);
        // tampered behind the triggers' back: a share (the entry no longer balances, nor do the balances carried with
        // it), then a balance carried forward alone
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
        tamper("fens[1] = fens[1] + 100", entry);
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false)).andExpect(jsonPath("$.unbalanced").value(2));
        tamper("fens[1] = fens[1] - 100", entry);
        tamper("balances[1] = balances[1] + 1", entry);
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.unbalanced").value(1));
        tamper("balances[1] = balances[1] - 1", entry);
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
        assertThat(balance(houseA1).add(balance(houseA2))).isEqualByComparingTo("30030.00");
        assertThat(balance(houseB)).isEqualByComparingTo("5000.00");
        // 结账: the allocated period is closed; a deposit dated in it is refused with the reason, one dated after it
        // is taken, and another estate is not closed
        String closed = """
                {"houseId": %d, "amount": "100.00", "kind": "TOP_UP", "paidOn": "%s", "idempotencyKey": "%s"}""";
        postJson("/api/v1/fund/deposits", county, closed.formatted(houseA1, end, fixtures.unique("k")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("paidOn"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(end.toString())));
        assertThat(balance(houseA1).add(balance(houseA2))).isEqualByComparingTo("30030.00");
        postJson("/api/v1/fund/deposits", county, closed.formatted(houseA1, end.plusDays(1), fixtures.unique("k")))
                .andExpect(status().isCreated());
        postJson("/api/v1/fund/deposits", county, closed.formatted(houseB, end, fixtures.unique("k")))
                .andExpect(status().isCreated());
        // the database holds the same line for a posting that does not come through the service
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> incomeEntryOn(end))).hasMessageContaining("closed");
    }

    private void incomeEntryOn(LocalDate bookedOn) {
        jdbc.sql("""
                insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, created_by)
                values (?, 'DEPOSIT', ?, 1, ?, 'x')""").params(estateA, fixtures.unique("bad"), bookedOn).update();
    }

    private void tamper(String set, long entry) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update fnd_share set " + set + " where entry_id = ?").param(entry).update();
        });
    }

    private long account(long house) {
        return jdbc.sql("select id from fnd_account where house_id = ?").param(house).query(Long.class).single();
    }

    private long incomeEntry(String amount) {
        return jdbc.sql("""
                insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, created_by)
                values (?, 'INCOME', ?, ?::numeric, current_date, 'x') returning id""")
                .params(estateA, fixtures.unique("bad"), amount).query(Long.class).single();
    }

    /** An interest entry written by hand: the shares, then the bank's line, in one transaction. */
    private void interest(long[] accounts, long[] fens, long bank, String amount) {
        tx.executeWithoutResult(s -> {
            long e = incomeEntry(amount);
            String f = java.util.Arrays.toString(fens).replace('[', '{').replace(']', '}');
            jdbc.sql("insert into fnd_share (entry_id, estate_id, account_ids, fens, balances)"
                            + " values (?, ?, ?::bigint[], ?::bigint[], ?::bigint[])")
                    .params(e, estateA, java.util.Arrays.toString(accounts).replace('[', '{').replace(']', '}'), f, f)
                    .update();
            jdbc.sql("insert into fnd_line (entry_id, account_id, amount) values (?, ?, ?::numeric)")
                    .params(e, bank, amount).update();
        });
    }

    @Test
    void theLedgerRefusesAnEditAndAnUnbalancedEntryAndTheCheckCatchesARowTamperedBehindItsBack() throws Exception {
        funded();
        long line = jdbc.sql("select l.id from fnd_line l join fnd_account a on a.id = l.account_id where a.house_id = ?")
                .param(houseA2).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update fnd_line set amount = amount - 1 where id = ?").param(line).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            long e = jdbc.sql("""
                    insert into fnd_entry (estate_id, kind, idempotency_key, amount, booked_on, created_by)
                    values (?, 'DEPOSIT', ?, 5, current_date, 'x') returning id""")
                    .params(estateA, fixtures.unique("bad")).query(Long.class).single();
            long bank = jdbc.sql("select id from fnd_account where estate_id = ? and kind = 'BANK'").param(estateA)
                    .query(Long.class).single();
            jdbc.sql("insert into fnd_line (entry_id, account_id, amount) values (?, ?, 5)").params(e, bank).update();
        })).hasMessageContaining("unbalanced");
        // someone with the database's superuser rights switches the triggers off and edits a line
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update fnd_line set amount = amount - 100 where id = ?").param(line).update();
        });
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false)).andExpect(jsonPath("$.unbalanced").value(1))
                .andExpect(jsonPath("$.differences", hasSize(1)));
        assertThat(jdbc.sql("select count(*) from fnd_alert where estate_id = ? and resolved_at is null")
                .param(estateA).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/console/fund/check").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("甲小区: 分户账合计")));
        // another township does not see it
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(clerkB))).andExpect(jsonPath("$.ok").value(true));
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update fnd_line set amount = amount + 100 where id = ?").param(line).update();
        });
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
        assertThat(jdbc.sql("select count(*) from fnd_alert where estate_id = ? and resolved_at is null")
                .param(estateA).query(Long.class).single()).isZero();
    }

    @Test
    void anEmergencyUseIsAppliedByTheTownshipWhereNoCommitteeExistsAndApportionedExactly() throws Exception {
        funded(); // 1000 + 500 + 2500 (50 m² × ¥50)
        String response = postJson("/api/v1/fund/usages", clerkA, """
                {"estateId": %d, "kind": "EMERGENCY", "title": "1号楼电梯停运抢修", "emergencyItem": "LIFT",
                 "budget": 100.01, "idempotencyKey": "%s"}""".formatted(estateA, fixtures.unique("u")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.applicant").value("TOWNSHIP"))
                .andExpect(jsonPath("$.houses").value(3)).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(response, "$.id")).longValue();
        assertThat(LocalDate.parse(JsonPath.read(response, "$.decideBy")))
                .isEqualTo(calendar.deadline(calendar.today(), 3));
        // where a committee is filed, the township may not apply; the committee may
        String c = """
                {"estateId": %d, "kind": "EMERGENCY", "title": "屋面渗漏", "emergencyItem": "LEAK",
                 "budget": 10, "idempotencyKey": "%s"}""";
        postJson("/api/v1/fund/usages", clerkA, c.formatted(estateC, fixtures.unique("u")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("estateId"));
        postJson("/api/v1/fund/usages", committeeC, c.formatted(estateC, fixtures.unique("u")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.applicant").value("COMMITTEE"));
        // the township cannot approve; the county can, then pays in two instalments
        act(clerkA, id, "{\"action\": \"APPROVE\"}").andExpect(status().isForbidden());
        act(county, id, "{\"action\": \"APPROVE\"}").andExpect(status().isOk());
        act(county, id, "{\"action\": \"PAY\", \"amount\": 60.01, \"idempotencyKey\": \"p1\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(60.01));
        act(county, id, "{\"action\": \"PAY\", \"amount\": 60.01, \"idempotencyKey\": \"p1\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.paid").value(60.01));
        act(county, id, "{\"action\": \"PAY\", \"amount\": 40.01, \"idempotencyKey\": \"p2\"}")
                .andExpect(status().isUnprocessableContent());
        act(county, id, "{\"action\": \"PAY\", \"amount\": 40.00, \"idempotencyKey\": \"p2\"}")
                .andExpect(status().isOk());
        // 60.01 over 100/50/50 m²: 30.005, 15.0025, 15.0025 → 30.00 + 15.00 + 15.00 + the spare fen to the first
        // 40.00: 20.00, 10.00, 10.00
        assertThat(balance(houseA1)).isEqualByComparingTo("949.99");
        assertThat(balance(houseA2)).isEqualByComparingTo("475.00");
        assertThat(balance(houseA3)).isEqualByComparingTo("2475.00");
        act(county, id, "{\"action\": \"COMPLETE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.finalAmount").value(100.01)).andExpect(jsonPath("$.status").value("COMPLETED"));
        // the contractor returns 0.03: exact 0.015, 0.0075, 0.0075 → 0.01, 0.00, 0.00 and the two spare fens go to
        // the largest remainders (0.0075 > 0.005): 0.01 each
        act(county, id, "{\"action\": \"REFUND\", \"amount\": 100.02, \"idempotencyKey\": \"r1\"}")
                .andExpect(status().isUnprocessableContent());
        act(county, id, "{\"action\": \"REFUND\", \"amount\": 0.03, \"idempotencyKey\": \"r1\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.finalAmount").value(99.98))
                .andExpect(jsonPath("$.refunded").value(0.03));
        assertThat(balance(houseA1)).isEqualByComparingTo("950.00");
        assertThat(balance(houseA2)).isEqualByComparingTo("475.01");
        assertThat(balance(houseA3)).isEqualByComparingTo("2475.01");
        // the owner of houseA1 sees where the money went, on the usage's page of their estate
        mvc.perform(get("/console/fund/usages/" + id).with(fixtures.as(owner))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/fund/usages/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.shares", hasSize(3)));
        mvc.perform(get("/api/v1/fund/usages/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void anOrdinaryUseWaitsForACarriedOwnersDecisionAndAnExclusionIsRefusedWithItsReason() throws Exception {
        funded();
        String body = """
                {"estateId": %d, "kind": "ORDINARY", "title": "外墙翻新", "budget": 300, "decisionRef": "%s",
                 "houseIds": [%d, %d], "idempotencyKey": "%s"}""";
        String ref = fixtures.unique("vote-");
        long id = ((Number) JsonPath.read(postJson("/api/v1/fund/usages", county,
                body.formatted(estateA, ref, houseA1, houseA2, fixtures.unique("u"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        act(county, id, "{\"action\": \"APPROVE\"}").andExpect(status().isUnprocessableContent());
        usages.recordDecision(new FundUsages.OwnersDecision(ref, estateA, true, "双三分之二通过"));
        act(county, id, "{\"action\": \"APPROVE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionCarried").value(true));
        // a house outside the estate cannot share the cost
        postJson("/api/v1/fund/usages", county, body.formatted(estateA, ref, houseA1, houseB, fixtures.unique("u")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("houseIds"));
        long warranty = ((Number) JsonPath.read(postJson("/api/v1/fund/usages", county, body.formatted(estateA,
                fixtures.unique("vote-"), houseA1, houseA2, fixtures.unique("u"))).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
        act(county, warranty, "{\"action\": \"REJECT\", \"exclusion\": \"WARRANTY\", \"reason\": \"交付未满保修期\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.exclusion").value("WARRANTY"));
    }

    @Test
    void anAreasCarriedVoteDecidesForTheHousesOfThatAreaOnly() throws Exception {
        long east = fixtures.area(estateA, fixtures.unique("东区"));
        long houseEast = fixtures.house(fixtures.building(estateA, east, "9号楼"), "1", "101", "80.00");
        String ref = fixtures.unique("VOTE-");
        usages.recordDecision(new FundUsages.OwnersDecision(ref, estateA, true, "东区业主表决通过", east, null, null));
        String body = """
                {"estateId": %d, "kind": "ORDINARY", "title": "东区屋面防水", "budget": 300, "decisionRef": "%s",
                 "houseIds": [%s], "idempotencyKey": "%s"}""";
        long both = ((Number) JsonPath.read(postJson("/api/v1/fund/usages", county,
                body.formatted(estateA, ref, houseA1 + ", " + houseEast, fixtures.unique("u")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        act(county, both, "{\"action\": \"APPROVE\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("houseIds"));
        assertThat(jdbc.sql("select status from fnd_usage where id = ?").param(both).query(String.class).single())
                .isEqualTo("APPLIED");
        long eastOnly = ((Number) JsonPath.read(postJson("/api/v1/fund/usages", county,
                body.formatted(estateA, ref, String.valueOf(houseEast), fixtures.unique("u")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        act(county, eastOnly, "{\"action\": \"APPROVE\"}").andExpect(status().isOk());
        // the accounts are grouped by area: one area's alone on request
        signIn(county);
        depositOn(houseEast, "1000.00", LocalDate.now().minusDays(10));
        depositOn(houseA1, "1000.00", LocalDate.now().minusDays(10));
        mvc.perform(get("/api/v1/fund/accounts").param("estateId", String.valueOf(estateA))
                        .param("areaId", String.valueOf(east)).with(fixtures.as(county)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].houseId").value(houseEast))
                .andExpect(jsonPath("$.content[0].areaId").value(east));
        mvc.perform(get("/api/v1/fund/accounts").param("estateId", String.valueOf(estateA)).with(fixtures.as(county)))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    private ResultActions act(String user, long id, String body) throws Exception {
        return postJson("/api/v1/fund/usages/" + id + "/actions", user, body);
    }

    @Test
    void concurrentUsagesOnTheSameAccountsNeverOverdrawAndConcurrentDepositsNeverLoseAFen() throws Exception {
        deposit(county, houseA2, "100.00", "FIRST", fixtures.unique("k")).andExpect(status().isCreated());
        signIn(county);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var u = usages.apply(new FundUsages.NewUsage(estateA, UsageKind.EMERGENCY, "抢修" + i, "DRAIN",
                    new BigDecimal("30.00"), null, null, List.of(houseA2), fixtures.unique("u")));
            usages.act(u.id(), new FundUsages.Act(UsageAction.APPROVE, null, null, null, null));
            ids.add(u.id());
        }
        AnjuUser user = accounts.load(county).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger refused = new AtomicInteger();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (long id : ids) {
            tasks.add(() -> as(user, () -> {
                try {
                    usages.act(id, new FundUsages.Act(UsageAction.PAY, new BigDecimal("30.00"), null, null, "pay"));
                    return true;
                } catch (InvalidRequestException e) {
                    refused.incrementAndGet();
                    return false;
                }
            }));
        }
        // and, at the same time, 40 deposits of 0.01 on another house, each key sent twice
        for (int i = 0; i < 40; i++) {
            String key = fixtures.unique("c");
            for (int twice = 0; twice < 2; twice++) {
                tasks.add(() -> as(user, () -> {
                    ledger.deposit(new FundLedger.NewDeposit(houseA1, new BigDecimal("0.01"), DepositKind.TOP_UP,
                            Payer.OWNER, null, null, key));
                    return true;
                }));
            }
        }
        ledger.deposit(new FundLedger.NewDeposit(houseA1, new BigDecimal("5.00"), DepositKind.FIRST, Payer.OWNER,
                null, null, fixtures.unique("k")));
        List<Future<Boolean>> results = pool.invokeAll(tasks);
        pool.shutdown();
        long paid = 0;
        for (int i = 0; i < ids.size(); i++) {
            paid += results.get(i).get() ? 1 : 0;
        }
        for (int i = ids.size(); i < results.size(); i++) {
            results.get(i).get();
        }
        assertThat(paid).as("payments of 30.00 out of 100.00").isEqualTo(3);
        assertThat(refused.get()).isEqualTo(5);
        assertThat(balance(houseA2)).isEqualByComparingTo("10.00");
        assertThat(balance(houseA1)).isEqualByComparingTo("5.40");
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void aDepositRacingAnAllocationNeverLandsInThePeriodTheAllocationCloses() throws Exception {
        LocalDate start = LocalDate.now().minusDays(100);
        LocalDate end = start.plusDays(89);
        signIn(county);
        depositOn(houseA1, "10000.00", start.minusDays(1));
        SecurityContextHolder.clearContext();
        AnjuUser user = accounts.load(county).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch allocated = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch depositWaits = new java.util.concurrent.CountDownLatch(1);
        // the allocation holds its transaction open until the deposit, dated inside the period, waits on it
        Future<Long> allocation = pool.submit(() -> as(user, () -> tx.execute(s -> {
            long id = income.allocate(new FundIncome.NewAllocation(estateA, start, end, null, null)).id();
            allocated.countDown();
            try {
                depositWaits.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return id;
        })));
        assertThat(allocated.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Future<Object> deposit = pool.submit(() -> as(user, () -> ledger.deposit(new FundLedger.NewDeposit(houseA1,
                new BigDecimal("500.00"), DepositKind.TOP_UP, Payer.OWNER, start.plusDays(10), null,
                fixtures.unique("k")))));
        long waited = System.nanoTime();
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class)
                .single() == 0 && System.nanoTime() - waited < 20_000_000_000L) {
            Thread.sleep(20);
        }
        depositWaits.countDown();
        assertThat(allocation.get()).isPositive();
        // refused by the database once the allocation commits (or by the service, had it come after): never taken
        assertThatThrownBy(deposit::get).isInstanceOf(java.util.concurrent.ExecutionException.class);
        pool.shutdown();
        assertThat(balance(houseA1)).isGreaterThan(new BigDecimal("10000.00")).isLessThan(new BigDecimal("10500.00"));
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    private static <T> T as(AnjuUser user, Callable<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void eachSeesOnlyTheirOwnAccountsAndOnlyTheCountyMovesMoney() throws Exception {
        funded();
        deposit(county, houseB, "10.00", "FIRST", fixtures.unique("k")).andExpect(status().isCreated());
        // township A: its estate's accounts, never township B's
        mvc.perform(get("/api/v1/fund/accounts").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/fund/accounts").param("estateId", String.valueOf(estateB)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/fund/accounts/" + houseA1 + "/entries").with(fixtures.as(clerkA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/fund/accounts/" + houseA1 + "/entries").with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        // the owner: their house only
        mvc.perform(get("/api/v1/fund/accounts").with(fixtures.as(owner))).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].houseId").value(houseA1));
        mvc.perform(get("/api/v1/fund/accounts/" + houseA1 + "/entries").with(fixtures.as(owner)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/fund/accounts/" + houseA2 + "/entries").with(fixtures.as(owner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/me/fund").with(fixtures.as(owner))).andExpect(status().isOk());
        mvc.perform(get("/console/fund/accounts/" + houseA2).with(fixtures.as(owner))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(owner))).andExpect(status().isForbidden());
        // money moves by the county only: the township is refused, another county's house is not found
        deposit(clerkA, houseA1, "1.00", "TOP_UP", fixtures.unique("k")).andExpect(status().isForbidden());
        String otherCounty = fixtures.account(Role.COUNTY_AUTHORITY,
                new Binding(fixtures.region(null, "COUNTY", fixtures.unique("别县")), null, null, null, null));
        deposit(otherCounty, houseA1, "1.00", "TOP_UP", fixtures.unique("k")).andExpect(status().isNotFound());
        postJson("/api/v1/fund/income-allocations", clerkA, """
                {"estateId": %d, "periodStart": "2026-01-01", "periodEnd": "2026-01-31"}""".formatted(estateA))
                .andExpect(status().isForbidden());
        postJson("/api/v1/fund/income-allocations", clerkB, """
                {"estateId": %d, "periodStart": "2026-01-01", "periodEnd": "2026-01-31"}""".formatted(estateA))
                .andExpect(status().isNotFound());
        postJson("/api/v1/fund/usages", clerkB, """
                {"estateId": %d, "kind": "EMERGENCY", "title": "抢修", "emergencyItem": "LIFT", "budget": 1,
                 "idempotencyKey": "x"}""".formatted(estateA)).andExpect(status().isNotFound());
        postJson("/api/v1/fund/usages", owner, """
                {"estateId": %d, "kind": "EMERGENCY", "title": "抢修", "emergencyItem": "LIFT", "budget": 1,
                 "idempotencyKey": "x"}""".formatted(estateA)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/fund/usages").with(fixtures.as(clerkB))).andExpect(status().isOk());
        // a refused posting leaves no trace
        assertThat(balance(houseA1)).isEqualByComparingTo("1000.00");
    }

    @Test
    void anAllocationFailingMidwayLeavesTheLedgerAsBefore() throws Exception {
        LocalDate end = LocalDate.now().minusDays(1);
        signIn(county);
        depositOn(houseA1, "1000.00", end.minusDays(30));
        depositOn(houseA2, "500.00", end.minusDays(30));
        BigDecimal before = balance(houseA1);
        long entries = jdbc.sql("select count(*) from fnd_entry where estate_id = ?").param(estateA).query(Long.class)
                .single();
        // the last statement of the allocation (its fnd_income row) fails, after the entry and its lines are written
        try (AutoCloseable fail = fixtures.failInsertsInto("fnd_income", "new.estate_id = " + estateA)) {
            postJson("/api/v1/fund/income-allocations", county, """
                    {"estateId": %d, "periodStart": "%s", "periodEnd": "%s", "total": "9.99"}"""
                    .formatted(estateA, end.minusDays(9), end))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).isGreaterThanOrEqualTo(500));
        } catch (Exception e) {
            assertThat(e).hasStackTraceContaining("killed midway");
        }
        assertThat(balance(houseA1)).isEqualByComparingTo(before);
        assertThat(jdbc.sql("select count(*) from fnd_entry where estate_id = ?").param(estateA).query(Long.class)
                .single()).isEqualTo(entries);
        // and the same allocation then goes through whole
        postJson("/api/v1/fund/income-allocations", county, """
                {"estateId": %d, "periodStart": "%s", "periodEnd": "%s", "total": "9.99"}"""
                .formatted(estateA, end.minusDays(9), end)).andExpect(status().isCreated());
        assertThat(balance(houseA1).subtract(before)).isPositive();
        mvc.perform(get("/api/v1/fund/check").with(fixtures.as(county))).andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void everyFundPageRendersForItsUsersAndTheTownshipAppliesFromThePage() throws Exception {
        funded();
        for (String page : List.of("/console/fund", "/console/fund/journal", "/console/fund/check",
                "/console/fund/deposits", "/console/fund/arrears", "/console/fund/usages",
                "/console/fund/accounts/" + houseA1, "/console/fund?topUpOnly=true&sort=-balance")) {
            mvc.perform(get(page).with(fixtures.as(county))).andExpect(status().isOk());
            mvc.perform(get(page).with(fixtures.as(clerkA))).andExpect(status().isOk());
        }
        mvc.perform(get("/console/fund/usages").with(fixtures.as(committeeC))).andExpect(status().isOk());
        mvc.perform(get("/console/fund").with(fixtures.as(owner))).andExpect(status().isOk());
        mvc.perform(get("/console/fund/usages").with(fixtures.as(owner))).andExpect(status().isOk());
        // resale: the balance stays with the house, the transfer is recorded
        mvc.perform(post("/console/fund/accounts/" + houseA1 + "/transfer").with(fixtures.as(county)).with(csrf())
                .param("note", "二手房过户 2026-123")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select balance from fnd_transfer where house_id = ?").param(houseA1)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1000.00");
        assertThat(balance(houseA1)).isEqualByComparingTo("1000.00");
        mvc.perform(get("/console/fund/journal").with(fixtures.as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/console/me/fund").with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("1,000.00")));
        // the township's emergency application from the page, for the estate without a committee
        String location = mvc.perform(post("/console/fund/usages").with(fixtures.as(clerkA)).with(csrf())
                        .param("estateId", String.valueOf(estateA)).param("kind", "EMERGENCY")
                        .param("emergencyItem", "FIRE").param("title", "消防泵损坏").param("budget", "3000")
                        .param("idempotencyKey", fixtures.unique("page-")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(get(location).with(fixtures.as(county))).andExpect(status().isOk());
        // a refused form comes back with its errors
        mvc.perform(post("/console/fund/usages").with(fixtures.as(clerkA)).with(csrf())
                        .param("estateId", String.valueOf(estateA)).param("kind", "EMERGENCY")
                        .param("emergencyItem", "FIRE").param("title", "x").param("budget", "abc")
                        .param("idempotencyKey", fixtures.unique("page-")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/fund/check").with(fixtures.as(county)).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/console/fund/settings").with(fixtures.as(clerkA)).with(csrf()).param("name",
                "RATE_WITH_LIFT").param("value", "90")).andExpect(status().isForbidden());
    }
}
