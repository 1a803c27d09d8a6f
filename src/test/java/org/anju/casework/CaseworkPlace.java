package org.anju.casework;

import com.jayway.jsonpath.JsonPath;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A county of its own for each casework test: two townships, an estate in each served by its own company,
 * an owner in A, the accounts of every role, and duty rules of this county (deeper than the county-wide ones).
 */
abstract class CaseworkPlace extends IntegrationTest {

    long county;
    long townA;
    long townB;
    long communityA;
    long estateA;
    long estateB;
    long companyA;
    long departmentId;
    String countyClerk;
    String clerkA;
    String clerkB;
    String communityClerk;
    String owner;
    String ownerB;
    String department;
    String otherDepartment;
    String company;
    String otherCompany;
    String committeeA;
    String committeeB;
    String admin;

    @BeforeEach
    void place() {
        county = fixtures.region(null, "COUNTY", fixtures.unique("投诉县"));
        townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        communityA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long communityB = fixtures.region(townB, "COMMUNITY", "乙社区");
        estateA = fixtures.estate(communityA, "甲小区");
        estateB = fixtures.estate(communityB, "乙小区");
        companyA = fixtures.company(fixtures.unique("甲物业"), fixtures.unique("9141092700"), estateA);
        long companyB = fixtures.company(fixtures.unique("乙物业"), fixtures.unique("9141092701"), estateB);
        long ownerA = fixtures.owner("甲业主", fixtures.unique("4109271980"), "13800000001",
                fixtures.house(fixtures.building(estateA, "1号楼"), "1", "101", "90.00"));
        long ownerOfB = fixtures.owner("乙业主", fixtures.unique("4109271981"), "13800000002",
                fixtures.house(fixtures.building(estateB, "1号楼"), "1", "101", "90.00"));
        departmentId = fixtures.department(county, "城管局");
        long otherDepartmentId = fixtures.department(county, "公安局");
        countyClerk = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        communityClerk = fixtures.account(Role.COMMUNITY, new Binding(communityA, null, null, null, null));
        owner = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerA));
        ownerB = fixtures.account(Role.OWNER, new Binding(null, null, null, null, ownerOfB));
        department = fixtures.account(Role.DEPARTMENT, new Binding(null, null, null, departmentId, null));
        otherDepartment = fixtures.account(Role.DEPARTMENT, new Binding(null, null, null, otherDepartmentId, null));
        company = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        otherCompany = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyB, null, null));
        committeeA = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        committeeB = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateB, null, null, null));
        admin = fixtures.account(Role.ADMINISTRATOR, new Binding(county, null, null, null, null));
        String path = jdbc.sql("select path from reg_region where id = ?").param(county).query(String.class).single();
        rule("ILLEGAL_BUILDING", path, "DEPARTMENT", departmentId);
        rule("SERVICE_QUALITY", path, "COMPANY", null);
        rule("NOISE", path, "COMMUNITY", null);
    }

    private void rule(String category, String path, String kind, Long department) {
        jdbc.sql("""
                        insert into cas_duty_rule (category_code, region_id, region_path, body_kind, department_id)
                        values (?, ?, ?, ?, ?)""").params(category, county, path, kind, department).update();
    }

    ResultActions file(String who, long estate, String category, String extra) throws Exception {
        String body = "{\"estateId\": " + estate + ", \"category\": \"" + category + "\", \"text\": \"楼道里堆满杂物无人清理\""
                + (extra == null ? "" : ", " + extra) + "}";
        return mvc.perform(post("/api/v1/complaints").with(fixtures.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long filed(String who, long estate, String category) throws Exception {
        String json = file(who, estate, category, null).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    ResultActions act(String who, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/complaints/" + id + "/actions").with(fixtures.as(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
