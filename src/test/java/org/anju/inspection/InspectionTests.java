package org.anju.inspection;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.calendar.WorkingCalendar;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.platform.measure.RegionMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Double-random inspections and hazards through the API: directories, the committed and revealed draw that anyone
 * re-runs, findings by drawn inspectors only, credit from the result, publication, and the hazard register (the
 * access matrix rows of /api/v1/inspections and /api/v1/hazards name this class).
 */
class InspectionTests extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Inspections inspections;

    @Autowired
    List<RegionMeasure> measures;

    String townPath;
    long estate1;
    long company1;
    long company2;
    String county;
    String county2;
    String town;
    String townB;
    String firm1;
    String firm2;
    String owner;
    final Map<String, String> inspectorUser = new HashMap<>();
    long matter;
    long county2Project;

    @BeforeEach
    void place() throws Exception {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("抽查县"));
        long townId = fixtures.region(region, "TOWNSHIP", "甲镇");
        long townBId = fixtures.region(region, "TOWNSHIP", "乙镇");
        long community = fixtures.region(townId, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townBId, "COMMUNITY", "乙社区");
        townPath = jdbc.sql("select path from reg_region where id = ?").param(townId).query(String.class).single();
        estate1 = fixtures.estate(community, fixtures.unique("一号院"));
        long estate2 = fixtures.estate(community, fixtures.unique("二号院"));
        long estate3 = fixtures.estate(communityB, fixtures.unique("三号院"));
        company1 = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("91410931"), estate1);
        company2 = fixtures.company(fixtures.unique("乙物业"), fixtures.unique("91410932"), estate2);
        long company3 = fixtures.company(fixtures.unique("丙物业"), fixtures.unique("91410933"), estate3);
        long region2 = fixtures.region(null, "COUNTY", fixtures.unique("邻县"));
        long community2 = fixtures.region(fixtures.region(region2, "TOWNSHIP", "丁镇"), "COMMUNITY", "丁社区");
        long estate4 = fixtures.estate(community2, fixtures.unique("邻县小区"));
        fixtures.company(fixtures.unique("邻县物业"), fixtures.unique("91410934"), estate4);
        county2Project = project(estate4);
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        county2 = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region2, null, null, null, null));
        town = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townId, null, null, null, null));
        townB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townBId, null, null, null, null));
        firm1 = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company1, null, null));
        firm2 = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, company2, null, null));
        long house = fixtures.house(fixtures.building(estate1, "1号楼"), "1", "101", "90.00");
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null,
                fixtures.owner("业主甲", ("4109271980" + fixtures.unique("")).substring(0, 18), "13800000000", house)));
        long housing = fixtures.department(region, "县住房和城乡建设局");
        long urban = fixtures.department(region, "县城市管理局");
        for (String[] i : new String[][] {{"吴一", "县住建局", "h"}, {"吴二", "县住建局", "h"}, {"孙一", "县城管局", "u"},
                {"孙二", "县城管局", null}}) {
            String user = i[2] == null ? null
                    : fixtures.account(Role.DEPARTMENT, new Binding(null, null, null, i[2].equals("h") ? housing : urban, null));
            long id = id(postJson(county, "/api/v1/inspections/inspectors",
                    Map.of("name", i[0], "unit", i[1], "username", user == null ? "" : user)).andExpect(status().isOk()));
            if (user != null) {
                inspectorUser.put(i[0], user);
            }
            if (i[0].equals("吴一")) {
                postJson(county, "/api/v1/inspections/inspectors/" + id + "/conflicts",
                        Map.of("companyId", company1, "reason", "配偶在该企业任职")).andExpect(status().isOk())
                        .andExpect(jsonPath("$.conflicts[0].companyId").value(company1));
            }
        }
        matter = id(postJson(county, "/api/v1/inspections/matters", Map.of("code", "WY-01", "name", "物业服务检查",
                "basis", "河南省物业管理条例", "checklist", "公示栏\n消防通道\n电动车充电")).andExpect(status().isOk()));
        for (long e : new long[] {estate1, estate2, estate3}) {
            postJson(county, "/api/v1/inspections/targets", Map.of("projectId", project(e))).andExpect(status().isOk());
        }
    }

    long project(long estate) {
        return jdbc.sql("select id from mkt_project where estate_id = ?").param(estate).query(Long.class).single();
    }

    ResultActions postJson(String as, String path, Object body) throws Exception {
        return mvc.perform(post(path).with(fixtures.as(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    long commit() throws Exception {
        String body = postJson(county, "/api/v1/inspections/plans", Map.of("title", "第四季度双随机抽查",
                        "matterId", matter, "sharePercent", 100, "perTarget", 2,
                        "startsOn", inspections.today().toString(), "endsOn", inspections.today().plusDays(30).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.plan.seed").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.plan.id")).longValue();
    }

    @Test
    void theCountyKeepsTheListAndDirectoriesAndOnlyTheCounty() throws Exception {
        postJson(town, "/api/v1/inspections/matters", Map.of("code", "X", "name", "x", "basis", "x", "checklist", "x"))
                .andExpect(status().isForbidden());
        postJson(town, "/api/v1/inspections/inspectors", Map.of("name", "x", "unit", "x")).andExpect(status().isForbidden());
        postJson(town, "/api/v1/inspections/targets", Map.of("projectId", project(estate1))).andExpect(status().isForbidden());
        postJson(county, "/api/v1/inspections/targets", Map.of("projectId", county2Project)).andExpect(status().isNotFound());
        long foreign = id(postJson(county2, "/api/v1/inspections/inspectors", Map.of("name", "外县", "unit", "外县住建局")));
        postJson(county, "/api/v1/inspections/inspectors/" + foreign + "/conflicts",
                Map.of("companyId", company1, "reason", "x")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspections/matters").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].checklist.length()").value(3));
        mvc.perform(get("/api/v1/inspections/matters").with(fixtures.as(town))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspections/targets").with(fixtures.as(county))).andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/v1/inspections/targets").with(fixtures.as(inspectorUser.get("吴一")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspections/inspectors").with(fixtures.as(county))).andExpect(jsonPath("$.length()").value(4));
        mvc.perform(get("/api/v1/inspections/inspectors").with(fixtures.as(firm1))).andExpect(status().isForbidden());
    }

    @Test
    void theSeedIsCommittedBeforeRevealedAfterAndAnyoneReRunsTheDrawFromThePublishedInputs() throws Exception {
        long plan = commit();
        String before = mvc.perform(get("/api/v1/public/inspections/" + plan)).andExpect(status().isOk())
                .andExpect(jsonPath("$.draw.seed").doesNotExist()).andExpect(jsonPath("$.draw.seedHash").isString())
                .andExpect(jsonPath("$.draw.targets.length()").value(3)).andExpect(jsonPath("$.inspections.length()").value(0))
                .andReturn().getResponse().getContentAsString();
        String hash = JsonPath.read(before, "$.draw.seedHash");
        mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(town)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(county2)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspections/plans/" + plan).with(fixtures.as(county2))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.plan.status").value("DRAWN"))
                .andExpect(jsonPath("$.inspections.length()").value(3));
        mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        String published = mvc.perform(get("/api/v1/public/inspections/" + plan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String seed = JsonPath.read(published, "$.draw.seed");
        assertThat(InspectionDraw.commitment(seed)).isEqualTo(hash);
        List<Map<String, Object>> result = JsonPath.read(published, "$.draw.result");
        StringBuilder expected = new StringBuilder();
        for (Map<String, Object> p : result) {
            expected.append(expected.isEmpty() ? "" : ", ").append("{\"targetId\": ").append(p.get("targetId"))
                    .append(", \"inspectorIds\": ").append(p.get("inspectorIds").toString().replace(",", ", ")).append('}');
        }
        assertThat(InspectionDraw.verify(published))
                .isEqualTo("{\"commitmentMatches\": true, \"result\": [" + expected + "]}");
        // the conflicted inspector is not among the inspectors of company1's inspection
        List<String> names = JsonPath.read(published, "$.inspections[?(@.inspection.companyId == " + company1
                + ")].inspection.inspectors[*]");
        assertThat(names).hasSize(2).noneMatch(n -> n.startsWith("吴一"));
        mvc.perform(get("/public/inspections/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(containsString(seed)));
        mvc.perform(get("/public/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("第四季度双随机抽查")));
        mvc.perform(get("/api/v1/inspections/plans").with(fixtures.as(town))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) plan)));
        mvc.perform(get("/api/v1/inspections/plans").with(fixtures.as(inspectorUser.get("孙一")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inspections/plans").with(fixtures.as(owner))).andExpect(status().isForbidden());
    }

    @Test
    void onlyADrawnInspectorRecordsFindingsAndTheResultGoesToCreditAndIsPublished() throws Exception {
        long plan = commit();
        String drawn = mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(county)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        long inspection = ((Number) JsonPath.read(drawn, "$.inspections[?(@.companyId == " + company2 + ")].id")
                .toString().replaceAll("[^0-9]", "").transform(Long::valueOf)).longValue();
        List<String> names = JsonPath.read(drawn, "$.inspections[?(@.companyId == " + company2 + ")].inspectors[*]");
        String drawnHousing = names.stream().filter(n -> n.startsWith("吴")).findFirst().orElseThrow().substring(0, 2);
        String inspector = inspectorUser.get(drawnHousing);
        String other = inspectorUser.get(drawnHousing.equals("吴一") ? "吴二" : "吴一");
        String path = "/api/v1/inspections/" + inspection;
        Map<String, Object> failed = Map.of("item", "消防通道", "passed", false, "severity", "SERIOUS",
                "hazardKind", "FIRE_FACILITY", "description", "消火栓无水", "latitude", 35.99, "longitude", 115.87,
                "rectifyBy", inspections.today().plusDays(15).toString());
        postJson(other, path + "/findings", failed).andExpect(status().isNotFound());
        postJson(county, path + "/findings", failed).andExpect(status().isForbidden());
        mvc.perform(get(path).with(fixtures.as(other))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/inspections").with(fixtures.as(inspector))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].id", hasItem((int) inspection)));
        mvc.perform(get("/api/v1/inspections").with(fixtures.as(other)))
                .andExpect(jsonPath("$.content[*].id", not(hasItem((int) inspection))));
        postJson(inspector, path + "/findings", Map.of("item", "消防通道", "passed", false, "severity", "MINOR",
                "description", "x")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rectifyBy"));
        postJson(inspector, path + "/findings", Map.of("item", "公示栏", "passed", true)).andExpect(status().isCreated());
        postJson(inspector, path + "/findings", failed).andExpect(status().isCreated())
                .andExpect(jsonPath("$.latitude").value(35.99));
        mvc.perform(get(path).with(fixtures.as(inspector))).andExpect(status().isOk())
                .andExpect(jsonPath("$.findings.length()").value(2)).andExpect(jsonPath("$.mayRecord").value(true));
        mvc.perform(get("/api/v1/hazards").param("kind", "FIRE_FACILITY").with(fixtures.as(town)))
                .andExpect(jsonPath("$.content[*].source", hasItem("FINDING")));
        mvc.perform(post(path + "/finish").with(fixtures.as(other)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(path + "/finish").with(fixtures.as(inspector)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.publishDue").value(calendar.deadline(inspections.today(), 20).toString()));
        postJson(inspector, path + "/findings", failed).andExpect(status().isUnprocessableEntity());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(jdbc.sql("select rule_code from crd_event where source_ref = ?").param("inspection:" + inspection)
                        .query(String.class).list()).containsExactly("INSPECTION_SERIOUS"));
        mvc.perform(get("/api/v1/public/inspections/" + plan))
                .andExpect(jsonPath("$.inspections[?(@.inspection.id == " + inspection + ")].findings.length()").value(hasItem(0)));
        mvc.perform(post(path + "/publish").with(fixtures.as(inspector)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(path + "/publish").with(fixtures.as(county)).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(get("/api/v1/public/inspections/" + plan))
                .andExpect(jsonPath("$.inspections[?(@.inspection.id == " + inspection + ")].findings[*].description")
                        .value(hasItem("消火栓无水")))
                .andExpect(jsonPath("$.inspections[?(@.inspection.id == " + inspection + ")].findings[*].latitude")
                        .value(not(hasItem(35.99))));
    }

    long complaint(long estate) {
        String path = jdbc.sql("select region_path from reg_estate where id = ?").param(estate).query(String.class).single();
        String category = jdbc.sql("select code from cas_category order by code limit 1").query(String.class).single();
        return jdbc.sql("""
                        insert into cas_case (number, estate_id, region_path, category_code, urgency, channel, text,
                            entered_by, status, received_at, due_at)
                        values (?, ?, ?, ?, 'GENERAL', 'HOTLINE', '电梯经常停运', 'test', 'PENDING', now(), now() + interval '1 day')
                        returning id""")
                .params(fixtures.unique("T"), estate, path, category).query(Long.class).single();
    }

    @Test
    void aTownshipTurnsAComplaintIntoAHazardWhichClosesOnlyOnAPassedReCheck() throws Exception {
        long complaint = complaint(estate1);
        Map<String, Object> body = Map.of("complaintId", complaint, "kind", "LIFT",
                "rectifyBy", inspections.today().plusDays(10).toString(), "description", "电梯钢丝绳磨损");
        postJson(townB, "/api/v1/hazards", body).andExpect(status().isNotFound());
        postJson(firm1, "/api/v1/hazards", body).andExpect(status().isForbidden());
        long hazard = id(postJson(town, "/api/v1/hazards", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.companyId").value(company1)));
        postJson(town, "/api/v1/hazards", body).andExpect(status().isUnprocessableEntity());
        RegionMeasure open = measures.stream().filter(m -> m.code().equals("hazard.open-count")).findFirst().orElseThrow();
        RegionMeasure removed = measures.stream().filter(m -> m.code().equals("hazard.removed-rate")).findFirst().orElseThrow();
        assertThat(open.value(townPath, inspections.today(), inspections.today())).contains(BigDecimal.ONE);
        jdbc.sql("update ins_hazard set found_on = found_on - 20, rectify_by = current_date - 3 where id = ?").param(hazard).update();
        mvc.perform(get("/api/v1/hazards").param("overdue", "true").with(fixtures.as(town)))
                .andExpect(jsonPath("$.content[0].id").value(hazard)).andExpect(jsonPath("$.content[0].overdue").value(true));
        mvc.perform(get("/api/v1/hazards").with(fixtures.as(townB))).andExpect(jsonPath("$.content[*].id", not(hasItem((int) hazard))));
        mvc.perform(get("/api/v1/hazards").with(fixtures.as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hazards/" + hazard).with(fixtures.as(townB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hazards/" + hazard).with(fixtures.as(town))).andExpect(status().isOk());
        String note = "{\"note\": \"已更换钢丝绳\"}";
        mvc.perform(post("/api/v1/hazards/" + hazard + "/rectification").with(fixtures.as(firm2)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(note)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hazards/" + hazard + "/rectification").with(fixtures.as(firm1)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(note))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPORTED"));
        String recheck = "{\"passed\": true, \"note\": \"复查合格\"}";
        mvc.perform(post("/api/v1/hazards/" + hazard + "/recheck").with(fixtures.as(firm1)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(recheck)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/hazards/" + hazard + "/recheck").with(fixtures.as(townB)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(recheck)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/hazards/" + hazard + "/recheck").with(fixtures.as(town)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(recheck.replace("true", "false")))
                .andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post("/api/v1/hazards/" + hazard + "/recheck").with(fixtures.as(town)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(recheck))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.checks.length()").value(3));
        assertThat(open.value(townPath, inspections.today(), inspections.today())).contains(BigDecimal.ZERO);
        // closed today, three days after its deadline: not removed on time
        assertThat(removed.value(townPath, inspections.today().minusDays(10), inspections.today()))
                .contains(new BigDecimal("0.0"));
    }

    ResultActions putJson(String as, String path, Object body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                .with(fixtures.as(as)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    long audits(String entity, long id) {
        return jdbc.sql("select count(*) from idn_audit_event where entity_type = ? and entity_id = ?")
                .params(entity, String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void theCountyEditsAndRetiresMattersAndAPlanKeepsTheMatterItCommitted() throws Exception {
        long before = commit();
        Map<String, String> edit = Map.of("name", "物业服务质量检查", "basis", "河南省物业管理条例第四十条",
                "checklist", "公示栏\n消防通道");
        putJson(town, "/api/v1/inspections/matters/" + matter, edit).andExpect(status().isForbidden());
        putJson(firm1, "/api/v1/inspections/matters/" + matter, edit).andExpect(status().isForbidden());
        putJson(county2, "/api/v1/inspections/matters/" + matter, edit).andExpect(status().isNotFound());
        putJson(county, "/api/v1/inspections/matters/" + matter, Map.of("name", " ", "basis", "x", "checklist", "x"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("name")));
        putJson(county, "/api/v1/inspections/matters/" + matter, edit).andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("WY-01")).andExpect(jsonPath("$.name").value("物业服务质量检查"))
                .andExpect(jsonPath("$.checklist.length()").value(2));
        assertThat(audits("inspection-matter", matter)).isEqualTo(2);
        // the plan committed before the edit keeps its matter and checklist
        mvc.perform(get("/api/v1/inspections/plans/" + before).with(fixtures.as(county)))
                .andExpect(jsonPath("$.plan.matterName").value("物业服务检查"));
        mvc.perform(post("/api/v1/inspections/plans/" + before + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk());
        long inspection = jdbc.sql("select id from ins_inspection where plan_id = ? order by id limit 1").param(before)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/inspections/" + inspection).with(fixtures.as(county)))
                .andExpect(jsonPath("$.matterName").value("物业服务检查")).andExpect(jsonPath("$.checklist.length()").value(3));

        // retiring: a reason is required, a retired matter takes no new plan, it can come back
        putJson(town, "/api/v1/inspections/matters/" + matter + "/active", Map.of("active", false, "reason", "x"))
                .andExpect(status().isForbidden());
        putJson(county, "/api/v1/inspections/matters/" + matter + "/active", Map.of("active", false))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("reason")));
        putJson(county, "/api/v1/inspections/matters/" + matter + "/active", Map.of("active", false, "reason", "并入新清单"))
                .andExpect(status().isNoContent());
        putJson(county, "/api/v1/inspections/matters/" + matter + "/active", Map.of("active", false, "reason", "again"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/inspections/matters").with(fixtures.as(county))).andExpect(jsonPath("$[0].active").value(false));
        postJson(county, "/api/v1/inspections/plans", Map.of("title", "x", "matterId", matter, "sharePercent", 100,
                "perTarget", 2, "startsOn", inspections.today().toString(),
                "endsOn", inspections.today().plusDays(30).toString()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("matterId")));
        putJson(county, "/api/v1/inspections/matters/" + matter + "/active", Map.of("active", true))
                .andExpect(status().isNoContent());
        assertThat(audits("inspection-matter", matter)).isEqualTo(4);
        commit();
    }

    long targetOf(long estate) {
        return jdbc.sql("select id from ins_target where project_id = ?").param(project(estate)).query(Long.class).single();
    }

    long inspectorNamed(String name) throws Exception {
        String list = mvc.perform(get("/api/v1/inspections/inspectors").with(fixtures.as(county)))
                .andReturn().getResponse().getContentAsString();
        List<Number> ids = JsonPath.read(list, "$[?(@.name == '" + name + "')].id");
        return ids.get(0).longValue();
    }

    @Test
    void aDeactivatedEntryIsNeverDrawnAndTheDrawRecordsWhatWasWithdrawnSoItStaysReproducible() throws Exception {
        long t1 = targetOf(estate1);
        long sun2 = inspectorNamed("孙二");
        long sun1 = inspectorNamed("孙一");
        putJson(town, "/api/v1/inspections/targets/" + t1 + "/active", Map.of("active", false, "reason", "x"))
                .andExpect(status().isForbidden());
        putJson(firm1, "/api/v1/inspections/inspectors/" + sun2 + "/active", Map.of("active", false, "reason", "x"))
                .andExpect(status().isForbidden());
        putJson(county2, "/api/v1/inspections/targets/" + t1 + "/active", Map.of("active", false, "reason", "x"))
                .andExpect(status().isNotFound());

        // deactivated before the commit: not even in the frozen inputs
        putJson(county, "/api/v1/inspections/targets/" + t1 + "/active", Map.of("active", false, "reason", "项目已退出"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/inspections/targets").with(fixtures.as(county)))
                .andExpect(jsonPath("$[?(@.id == " + t1 + ")].active").value(hasItem(false)));
        long without = commit();
        mvc.perform(get("/api/v1/public/inspections/" + without)).andExpect(jsonPath("$.draw.targets.length()").value(2));
        putJson(county, "/api/v1/inspections/targets/" + t1 + "/active", Map.of("active", true))
                .andExpect(status().isNoContent());

        // deactivated between commit and draw: frozen in the inputs, left out of the draw and published as withdrawn
        long plan = commit();
        long doomed = commit();
        putJson(county, "/api/v1/inspections/targets/" + t1 + "/active", Map.of("active", false, "reason", "项目已退出"))
                .andExpect(status().isNoContent());
        putJson(county, "/api/v1/inspections/inspectors/" + sun2 + "/active", Map.of("active", false, "reason", "调离"))
                .andExpect(status().isNoContent());
        assertThat(audits("inspector", sun2)).isEqualTo(2);
        mvc.perform(post("/api/v1/inspections/plans/" + plan + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inspections.length()").value(2))
                .andExpect(jsonPath("$.draw.withdrawnTargets").value(hasItem((int) t1)))
                .andExpect(jsonPath("$.draw.withdrawnInspectors").value(hasItem((int) sun2)));
        String published = mvc.perform(get("/api/v1/public/inspections/" + plan)).andExpect(status().isOk())
                .andExpect(jsonPath("$.draw.targets.length()").value(3))
                .andExpect(jsonPath("$.draw.inspectors.length()").value(4))
                .andReturn().getResponse().getContentAsString();
        List<Number> drawnTargets = JsonPath.read(published, "$.draw.result[*].targetId");
        List<Number> drawnInspectors = JsonPath.read(published, "$.draw.result[*].inspectorIds[*]");
        assertThat(drawnTargets).hasSize(2).noneMatch(t -> t.longValue() == t1);
        assertThat(drawnInspectors).noneMatch(i -> i.longValue() == sun2).anyMatch(i -> i.longValue() == sun1);
        StringBuilder expected = new StringBuilder();
        for (Map<String, Object> p : JsonPath.<List<Map<String, Object>>>read(published, "$.draw.result")) {
            expected.append(expected.isEmpty() ? "" : ", ").append("{\"targetId\": ").append(p.get("targetId"))
                    .append(", \"inspectorIds\": ").append(p.get("inspectorIds").toString().replace(",", ", ")).append('}');
        }
        assertThat(InspectionDraw.verify(published))
                .isEqualTo("{\"commitmentMatches\": true, \"result\": [" + expected + "]}");
        mvc.perform(get("/public/inspections/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未参加抽取")));

        // withdrawing the last inspector of a unit leaves no target staffable: the draw is refused, nothing changes
        putJson(county, "/api/v1/inspections/inspectors/" + sun1 + "/active", Map.of("active", false, "reason", "病假"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/inspections/plans/" + doomed + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.sql("select count(*) from ins_inspection where plan_id = ?").param(doomed).query(Long.class)
                .single()).isZero();
        putJson(county, "/api/v1/inspections/inspectors/" + sun1 + "/active", Map.of("active", true))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/inspections/plans/" + doomed + "/draw").with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.draw.withdrawnInspectors").value(hasItem((int) sun2)));
    }

    @Test
    void theDirectoriesPageIsTheCountys() throws Exception {
        mvc.perform(get("/console/inspections/directories").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("物业服务检查")))
                .andExpect(content().string(containsString("孙二")));
        mvc.perform(get("/console/inspections/directories").with(fixtures.as(town))).andExpect(status().isForbidden());
        mvc.perform(post("/console/inspections/inspectors/" + inspectorNamed("孙二") + "/active").with(fixtures.as(county))
                        .with(csrf()).param("active", "false").param("reason", "调离"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/inspections/targets/" + targetOf(estate1) + "/active").with(fixtures.as(county))
                        .with(csrf()).param("active", "false"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/console/inspections/matters/" + matter).with(fixtures.as(town)).with(csrf())
                .param("name", "x").param("basis", "x").param("checklist", "x")).andExpect(status().isForbidden());
    }
}
