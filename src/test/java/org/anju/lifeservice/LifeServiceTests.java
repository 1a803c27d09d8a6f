package org.anju.lifeservice;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Life services through the API: the catalogue and its publication, one-step booking, the provider's steps,
 * charging only at the catalogue price, cancellation and no-show rules, elderly residents with consent,
 * ratings and statistics, and jurisdiction (the access matrix rows of /api/v1/services and /api/v1/bookings
 * name this class).
 */
class LifeServiceTests extends IntegrationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ServiceCatalogue catalogue;

    long estateA;
    long estateB;
    long houseA;
    long houseB;
    String company;
    String companyB;
    String owner;
    String ownerB;
    String community;
    String clerkB;

    long countyRegion;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        countyRegion = county;
        long town = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long communityA = fixtures.region(town, "COMMUNITY", "甲社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        houseA = fixtures.house(fixtures.building(estateA, "1号楼"), "2", "301", "90.00");
        houseB = fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00");
        long companyId = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410927MA"), estateA);
        long companyIdB = fixtures.company(fixtures.unique("乙物业"), fixtures.unique("91410927MB"), estateB);
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyId, null, null));
        companyB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyIdB, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001", houseA)));
        ownerB = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000002", houseB)));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
    }

    @Test
    void anOwnerBooksInOneStepTheProviderCompletesAtTheCataloguePriceAndTheOwnerRates() throws Exception {
        long service = service(company, estateA, "家政保洁", "45.50");
        assertThat(catalogue.publishedFor(estateA)).extracting(LifeView.Service::name).containsExactly("家政保洁");
        long booking = BillingIds.id(book(owner, service, null, null, hoursAhead(26), "请带吸尘器")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.houseId").value(houseA))
                .andExpect(jsonPath("$.address").value("甲小区 1号楼 2单元 301"))
                .andExpect(jsonPath("$.price").value(45.5)));
        act(companyB, booking, "accept", "{}").andExpect(status().isNotFound());
        act(owner, booking, "accept", "{}").andExpect(status().isForbidden());
        act(company, booking, "accept", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        act(company, booking, "schedule", "{\"at\": \"%s\", \"worker\": \"王阿姨\"}".formatted(hoursAhead(26)))
                .andExpect(jsonPath("$.status").value("SCHEDULED"));
        act(owner, booking, "rating", "{\"rating\": 5}").andExpect(status().isUnprocessableEntity());
        act(company, booking, "complete", "{\"quantity\": 2.5}").andExpect(status().isOk())
                .andExpect(jsonPath("$.charged").value(113.75));
        act(company, booking, "complete", "{\"quantity\": 3}").andExpect(status().isUnprocessableEntity());
        act(owner, booking, "rating", "{\"rating\": 6}").andExpect(status().isBadRequest());
        act(owner, booking, "rating", "{\"rating\": 5, \"comment\": \"干净利落\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(5));
        act(owner, booking, "rating", "{\"rating\": 1}").andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/services/stats").param("estateId", String.valueOf(estateA)).with(fixtures.as(company)))
                .andExpect(jsonPath("$[0].bookings").value(1)).andExpect(jsonPath("$[0].completed").value(1))
                .andExpect(jsonPath("$[0].meanRating").value(5.0));
        mvc.perform(get("/api/v1/services/stats").param("by", "PROVIDER").with(fixtures.as(company)))
                .andExpect(jsonPath("$[0].name").value("甲物业家政部"));
        mvc.perform(get("/api/v1/bookings/" + booking).with(fixtures.as(ownerB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bookings/" + booking).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bookings").with(fixtures.as(owner))).andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/bookings").with(fixtures.as(ownerB))).andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void onlyPublishedCatalogueItemsOfTheOwnersEstateCanBeBooked() throws Exception {
        long service = service(company, estateA, "上门理发", "20");
        long other = service(companyB, estateB, "快递代收", "0");
        book(owner, other, houseA, null, hoursAhead(5), null).andExpect(status().isNotFound());
        book(owner, service, houseB, null, hoursAhead(5), null).andExpect(status().isNotFound());
        json(put("/api/v1/services/" + service + "/published"), companyB, "{\"published\": false}")
                .andExpect(status().isNotFound());
        json(put("/api/v1/services/" + service + "/published"), company, "{\"published\": false}")
                .andExpect(status().isOk());
        assertThat(catalogue.publishedFor(estateA)).isEmpty();
        book(owner, service, houseA, null, hoursAhead(5), null).andExpect(status().isUnprocessableEntity());
        service(companyB, estateA, "冒名服务", "1", 404);
        mvc.perform(get("/api/v1/services").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/services/" + service).with(fixtures.as(owner))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/services/" + service).with(fixtures.as(ownerB))).andExpect(status().isNotFound());
    }

    @Test
    void theBookerCancelsInTimeTheProviderRecordsANoShowOnlyOnceTheSlotBegan() throws Exception {
        long service = service(company, estateA, "家电清洗", "80");
        long early = BillingIds.id(book(owner, service, houseA, null, hoursAhead(3), null));
        act(owner, early, "cancel", "{\"reason\": \"临时出差\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        long late = BillingIds.id(book(owner, service, houseA, null, hoursAhead(1.5), null));
        act(owner, late, "cancel", "{}").andExpect(status().isUnprocessableEntity());
        act(company, late, "accept", "{}").andExpect(status().isOk());
        act(company, late, "no-show", "{}").andExpect(status().isUnprocessableEntity());
        act(company, late, "cancel", "{}").andExpect(status().isBadRequest());
        act(company, late, "cancel", "{\"reason\": \"师傅生病\"}").andExpect(status().isOk());
        book(owner, service, houseA, null, hoursAhead(0.5), null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("slotStart"));
        // three no-shows in 90 days stop the house from booking
        for (int i = 0; i < 3; i++) {
            long b = BillingIds.id(book(owner, service, houseA, null, hoursAhead(2), null));
            jdbc.sql("update lsv_booking set status = 'NO_SHOW' where id = ?").param(b).update();
        }
        book(owner, service, houseA, null, hoursAhead(30), null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("houseId"));
    }

    @Test
    void theCommunityBooksForAnElderlyResidentOnlyWithRecordedConsent() throws Exception {
        long service = service(company, estateA, "助餐送餐", "12");
        book(community, service, houseA, null, hoursAhead(4), null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("elderlyId"));
        long elderly = BillingIds.id(json(post("/api/v1/services/elderly"), owner, """
                {"houseId": %d, "name": "李奶奶", "consentOn": "%s", "consentNote": "本人口头同意, 女儿代签"}"""
                .formatted(houseA, java.time.LocalDate.now(ZONE))).andExpect(status().isOk()));
        json(post("/api/v1/services/elderly"), ownerB, """
                {"houseId": %d, "name": "某人", "consentOn": "2026-01-01", "consentNote": "同意"}""".formatted(houseA))
                .andExpect(status().isNotFound());
        book(community, service, houseA, elderly, hoursAhead(4), "每日午餐").andExpect(status().isCreated())
                .andExpect(jsonPath("$.elderlyName").value("李奶奶"))
                .andExpect(jsonPath("$.bookerRole").value("COMMUNITY"));
        mvc.perform(get("/api/v1/services/elderly").param("houseId", String.valueOf(houseA)).with(fixtures.as(ownerB)))
                .andExpect(status().isNotFound());
    }

    // --- helpers

    @Test
    void theCountyNarrowsHowFarAheadOwnersBookAndTheProviderSeesTheWeek() throws Exception {
        long service = service(company, estateA, "助浴", "30");
        String county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(countyRegion, null, null, null, null));
        String path = "/api/v1/bookings/limits/MAX_AHEAD_DAYS";
        json(put(path), company, "{\"value\": 2}").andExpect(status().isForbidden());
        json(put("/api/v1/bookings/limits/NOPE"), county, "{\"value\": 2}").andExpect(status().isBadRequest());
        json(put(path), county, "{\"value\": 0}").andExpect(status().isBadRequest());
        try {
            json(put(path), county, "{\"value\": 2}").andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.name == 'MAX_AHEAD_DAYS')].value").value(2))
                    .andExpect(jsonPath("$[?(@.name == 'MAX_AHEAD_DAYS')].isDefault").value(false));
            book(owner, service, null, null, hoursAhead(24 * 3), null).andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[0].field").value("slotStart"));
            long booking = BillingIds.id(book(owner, service, null, null, hoursAhead(24 * 1.5), null)
                    .andExpect(status().isCreated()));
            assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'life-setting'")
                    .query(Long.class).single()).isPositive();
            mvc.perform(get("/api/v1/bookings/limits").with(fixtures.as(owner))).andExpect(status().isOk());
            // the provider's week shows it; another company's does not
            String week = OffsetDateTime.parse(hoursAhead(24 * 1.5)).toLocalDate().toString();
            mvc.perform(get("/console/bookings/calendar").param("week", week).with(fixtures.as(company)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("cal-booking-" + booking)));
            mvc.perform(get("/console/bookings/calendar").param("week", week).with(fixtures.as(companyB)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("cal-booking-" + booking))));
        } finally {
            jdbc.sql("update lsv_setting set value = 30, is_default = true where name = 'MAX_AHEAD_DAYS'").update();
        }
    }

    long service(String who, long estate, String name, String price) throws Exception {
        return BillingIds.id(service(who, estate, name, price, 201));
    }

    ResultActions service(String who, long estate, String name, String price, int expected) throws Exception {
        return json(post("/api/v1/services"), who, """
                {"estateId": %d, "category": "HOUSEKEEPING", "name": "%s", "provider": "甲物业家政部", "price": %s,
                 "unit": "小时", "hours": "08:00-18:00", "areaServed": "本小区"}""".formatted(estate, name, price))
                .andExpect(status().is(expected));
    }

    static String hoursAhead(double hours) {
        return OffsetDateTime.now(ZONE).plusMinutes((long) (hours * 60)).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    ResultActions book(String who, long service, Long house, Long elderly, String start, String note) throws Exception {
        OffsetDateTime s = OffsetDateTime.parse(start);
        return json(post("/api/v1/bookings"), who, """
                {"serviceId": %d, "houseId": %s, "elderlyId": %s, "slotStart": "%s", "slotEnd": "%s", "note": %s}"""
                .formatted(service, house, elderly, s, s.plusHours(2), note == null ? "null" : "\"" + note + "\""));
    }

    ResultActions act(String who, long booking, String action, String body) throws Exception {
        return json(post("/api/v1/bookings/" + booking + "/" + action), who, body);
    }

    ResultActions json(MockHttpServletRequestBuilder request, String who, String body) throws Exception {
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** Reads the id of a created record. */
    static final class BillingIds {
        static long id(ResultActions result) throws Exception {
            return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        }
    }
}
