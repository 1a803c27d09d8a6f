package org.anju.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Arrears by the rules: a written reminder with a reasonable deadline first, further measures only after it
 * lapsed, never a utility cut-off (no such measure can be recorded at all), wilful arrears recorded by the
 * committee with evidence, the owner's objection and the township's decision; jurisdiction of
 * /api/v1/arrears (the access matrix rows name this class).
 */
class ArrearsTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long estateA;
    long house;
    long otherHouse;
    String company;
    String owner;
    String otherOwner;
    String committee;
    String clerk;
    String otherClerk;

    long countyRegion;

    @BeforeEach
    void place() throws Exception {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        countyRegion = county;
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        estateA = fixtures.estate(fixtures.region(town, "COMMUNITY", "甲社区"), "甲小区");
        long estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        long building = fixtures.building(estateA, "1号楼");
        house = fixtures.house(building, "1", "101", "100.00");
        otherHouse = fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00");
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estateA);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", house)));
        otherOwner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000002", otherHouse)));
        committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        otherClerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        // three months ago's bill, due at that month's end: overdue
        YearMonth past = YearMonth.from(TODAY).minusMonths(3);
        json(post("/api/v1/bills/fee-items"), company, """
                {"estateId": %d, "kind": "PROPERTY", "basis": "PER_M2", "name": "物业服务费", "unitPrice": 1.00,
                 "validFrom": "%s"}""".formatted(estateA, past.atDay(1)));
        json(post("/api/v1/bills/batches"), company, """
                {"estateId": %d, "period": "%s", "idempotencyKey": "arrears-%d"}""".formatted(estateA, past, estateA));
    }

    @Test
    void theStepsAreDatedAndInOrderReminderFirstThenMeasuresAfterItsDeadline() throws Exception {
        step(company, "MEDIATION", TODAY, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("measure"));
        step(company, "WRITTEN_REMINDER", TODAY, TODAY.plusDays(14)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        step(company, "WRITTEN_REMINDER", TODAY, TODAY.plusDays(15)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amountDue").value(100.0))
                .andExpect(jsonPath("$.deadline").value(TODAY.plusDays(15).toString()));
        step(company, "LAWSUIT", TODAY, null).andExpect(status().isUnprocessableEntity());
        // a reminder sent 30 days ago whose 15-day deadline has passed
        step(company, "WRITTEN_REMINDER", TODAY.minusDays(30), TODAY.minusDays(15)).andExpect(status().isCreated());
        step(company, "MEDIATION", TODAY, null).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/arrears/houses/" + house).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.steps.length()").value(3)).andExpect(jsonPath("$.overdue").value(100.0));
        mvc.perform(get("/api/v1/arrears").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.content[0].houseId").value(house))
                .andExpect(jsonPath("$.content[0].lastMeasure").value("MEDIATION"));
        mvc.perform(get("/api/v1/arrears").param("estateId", String.valueOf(estateA)).with(fixtures.as(otherClerk)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/arrears/houses/" + house).with(fixtures.as(otherOwner))).andExpect(status().isNotFound());
        step(clerk, "WRITTEN_REMINDER", TODAY, TODAY.plusDays(20)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CUT_WATER", "CUT_POWER", "STOP_HEATING", "CUT_GAS", "SUSPEND_UTILITIES", "LOCK_DOOR"})
    void noMeasureThatCutsUtilitiesCanBeRecorded(String measure) throws Exception {
        step(company, "WRITTEN_REMINDER", TODAY.minusDays(30), TODAY.minusDays(15)).andExpect(status().isCreated());
        long before = steps();
        step(company, measure, TODAY, null).andExpect(status().isBadRequest());
        assertThat(steps()).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into bil_arrears_step (house_id, estate_id, measure, taken_on, amount_due, recorded_by)
                values (?, ?, ?, current_date, 1, 'x')""").params(house, estateA, measure).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(Arrays.stream(ArrearsMeasure.values()).map(m -> m.name().toLowerCase(Locale.ROOT)))
                .noneMatch(n -> n.contains("water") || n.contains("power") || n.contains("heat") || n.contains("gas")
                        || n.contains("cut") || n.contains("stop") || n.contains("electric"));
    }

    @Test
    void theCommitteeRecordsWilfulArrearsWithEvidenceTheOwnerObjectsAndTheTownshipDecides() throws Exception {
        String evidence = "{\"evidence\": \"书面催告已送达并签收, 期满仍拒不缴纳, 业主大会决议认定\"}";
        json(post("/api/v1/arrears/houses/" + house + "/wilful"), committee, evidence)
                .andExpect(status().isUnprocessableEntity());
        step(company, "WRITTEN_REMINDER", TODAY.minusDays(40), TODAY.minusDays(20)).andExpect(status().isCreated());
        json(post("/api/v1/arrears/houses/" + house + "/wilful"), company, evidence).andExpect(status().isForbidden());
        json(post("/api/v1/arrears/houses/" + house + "/wilful"), committee, "{\"evidence\": \"太短\"}")
                .andExpect(status().isBadRequest());
        long id = BillingTests.id(json(post("/api/v1/arrears/houses/" + house + "/wilful"), committee, evidence)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECORDED")));
        json(post("/api/v1/arrears/houses/" + house + "/wilful"), committee, evidence)
                .andExpect(status().isUnprocessableEntity());
        json(post("/api/v1/arrears/wilful/" + id + "/objection"), otherOwner, "{\"objection\": \"不是我的房屋\"}")
                .andExpect(status().isNotFound());
        json(post("/api/v1/arrears/wilful/" + id + "/decision"), clerk, "{\"uphold\": true, \"reason\": \"证据充分\"}")
                .andExpect(status().isUnprocessableEntity());
        json(post("/api/v1/arrears/wilful/" + id + "/objection"), owner, "{\"objection\": \"物业未按合同提供服务, 已多次投诉\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OBJECTED"));
        json(post("/api/v1/arrears/wilful/" + id + "/decision"), otherClerk, "{\"uphold\": false, \"reason\": \"x理由\"}")
                .andExpect(status().isNotFound());
        json(post("/api/v1/arrears/wilful/" + id + "/decision"), committee, "{\"uphold\": false, \"reason\": \"x理由\"}")
                .andExpect(status().isForbidden());
        json(post("/api/v1/arrears/wilful/" + id + "/decision"), clerk, "{\"uphold\": false, \"reason\": \"服务确有欠缺\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(get("/api/v1/arrears/wilful/" + id).with(fixtures.as(owner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionReason").value("服务确有欠缺"));
        mvc.perform(get("/api/v1/arrears/wilful").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerk)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/arrears/wilful").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(otherClerk))).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/arrears/wilful/" + id).with(fixtures.as(otherOwner))).andExpect(status().isNotFound());
    }

    @Test
    void theLimitsPageShowsFormsToTheCountyOnlyAndRefusesAnOrderThatContradictsItself() throws Exception {
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyRegion, null, null, null, null));
        mvc.perform(get("/console/arrears/limits").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/console/arrears/limits/MAX_REMINDER_DAYS")));
        mvc.perform(get("/console/arrears/limits").with(fixtures.as(clerk))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/console/arrears/limits/MAX_REMINDER_DAYS"))));
        // the longest deadline below the shortest (15 by default): refused on the page, nothing changed
        mvc.perform(post("/console/arrears/limits/MAX_REMINDER_DAYS").param("value", "10").with(csrf())
                        .with(fixtures.as(county)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "limits.error.order"));
        mvc.perform(post("/console/arrears/limits/MAX_REMINDER_DAYS").param("value", "60").with(csrf())
                        .with(fixtures.as(clerk))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select value from bil_setting where name = 'MAX_REMINDER_DAYS'").query(Integer.class)
                .single()).isNotEqualTo(10).isNotEqualTo(60);
    }

    @Test
    void theCountyLengthensTheShortestReminderDeadlineAndTheRuleFollowsIt() throws Exception {
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyRegion, null, null, null, null));
        String path = "/api/v1/arrears/limits/MIN_REMINDER_DAYS";
        json(put(path), clerk, "{\"value\": 20}").andExpect(status().isForbidden());
        json(put("/api/v1/arrears/limits/CUT_WATER"), county, "{\"value\": 20}").andExpect(status().isBadRequest());
        json(put(path), county, "{\"value\": 91}").andExpect(status().isBadRequest());
        try {
            json(put(path), county, "{\"value\": 20}").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.name == 'MIN_REMINDER_DAYS')].value").value(20));
            step(company, "WRITTEN_REMINDER", TODAY, TODAY.plusDays(15)).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[0].field").value("deadline"));
            step(company, "WRITTEN_REMINDER", TODAY, TODAY.plusDays(20)).andExpect(status().isCreated());
            assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'billing-setting'")
                    .query(Long.class).single()).isPositive();
            mvc.perform(get("/api/v1/arrears/limits").with(fixtures.as(owner))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(2));
        } finally {
            jdbc.sql("update bil_setting set value = 15, is_default = true where name = 'MIN_REMINDER_DAYS'").update();
        }
    }

    long steps() {
        return jdbc.sql("select count(*) from bil_arrears_step where house_id = ?").param(house).query(Long.class).single();
    }

    ResultActions step(String who, String measure, LocalDate on, LocalDate deadline) throws Exception {
        return json(post("/api/v1/arrears/houses/" + house + "/steps"), who, """
                {"measure": "%s", "takenOn": "%s", "deadline": %s, "note": "挂号信寄送"}"""
                .formatted(measure, on, deadline == null ? "null" : "\"" + deadline + "\""));
    }

    ResultActions json(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
