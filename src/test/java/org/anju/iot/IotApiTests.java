package org.anju.iot;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Devices and alerts through the API and the console: the register within the jurisdiction (404 outside,
 * 403 without the right), HTTP readings by the device's own credentials, threshold alerts opening and
 * clearing, offline detection, the work-order link, the county's rules, the pages, and the demo lift.
 * The access matrix rows of /api/v1/iot/** name this class.
 */
class IotApiTests extends IntegrationTest {

    static final String SECRET = "Tank@secret2026";

    @Autowired
    Alerts alerts;

    long county;
    long estateA;
    long estateB;
    String clerkA;
    String clerkB;
    String countyClerk;

    @BeforeEach
    void place() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        estateA = fixtures.estate(fixtures.region(townA, "COMMUNITY", "甲社区"), "甲小区");
        estateB = fixtures.estate(fixtures.region(townB, "COMMUNITY", "乙社区"), "乙小区");
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        countyClerk = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
    }

    @Test
    void aTownshipRegistersADeviceThatAnotherTownshipCannotSee() throws Exception {
        String code = register(clerkA, estateA, "WATER_TANK").andExpect(status().isCreated())
                .andExpect(jsonPath("$.estateName").value("甲小区"))
                .andExpect(jsonPath("$.secretHash").doesNotExist())
                .andReturn().getResponse().getHeader("Location").replace("/api/v1/iot/devices/", "");
        mvc.perform(get("/api/v1/iot/devices/" + code).with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/iot/devices/" + code + "/state").with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.online").value(false));
        mvc.perform(get("/api/v1/iot/devices/" + code).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/iot/devices/" + code + "/state").with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/iot/devices/" + code + "/readings").with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/iot/devices").param("size", "100").with(fixtures.as(clerkB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].code", not(hasItem(code))));
        mvc.perform(get("/api/v1/iot/devices").param("estateId", String.valueOf(estateA)).with(fixtures.as(countyClerk)))
                .andExpect(jsonPath("$.totalElements").value(1));
        register(clerkB, estateA, "LIFT").andExpect(status().isNotFound());
        String committee = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        register(committee, estateA, "LIFT").andExpect(status().isForbidden());
        String company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA")), null, null));
        register(company, estateA, "LIFT").andExpect(status().isNotFound());
    }

    @Test
    void aDeviceWithoutAContractorTakesTheOneTheDisclosureBoardNamesForItsKind() throws Exception {
        jdbc.sql("""
                insert into dsc_board (estate_id, version, company_name, has_lifts, lift_contractor, lift_contractor_phone,
                                       fire_contractor, published_on, published_by)
                values (?, 1, '甲物业', true, '豫安电梯维保有限公司', '0393-1234567', '台前消防维保中心', current_date, 't')""")
                .param(estateA).update();
        String lift = fixtures.unique("D-");
        mvc.perform(json(post("/api/v1/iot/devices"), clerkA, "{\"code\":\"" + lift + "\",\"kind\":\"LIFT\","
                        + "\"name\":\"2号楼电梯\",\"estateId\":" + estateA + ",\"secret\":\"" + SECRET + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.maintainer").value("豫安电梯维保有限公司 0393-1234567"));
        String smoke = fixtures.unique("D-");
        mvc.perform(json(post("/api/v1/iot/devices"), clerkA, "{\"code\":\"" + smoke + "\",\"kind\":\"SMOKE_DETECTOR\","
                        + "\"name\":\"2号楼烟感\",\"estateId\":" + estateA + ",\"secret\":\"" + SECRET + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.maintainer").value("台前消防维保中心"));
        // one typed in wins; a water device has no contractor on the board
        register(clerkA, estateA, "LIFT").andExpect(jsonPath("$.maintainer").value("维保公司"));
        String tank = fixtures.unique("D-");
        mvc.perform(json(post("/api/v1/iot/devices"), clerkA, "{\"code\":\"" + tank + "\",\"kind\":\"WATER_TANK\","
                        + "\"name\":\"水箱\",\"estateId\":" + estateA + ",\"secret\":\"" + SECRET + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.maintainer").isEmpty());
    }

    @Test
    void badRegistrationsAreRefusedWithChineseFieldErrorsAndNothingWritten() throws Exception {
        long before = jdbc.sql("select count(*) from iot_device").query(Long.class).single();
        mvc.perform(json(post("/api/v1/iot/devices"), clerkA, "{\"estateId\":" + estateA + ",\"code\":\"a\","
                        + "\"secret\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("请选择设备类型")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("设备密钥为 8 至 64 个字符")));
        String code = code(register(clerkA, estateA, "LIFT"));
        mvc.perform(json(post("/api/v1/iot/devices"), clerkA, body(code, estateA, "LIFT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("该设备编码已登记"));
        assertThat(jdbc.sql("select count(*) from iot_device").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aTankPostsItsLevelOverHttpAndTheAlertOpensOnceAndClearsAtTheThreshold() throws Exception {
        String code = code(register(clerkA, estateA, "WATER_TANK"));
        reading(code, SECRET, "{\"metrics\":{\"level\":15}}").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.openedAlerts.length()").value(1));
        reading(code, SECRET, "{\"metrics\":{\"level\":14}}").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.openedAlerts.length()").value(0));
        reading(code, SECRET, "{\"metrics\":{\"temperature\":9}}").andExpect(status().isAccepted());
        mvc.perform(get("/api/v1/iot/alerts").param("status", "OPEN").param("deviceCode", code).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].deviceCode").value(code))
                .andExpect(jsonPath("$.content[0].kind").value("WATER_TANK"))
                .andExpect(jsonPath("$.content[0].code").value("LEVEL_LOW"))
                .andExpect(jsonPath("$.content[0].severity").value("MEDIUM"))
                .andExpect(jsonPath("$.content[0].openedAt").exists())
                .andExpect(jsonPath("$.content[0].occurrences").value(2));
        reading(code, SECRET, "{\"metrics\":{\"level\":20}}").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.closedAlerts.length()").value(1));
        mvc.perform(get("/api/v1/iot/alerts").param("status", "CLOSED").param("deviceCode", code).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/iot/alerts").param("deviceCode", code).with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/iot/devices/" + code + "/state").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.online").value(true)).andExpect(jsonPath("$.readings").value(4))
                .andExpect(jsonPath("$.metrics.level").value(20));
        mvc.perform(get("/api/v1/iot/devices/" + code + "/readings").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void aWrongSecretIs401AMalformedReadingIs400AndNeitherStoresAnything() throws Exception {
        String code = code(register(clerkA, estateA, "PRESSURE"));
        reading(code, "not-the-secret", "{\"metrics\":{\"pressure\":0.3}}").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("设备编码或密钥错误"));
        reading("NO-SUCH-" + code, SECRET, "{}").andExpect(status().isUnauthorized());
        reading(code, SECRET, "{\"metrics\":{\"pressure\":\"high\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payload"));
        assertThat(jdbc.sql("select count(*) from iot_reading r join iot_device d on d.id = r.device_id where d.code = ?")
                .param(code).query(Long.class).single()).isZero();
        // an official may type a reading in (session and CSRF), but not outside the jurisdiction
        mvc.perform(post("/api/v1/iot/devices/" + code + "/readings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"metrics\":{\"pressure\":0.05}}").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.openedAlerts.length()").value(1));
        mvc.perform(post("/api/v1/iot/devices/" + code + "/readings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"metrics\":{\"pressure\":0.05}}").with(fixtures.as(clerkB)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSilentDeviceGoesOfflineOnceAndComesBackWithItsNextMessage() throws Exception {
        String code = code(register(clerkA, estateA, "LIFT"));
        reading(code, SECRET, "{\"metrics\":{\"floor\":3}}").andExpect(status().isAccepted());
        jdbc.sql("update iot_device_state set last_seen = now() - interval '11 minutes' where device_id = "
                + "(select id from iot_device where code = ?)").param(code).update();
        OffsetDateTime now = OffsetDateTime.now();
        assertThat(alerts.detectOffline(now)).hasSizeGreaterThanOrEqualTo(1);
        assertThat(openCodes(code)).containsExactly("OFFLINE");
        alerts.detectOffline(now.plusMinutes(1));
        assertThat(openCodes(code)).containsExactly("OFFLINE");
        mvc.perform(get("/api/v1/iot/devices/" + code + "/state").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.online").value(false));
        reading(code, SECRET, "{\"metrics\":{\"floor\":4}}").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.closedAlerts.length()").value(1));
        assertThat(openCodes(code)).isEmpty();
    }

    @Test
    void anAlertBecomesOneDispatchedWorkOrderLinkedBackWithItsAlertToOrderTime() throws Exception {
        String code = code(register(clerkA, estateA, "LIFT"));
        String response = reading(code, SECRET, "{\"events\":[\"FAULT\"]}").andReturn().getResponse().getContentAsString();
        long alert = ((Number) JsonPath.read(response, "$.openedAlerts[0]")).longValue();
        // the casework module files the order once the alert's transaction committed, on another thread
        Long order = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select work_order_id from iot_alert where id = ?").param(alert)
                        .query((rs, n) -> (Long) rs.getObject(1)).single(), java.util.Objects::nonNull);
        assertThat(jdbc.sql("select channel || ' ' || category_code || ' ' || urgency from cas_case where id = ? and estate_id = ?")
                .params(order, estateA).query(String.class).single()).isEqualTo("DEVICE LIFT URGENT");
        assertThat(jdbc.sql("select text from cas_case where id = ?").param(order).query(String.class).single())
                .as("the lift's maintenance contractor is named for the receiver").contains("维保单位 维保公司");
        assertThat(alerts.linkWorkOrder(alert, 4343)).as("linked once").isFalse();
        mvc.perform(get("/api/v1/iot/alerts").param("deviceCode", code).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[0].workOrderId").value(order))
                .andExpect(jsonPath("$.content[0].linkMillis").isNumber());
        assertThat(jdbc.sql("select link_millis from iot_alert where id = ?").param(alert).query(Long.class).single())
                .as("alert to order under a second").isBetween(0L, 1_000L);
        // a repeat of the same fault updates the alert and files nothing new
        reading(code, SECRET, "{\"events\":[\"FAULT\"]}").andExpect(status().isAccepted());
        assertThat(jdbc.sql("select count(*) from cas_case where estate_id = ? and channel = 'DEVICE'").param(estateA)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheCountyChangesARuleAndTheChangeAppliesAtOnce() throws Exception {
        long rule = jdbc.sql("select id from iot_rule where kind = 'PRESSURE' and code = 'PRESSURE_LOW'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/iot/rules").with(fixtures.as(clerkA))).andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/iot/rules/" + rule), clerkA, "{\"threshold\":0.2,\"severity\":\"HIGH\"}"))
                .andExpect(status().isForbidden());
        try {
            mvc.perform(json(put("/api/v1/iot/rules/" + rule), countyClerk, "{\"threshold\":0.2,\"severity\":\"HIGH\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.threshold").value(0.2))
                    .andExpect(jsonPath("$.severity").value("HIGH"));
            mvc.perform(json(put("/api/v1/iot/rules/" + rule), countyClerk, "{\"offlineMinutes\":5}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("offlineMinutes"));
            String code = code(register(clerkA, estateA, "PRESSURE"));
            reading(code, SECRET, "{\"metrics\":{\"pressure\":0.15}}").andExpect(jsonPath("$.openedAlerts.length()").value(1));
            assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'iot-rule' and entity_id = ?")
                    .param(String.valueOf(rule)).query(Long.class).single()).isGreaterThanOrEqualTo(1);
        } finally {
            mvc.perform(json(put("/api/v1/iot/rules/" + rule), countyClerk, "{\"threshold\":0.10,\"severity\":\"MEDIUM\"}"))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theBoardAndThePagesShowTheCallersDevicesOnly() throws Exception {
        String code = code(register(clerkA, estateA, "LIFT"));
        reading(code, SECRET, "{\"events\":[\"TRAPPED\"]}").andExpect(status().isAccepted());
        mvc.perform(get("/console/iot").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString(code))).andExpect(content().string(containsString("iot-chart")));
        mvc.perform(get("/console/iot/live").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("困人")));
        mvc.perform(get("/console/iot").with(fixtures.as(clerkB))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code))));
        mvc.perform(get("/console/iot").param("estateId", String.valueOf(estateA)).with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        for (String page : new String[] {"/console/iot/devices", "/console/iot/devices/" + code, "/console/iot/alerts",
                "/console/iot/rules", "/console/iot/devices/new"}) {
            mvc.perform(get(page).with(fixtures.as(clerkA))).andExpect(status().isOk());
        }
        mvc.perform(get("/console/iot/devices/" + code).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(post("/console/iot/devices").param("estateId", String.valueOf(estateA)).param("code", "x")
                        .with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("请选择设备类型")));
    }

    @Test
    void theDemoLiftInChengguanHasAPassengerTrappedAndPostsWithItsDemoSecret() throws Exception {
        assertThat(jdbc.sql("""
                        select t.name from iot_device d join reg_estate e on e.id = d.estate_id
                        join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                        where d.code = 'DEMO-LIFT-001'""").query(String.class).single()).isEqualTo("城关镇");
        assertThat(jdbc.sql("""
                        select count(*) from iot_alert a join iot_device d on d.id = a.device_id
                        where d.code = 'DEMO-LIFT-001' and a.status = 'OPEN' and a.code = 'TRAPPED'""")
                .query(Long.class).single()).isEqualTo(1);
        reading("DEMO-LIFT-001", "Anju@2026", "{\"metrics\":{\"floor\":2},\"events\":[\"TRAPPED\"]}")
                .andExpect(status().isAccepted());
    }

    private ResultActions register(String user, long estate, String kind) throws Exception {
        return mvc.perform(json(post("/api/v1/iot/devices"), user, body(fixtures.unique("D-"), estate, kind)));
    }

    private String body(String code, long estate, String kind) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"name\":\"1号楼\",\"estateId\":" + estate
                + ",\"maintainer\":\"维保公司\",\"installedOn\":\"2024-05-01\",\"secret\":\"" + SECRET + "\"}";
    }

    private static String code(ResultActions created) throws Exception {
        return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.code");
    }

    private ResultActions reading(String code, String secret, String json) throws Exception {
        return mvc.perform(post("/api/v1/iot/devices/" + code + "/readings").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((code + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8))).content(json));
    }

    private java.util.List<String> openCodes(String code) {
        return jdbc.sql("""
                        select a.code from iot_alert a join iot_device d on d.id = a.device_id
                        where d.code = ? and a.status = 'OPEN'""").param(code).query(String.class).list();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(fixtures.as(user)).with(csrf());
    }
}
