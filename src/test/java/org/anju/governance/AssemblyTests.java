package org.anju.governance;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The first owners' assembly through the API and the console: occupancy, the conditions, the application, the
 * preparatory group, the meeting, proposals and the result; the township's to-do list with its overdue items;
 * jurisdiction (the access matrix rows of /api/v1/assemblies, /api/v1/estates/{id}/occupancy and
 * /api/v1/governance/todo name this class).
 */
class AssemblyTests extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    long townA;
    long communityA;
    long estateA;
    long estateB;
    List<Long> ownersA = new ArrayList<>();
    long ownerB;
    String clerkA;
    String clerkB;
    String community;
    String committeeAccount;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        long building = fixtures.building(estateA, "1号楼");
        for (int i = 0; i < 10; i++) {
            long house = fixtures.house(building, "1", String.valueOf(101 + i), "100.00");
            ownersA.add(fixtures.owner("业主" + i, fixtures.unique("4109271980"), "1380000000" + i, house));
        }
        ownerB = fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000099",
                fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00"));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        community = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        committeeAccount = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
    }

    @Test
    void theTownshipSeesTheAssemblyDueAndTakesItFromApplicationToTheElectedCommittee() throws Exception {
        occupancy(clerkA, estateA, "500.00", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.triggers[0]").value("AREA_DELIVERED"))
                .andExpect(jsonPath("$.households").value(10)).andExpect(jsonPath("$.totalArea").value(1000.00));
        todo(clerkA).andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].kind").value(hasItem("ASSEMBLY_DUE")));
        long id = apply(clerkA, developer(estateA, TODAY.minusDays(3)));
        todo(clerkA).andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].kind").value(hasItem("GROUP_DUE")))
                .andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].deadline")
                        .value(hasItem(TODAY.plusDays(27).toString())));
        // a group with fewer owners than half is refused and nothing is written
        group(clerkA, id, TODAY, "[" + seat("王镇长", "TOWNSHIP_OFFICIAL", true) + "," + seat("居委会李", "RESIDENTS_COMMITTEE", false)
                + "," + seat("业主张", "OWNER", false) + "]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("筹备组中业主代表应不少于一半, 现为 1/3"));
        assertThat(jdbc.sql("select count(*) from gov_preparatory_member where assembly_id = ?").param(id)
                .query(Long.class).single()).isZero();
        group(community, id, TODAY, goodGroup()).andExpect(status().isForbidden());
        group(clerkA, id, TODAY, goodGroup()).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("GROUP_FORMED"))
                .andExpect(jsonPath("$.holdingDue").value(TODAY.plusDays(60).toString()))
                .andExpect(jsonPath("$.group.length()").value(4));
        mvc.perform(json(post("/api/v1/assemblies/" + id + "/meeting"), clerkA,
                "{\"meetingOn\":\"" + TODAY.plusDays(61) + "\"}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("meetingOn"));
        LocalDate meeting = TODAY.plusDays(60);
        mvc.perform(json(post("/api/v1/assemblies/" + id + "/meeting"), clerkA,
                "{\"meetingOn\":\"" + meeting + "\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.lastPostingDay").value(meeting.minusDays(15).toString()));
        proposal(clerkA, id, meeting.minusDays(14), meeting.minusDays(7)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("15 日前公示")));
        proposal(clerkA, id, meeting.minusDays(15), meeting.minusDays(10)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("议题公示不少于 7 日"));
        proposal(clerkA, id, meeting.minusDays(15), meeting.minusDays(9)).andExpect(status().isOk())
                .andExpect(jsonPath("$.proposals.length()").value(1));
        // the meeting was in fact held today (the facade refuses a result in the future)
        mvc.perform(json(post("/api/v1/assemblies/" + id + "/result"), clerkA,
                        "{\"heldOn\":\"" + TODAY + "\",\"committeeElected\":true,\"result\":\"选举产生第一届业主委员会\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("HELD"));
        mvc.perform(get("/console/assemblies/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/console/committees/new?estateId=" + estateA
                        + "&amp;kind=OWNERS&amp;formedOn=" + TODAY)));
        mvc.perform(get("/console/committees/new").param("estateId", String.valueOf(estateA)).param("kind", "OWNERS")
                        .param("formedOn", TODAY.toString()).with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + estateA + "\" selected")));
        // the elected committee is to be recorded and filed within 30 days, then nothing is left to do
        todo(clerkA).andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].kind").value(hasItem("COMMITTEE_TO_RECORD")))
                .andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].deadline")
                        .value(hasItem(TODAY.plusDays(30).toString())));
        committee(estateA, "OWNERS", TODAY, TODAY.plusYears(5));
        todo(clerkA).andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].kind").value(hasItem("FILING_DUE")))
                .andExpect(jsonPath("$.content[?(@.estateId == " + estateA + ")].kind").value(not(hasItem("COMMITTEE_TO_RECORD"))));
        assertThat(jdbc.sql("select count(*) from idn_audit_event where entity_type = 'assembly' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void nineOwnersAreRefusedTenAreAcceptedAndAnOwnerOfAnotherEstateDoesNotCount() throws Exception {
        applying(clerkA, owners(estateA, ownersA.subList(0, 9))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("ownerIds"))
                .andExpect(jsonPath("$.errors[0].message").value("业主申请需不少于 10 名本小区业主联名, 现为 9 名"));
        List<Long> withStranger = new ArrayList<>(ownersA.subList(0, 9));
        withStranger.add(ownerB);
        applying(clerkA, owners(estateA, withStranger)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("编号 " + ownerB + " 不是本小区的业主"));
        assertThat(jdbc.sql("select count(*) from gov_assembly where estate_id = ?").param(estateA)
                .query(Long.class).single()).isZero();
        long id = apply(clerkA, owners(estateA, ownersA));
        mvc.perform(get("/api/v1/assemblies/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.applicants.length()").value(10));
        // one application in progress per estate
        applying(clerkA, developer(estateA, TODAY)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("estateId"));
        mvc.perform(post("/console/assemblies").param("estateId", String.valueOf(estateA)).param("applicantKind", "OWNERS")
                        .param("appliedOn", TODAY.toString()).param("ownerIds", "1, 2").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("编号 1 不是本小区的业主")));
    }

    @Test
    void overdueApplicationsGroupsFilingsReelectionsAndDissolutionsSurfaceOnTheTodoList() throws Exception {
        long e30 = estate("三十日");
        long e31 = estate("三十一日");
        long e61 = estate("六十一日");
        apply(clerkA, developer(e30, TODAY.minusDays(30)));
        apply(clerkA, developer(e31, TODAY.minusDays(31)));
        long late = apply(clerkA, developer(e61, TODAY.minusDays(70)));
        group(clerkA, late, TODAY.minusDays(61), goodGroup()).andExpect(status().isOk());
        long filing = committee(estate("备案逾期"), "OWNERS", TODAY.minusDays(31), TODAY.plusYears(4));
        long reelection = committee(estate("换届"), "OWNERS", TODAY.plusDays(80).minusYears(5), TODAY.plusDays(80));
        jdbc.sql("update gov_committee set status = 'FILED', filed_on = formed_on where id = ?").param(reelection).update();
        long interim = committee(estate("解散逾期"), "INTERIM", TODAY.minusYears(2), TODAY.plusYears(1));
        jdbc.sql("update gov_committee set status = 'FILED', dissolution_due = ? where id = ?")
                .params(TODAY.minusDays(1), interim).update();
        String r = todo(clerkA).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> overdue = JsonPath.read(r, "$.content[?(@.overdue == true)].estateName");
        List<String> onTime = JsonPath.read(r, "$.content[?(@.overdue == false)].estateName");
        assertThat(overdue).contains("三十一日", "六十一日", "备案逾期", "解散逾期").doesNotContain("三十日");
        assertThat(onTime).contains("三十日", "换届");
        assertThat(JsonPath.<List<String>>read(r, "$.content[?(@.committeeId == " + reelection + ")].kind"))
                .containsExactly("REELECTION_DUE");
        assertThat(JsonPath.<List<String>>read(r, "$.content[?(@.committeeId == " + filing + ")].kind"))
                .containsExactly("FILING_DUE");
        // overdue first
        List<Boolean> flags = JsonPath.read(r, "$.content[*].overdue");
        assertThat(flags.indexOf(false)).isGreaterThan(flags.lastIndexOf(true));
        mvc.perform(get("/api/v1/governance/todo").param("overdue", "true").param("kind", "GROUP_DUE")
                        .with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1)).andExpect(jsonPath("$.content[0].estateName").value("三十一日"));
        mvc.perform(get("/console/governance/todo").with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("todo-overdue")))
                .andExpect(content().string(containsString("六十一日")));
        mvc.perform(get("/console/assemblies").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("三十一日")));
        // another township's clerk sees none of it
        todo(clerkB).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].estateName", not(hasItem("三十一日"))))
                .andExpect(jsonPath("$.content[*].estateName", not(hasItem("换届"))));
    }

    @Test
    void anotherTownshipGets404AndReadOnlyRolesGet403() throws Exception {
        long id = apply(clerkA, developer(estateA, TODAY));
        mvc.perform(get("/api/v1/assemblies/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/estates/" + estateA + "/occupancy").with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        occupancy(clerkB, estateA, "1.00", 1).andExpect(status().isNotFound());
        applying(clerkB, developer(estateA, TODAY)).andExpect(status().isNotFound());
        group(clerkB, id, TODAY, goodGroup()).andExpect(status().isNotFound());
        for (String step : List.of("meeting", "proposals", "result")) {
            mvc.perform(json(post("/api/v1/assemblies/" + id + "/" + step), clerkB, "{}")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/console/assemblies/" + id).with(fixtures.as(clerkB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assemblies").param("size", "100").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.content[*].estateId", not(hasItem((int) estateA))));
        mvc.perform(get("/api/v1/assemblies").param("townshipId", String.valueOf(townA)).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.content[*].estateId", hasItem((int) estateA)));
        // the owners' committee reads its estate but writes nothing
        mvc.perform(get("/api/v1/assemblies/" + id).with(fixtures.as(committeeAccount))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/estates/" + estateA + "/occupancy").with(fixtures.as(committeeAccount)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/governance/todo").with(fixtures.as(committeeAccount))).andExpect(status().isOk());
        occupancy(committeeAccount, estateA, "1.00", 1).andExpect(status().isForbidden());
        applying(committeeAccount, developer(estateA, TODAY)).andExpect(status().isForbidden());
        group(committeeAccount, id, TODAY, goodGroup()).andExpect(status().isForbidden());
        for (String step : List.of("meeting", "proposals", "result")) {
            mvc.perform(json(post("/api/v1/assemblies/" + id + "/" + step), committeeAccount, "{}"))
                    .andExpect(status().isForbidden());
        }
        String company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null,
                fixtures.company(fixtures.unique("物业"), fixtures.unique("91410927MA"), estateA), null, null));
        occupancy(company, estateA, "1.00", 1).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from gov_estate_occupancy where estate_id = ?").param(estateA)
                .query(Long.class).single()).isZero();
    }

    @Test
    void badOccupancyIsRefusedWithFieldErrorsAndTheConsoleFormShowsThem() throws Exception {
        occupancy(clerkA, estateA, "1000.01", 11).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("deliveredArea")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("movedInHouseholds")));
        mvc.perform(post("/console/assemblies/occupancy").param("estateId", String.valueOf(estateA))
                        .param("deliveredArea", "abc").param("movedInHouseholds", "3").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写已交付面积")));
        mvc.perform(post("/console/assemblies/occupancy").param("estateId", String.valueOf(estateA))
                        .param("deliveredArea", "0").param("movedInHouseholds", "3").with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/estates/" + estateA + "/occupancy").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.triggers[0]").value("HOUSEHOLDS_MOVED_IN"));
        mvc.perform(get("/console/assemblies/occupancy").param("estateId", String.valueOf(estateA))
                .with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("入住户数达标")));
        mvc.perform(get("/console/assemblies/new").with(fixtures.as(clerkA))).andExpect(status().isOk());
    }

    @Test
    void onlyTheCountyChangesTheAssemblyNumbersAndTheNewNumberApplies() throws Exception {
        mvc.perform(post("/console/governance/settings").param("name", "ASSEMBLY_MIN_APPLICANT_OWNERS").param("value", "9")
                .with(fixtures.as(clerkA)).with(csrf())).andExpect(status().isForbidden());
        String countyClerk = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(jdbc.sql(
                "select parent_id from reg_region where id = ?").param(townA).query(Long.class).single(), null, null, null, null));
        try {
            mvc.perform(post("/console/governance/settings").param("name", "ASSEMBLY_AREA_PERCENT").param("value", "101")
                    .with(fixtures.as(countyClerk)).with(csrf())).andExpect(status().isUnprocessableContent());
            mvc.perform(post("/console/governance/settings").param("name", "ASSEMBLY_MIN_APPLICANT_OWNERS").param("value", "9")
                    .with(fixtures.as(countyClerk)).with(csrf())).andExpect(status().is3xxRedirection());
            applying(clerkA, owners(estateA, ownersA.subList(0, 9))).andExpect(status().isCreated());
            mvc.perform(get("/console/governance/settings").with(fixtures.as(countyClerk))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("申请业主最少人数")));
        } finally {
            jdbc.sql("update gov_setting set value = 10 where name = 'ASSEMBLY_MIN_APPLICANT_OWNERS'").update();
            jdbc.sql("update gov_setting set value = 50 where name = 'ASSEMBLY_AREA_PERCENT'").update();
        }
    }

    private long estate(String name) {
        long e = fixtures.estate(communityA, name);
        fixtures.house(fixtures.building(e, "1号楼"), "1", "101", "80.00");
        return e;
    }

    private long committee(long estate, String kind, LocalDate formed, LocalDate termEnd) throws Exception {
        String r = mvc.perform(json(post("/api/v1/committees"), clerkA,
                        "{\"estateId\":%d,\"kind\":\"%s\",\"formedOn\":\"%s\",\"termEnd\":\"%s\"}"
                                .formatted(estate, kind, formed, termEnd)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(r, "$.id")).longValue();
    }

    private ResultActions occupancy(String who, long estate, String delivered, long movedIn) throws Exception {
        return mvc.perform(json(put("/api/v1/estates/" + estate + "/occupancy"), who,
                "{\"deliveredArea\":%s,\"movedInHouseholds\":%d}".formatted(delivered, movedIn)));
    }

    private ResultActions todo(String who) throws Exception {
        return mvc.perform(get("/api/v1/governance/todo").param("size", "100").with(fixtures.as(who)));
    }

    private long apply(String who, String body) throws Exception {
        String r = mvc.perform(json(post("/api/v1/assemblies"), who, body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(r, "$.id")).longValue();
    }

    private ResultActions applying(String who, String body) throws Exception {
        return mvc.perform(json(post("/api/v1/assemblies"), who, body));
    }

    private ResultActions group(String who, long id, LocalDate formed, String members) throws Exception {
        return mvc.perform(json(post("/api/v1/assemblies/" + id + "/preparatory-group"), who,
                "{\"formedOn\":\"" + formed + "\",\"members\":" + members + "}"));
    }

    private ResultActions proposal(String who, long id, LocalDate on, LocalDate until) throws Exception {
        return mvc.perform(json(post("/api/v1/assemblies/" + id + "/proposals"), who,
                "{\"title\":\"选举第一届业主委员会\",\"postedOn\":\"" + on + "\",\"postedUntil\":\"" + until + "\"}"));
    }

    private static String goodGroup() {
        return "[" + seat("王镇长", "TOWNSHIP_OFFICIAL", true) + "," + seat("居委会李", "RESIDENTS_COMMITTEE", false)
                + "," + seat("业主张", "OWNER", false) + "," + seat("业主赵", "OWNER", false) + "]";
    }

    private static String seat(String name, String kind, boolean chair) {
        return "{\"name\":\"%s\",\"kind\":\"%s\",\"chair\":%s}".formatted(name, kind, chair);
    }

    private static String developer(long estate, LocalDate on) {
        return ("{\"estateId\":%d,\"applicantKind\":\"DEVELOPER\",\"developerName\":\"台前置业\",\"appliedOn\":\"%s\"}"
                .formatted(estate, on));
    }

    private static String owners(long estate, List<Long> ids) {
        return ("{\"estateId\":%d,\"applicantKind\":\"OWNERS\",\"appliedOn\":\"%s\",\"ownerIds\":[%s]}"
                .formatted(estate, TODAY, ids.stream().map(String::valueOf).collect(Collectors.joining(","))));
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who, String body) {
        return request.with(fixtures.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
