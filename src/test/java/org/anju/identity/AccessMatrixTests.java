package org.anju.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every role against every register resource, inside and outside its jurisdiction: inside is
 * allowed as the role permits (reads 200, writes 201/200 or 403), outside is always 404, and a
 * list never contains a record outside. A new endpoint gets a row here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests extends IntegrationTest {

    /** The records of one jurisdiction: one of each resource. */
    record Place(long estate, long building, long house, long owner, long community) {
    }

    /** A role's account, what it may see, what lies just outside it, and whether it may write. */
    record Subject(String label, String username, Place inside, Place outside, boolean writes, boolean reveals) {
    }

    final List<Subject> subjects = new ArrayList<>();

    @BeforeAll
    void jurisdictions() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("甲县"));
        long otherCounty = fixtures.region(null, "COUNTY", fixtures.unique("乙县"));
        long townA = fixtures.region(county, "TOWNSHIP", "一镇");
        long townB = fixtures.region(county, "TOWNSHIP", "二镇");
        long communityA = fixtures.region(townA, "COMMUNITY", "一社区");
        long communityA2 = fixtures.region(townA, "COMMUNITY", "二社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "三社区");
        long communityX = fixtures.region(otherCounty, "COMMUNITY", "外县社区");

        Place a = place(communityA, "一号院", "A");
        Place a2 = place(communityA2, "二号院", "B");
        Place b = place(communityB, "三号院", "C");
        Place x = place(communityX, "外县院", "D");
        // The neighbour's house in the owner's own building: visible to the committee, not to the owner.
        long neighbourHouse = fixtures.house(a.building(), "1", "102", "70.00");
        long neighbour = fixtures.owner("邻居", fixtures.unique("N").substring(0, 9) + "000000000", "13900000000",
                neighbourHouse);
        Place neighbours = new Place(a2.estate(), a2.building(), neighbourHouse, neighbour, a2.community());

        long company = fixtures.company(fixtures.unique("物业公司"), fixtures.unique("C").substring(0, 9) + "000000000",
                a.estate());
        long department = fixtures.department(county, "城管局");

        subjects.add(new Subject("county", fixtures.account(Role.COUNTY_AUTHORITY, region(county)), a, x, true, true));
        subjects.add(new Subject("township", fixtures.account(Role.TOWNSHIP_OFFICE, region(townA)), a, b, true, true));
        subjects.add(new Subject("community", fixtures.account(Role.COMMUNITY, region(communityA)), a, a2, true, true));
        subjects.add(new Subject("committee", fixtures.account(Role.OWNERS_COMMITTEE,
                new Binding(null, a.estate(), null, null, null)), a, a2, false, false));
        subjects.add(new Subject("company", fixtures.account(Role.PROPERTY_COMPANY,
                new Binding(null, null, company, null, null)), a, a2, false, false));
        subjects.add(new Subject("owner", fixtures.account(Role.OWNER,
                new Binding(null, null, null, null, a.owner())), a, neighbours, false, false));
        subjects.add(new Subject("department", fixtures.account(Role.DEPARTMENT,
                new Binding(null, null, null, department, null)), null, a, false, false));
        // The system administrator: accounts and permissions only, no register data although bound to the county.
        subjects.add(new Subject("administrator", fixtures.account(Role.ADMINISTRATOR, region(county)), null, a,
                false, false));
    }

    private Place place(long community, String name, String tag) {
        long estate = fixtures.estate(community, name);
        long building = fixtures.building(estate, "1号楼");
        long house = fixtures.house(building, "1", "101", "88.00");
        long owner = fixtures.owner("业主" + tag, fixtures.unique(tag).substring(0, 9) + "000000000", "13800000000", house);
        return new Place(estate, building, house, owner, community);
    }

    private static Binding region(long id) {
        return new Binding(id, null, null, null, null);
    }

    @TestFactory
    Stream<DynamicTest> readsInsideAreAllowedAndOutsideAnswer404() {
        return subjects.stream().flatMap(s -> Stream.of(
                test(s, "reads estate, building, house and owner inside", () -> {
                    if (s.inside() == null) {
                        return;
                    }
                    for (String path : details(s.inside())) {
                        assertThat(status(get(path), s)).as(path).isEqualTo(200);
                    }
                }),
                test(s, "gets 404 for each record outside", () -> {
                    for (String path : details(s.outside())) {
                        assertThat(status(get(path), s)).as(path).isEqualTo(404);
                    }
                }),
                test(s, "lists contain the inside records and none outside", () -> {
                    for (var list : lists(s).entrySet()) {
                        String body = mvc.perform(get(list.getKey()).param("size", "100").with(fixtures.as(s.username())))
                                .andReturn().getResponse().getContentAsString();
                        assertThat(ids(body)).as(list.getKey()).doesNotContain(list.getValue()[1]);
                        if (s.inside() != null) {
                            assertThat(ids(body)).as(list.getKey()).contains(list.getValue()[0]);
                        }
                    }
                }),
                test(s, "creates an estate only in its own area, as its role permits", () -> {
                    if (s.inside() != null) {
                        int inside = status(post("/api/v1/estates").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"name\":\"" + fixtures.unique("新") + "\",\"communityId\":"
                                        + s.inside().community() + "}"), s);
                        assertThat(inside).isEqualTo(s.writes() ? 201 : 403);
                    }
                    int outside = status(post("/api/v1/estates").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"越界\",\"communityId\":" + s.outside().community() + "}"), s);
                    assertThat(outside).isEqualTo(s.writes() ? 404 : 403);
                }),
                test(s, "imports a register only into an estate inside, as its role permits", () -> {
                    if (s.inside() != null) {
                        assertThat(status(importInto(s.inside().estate()), s)).isEqualTo(s.writes() ? 200 : 403);
                    }
                    long before = jdbc.sql("select count(*) from reg_house").query(Long.class).single();
                    assertThat(status(importInto(s.outside().estate()), s)).isEqualTo(404);
                    assertThat(jdbc.sql("select count(*) from reg_house").query(Long.class).single()).isEqualTo(before);
                }),
                test(s, "opens full personal data only inside and only if its role may", () -> {
                    String body = "{\"reason\":\"核实业主身份以办理备案\"}";
                    if (s.inside() != null) {
                        int inside = status(post("/api/v1/owners/" + s.inside().owner() + "/personal-data")
                                .contentType(MediaType.APPLICATION_JSON).content(body), s);
                        assertThat(inside).isEqualTo(s.reveals() ? 200 : 403);
                    }
                    int outside = status(post("/api/v1/owners/" + s.outside().owner() + "/personal-data")
                            .contentType(MediaType.APPLICATION_JSON).content(body), s);
                    assertThat(outside).isEqualTo(404);
                })));
    }

    @TestFactory
    Stream<DynamicTest> theRegionTreeAndTheOwnAndAuditEndpointsAnswerOnlyWhoTheyAreFor() {
        return subjects.stream().flatMap(s -> Stream.of(
                test(s, "sees its own community in the region tree and never the one outside", () -> {
                    List<Long> tree = ids(mvc.perform(get("/api/v1/regions").with(fixtures.as(s.username())))
                            .andReturn().getResponse().getContentAsString());
                    if (s.inside() != null) {
                        assertThat(tree).contains(s.inside().community());
                    }
                    // A department (for dispatch) and the administrator (for account bindings) browse their
                    // county's tree and hold no register data.
                    if (s.inside() != null) {
                        assertThat(tree).doesNotContain(s.outside().community());
                    }
                }),
                test(s, "reads its own personal data only if it is an owner, and only its own", () -> {
                    var personal = mvc.perform(get("/api/v1/me/personal-data").with(fixtures.as(s.username())))
                            .andReturn().getResponse();
                    assertThat(personal.getStatus()).isEqualTo(s.label().equals("owner") ? 200 : 403);
                    for (String path : List.of("/api/v1/me/access-log", "/api/v1/me/personal-data/export")) {
                        assertThat(status(get(path), s)).as(path).isEqualTo(s.label().equals("owner") ? 200 : 403);
                    }
                    if (s.label().equals("owner")) {
                        String body = personal.getContentAsString();
                        assertThat(com.jayway.jsonpath.JsonPath.<Number>read(body, "$.id").longValue())
                                .isEqualTo(s.inside().owner());
                        List<Long> houses = com.jayway.jsonpath.JsonPath.<List<Number>>read(body, "$.houses[*].id")
                                .stream().map(Number::longValue).toList();
                        assertThat(houses).contains(s.inside().house()).doesNotContain(s.outside().house());
                    }
                }),
                test(s, "verifies and exports the audit trail only with AUDIT_READ", () -> {
                    int expected = s.label().equals("county") ? 200 : 403;
                    assertThat(status(post("/api/v1/audit/verify"), s)).isEqualTo(expected);
                    String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
                    assertThat(status(get("/api/v1/audit/export").param("from", day).param("to", day)
                            .param("actor", "nobody"), s)).isEqualTo(expected);
                })));
    }

    /** A one-row register in a building of its own, so repeated imports never collide. */
    private static org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> importInto(long estate) {
        String csv = "楼栋,单元,房号,专有部分面积,用途,业主名称,证件号码,联系电话\n"
                + org.anju.Fixtures.unique("楼") + ",1,101,80.00,住宅,矩阵业主," + idNumber() + ",13800000000\n";
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/estates/" + estate + "/import")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "r.csv", "text/csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid resident ID number, born 2004, unique within the run. */
    private static String idNumber() {
        int n = SEQUENCE.incrementAndGet();
        String body = "410927" + "2004" + String.format("%02d%02d", 1 + n % 12, 1 + (n / 12) % 28)
                + String.format("%03d", (n / 336 + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000)) % 1000);
        return body + org.anju.region.ResidentIdNumber.checkCharacter(body);
    }

    private DynamicTest test(Subject s, String behaviour, org.junit.jupiter.api.function.Executable check) {
        return DynamicTest.dynamicTest(s.label() + " " + behaviour, check);
    }

    private static List<String> details(Place p) {
        return List.of("/api/v1/estates/" + p.estate(), "/api/v1/buildings/" + p.building(),
                "/api/v1/houses/" + p.house(), "/api/v1/owners/" + p.owner());
    }

    /** Each list, with the inside id it must hold and the outside id it must not. */
    private static Map<String, long[]> lists(Subject s) {
        Place in = s.inside() == null ? new Place(-1, -1, -1, -1, -1) : s.inside();
        Place out = s.outside();
        return Map.of("/api/v1/estates", new long[] {in.estate(), out.estate()},
                "/api/v1/buildings", new long[] {in.building(), out.building()},
                "/api/v1/houses", new long[] {in.house(), out.house()},
                "/api/v1/owners", new long[] {in.owner(), out.owner()});
    }

    private int status(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, Subject s)
            throws Exception {
        ResultActions result = mvc.perform(request.with(fixtures.as(s.username())).with(csrf()));
        return result.andReturn().getResponse().getStatus();
    }

    private static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)").matcher(json);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
