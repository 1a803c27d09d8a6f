package org.anju.casework;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees which complaint (issue 7): each role inside its scope (200, listed) and outside it (404, not listed).
 * A case of estate A dispatched to company A, one dispatched to the department, one of estate B.
 */
class ComplaintAccessTests extends CaseworkPlace {

    long toCompany;
    long toDepartment;
    long inB;

    void cases() throws Exception {
        toCompany = filed(owner, estateA, "SERVICE_QUALITY");
        toDepartment = filed(owner, estateA, "ILLEGAL_BUILDING");
        inB = filed(ownerB, estateB, "SERVICE_QUALITY");
    }

    @Test
    void aDepartmentSeesOnlyWhatIsDispatchedToIt() throws Exception {
        cases();
        sees(department, toDepartment);
        hidden(department, toCompany, inB);
        lists(department, 1);
        hidden(otherDepartment, toDepartment, toCompany, inB);
        lists(otherDepartment, 0);
    }

    @Test
    void aCompanySeesOnlyWhatIsDispatchedToIt() throws Exception {
        cases();
        sees(company, toCompany);
        hidden(company, toDepartment, inB);
        lists(company, 1);
        sees(otherCompany, inB);
        hidden(otherCompany, toCompany, toDepartment);
    }

    @Test
    void aCommitteeSeesItsEstatesCasesWithoutTheReporter() throws Exception {
        cases();
        sees(committeeA, toCompany);
        sees(committeeA, toDepartment);
        hidden(committeeA, inB);
        lists(committeeA, 2);
        mvc.perform(get("/api/v1/complaints/" + toCompany).with(fixtures.as(committeeA)))
                .andExpect(jsonPath("$.complaint.reporterName").doesNotExist());
        hidden(committeeB, toCompany, toDepartment);
    }

    @Test
    void aTownshipAndACommunitySeeTheirAreaAndTheCountyAll() throws Exception {
        cases();
        sees(clerkA, toCompany);
        hidden(clerkA, inB);
        lists(clerkA, 2);
        sees(communityClerk, toDepartment);
        hidden(communityClerk, inB);
        sees(clerkB, inB);
        hidden(clerkB, toCompany, toDepartment);
        sees(countyClerk, toCompany);
        sees(countyClerk, inB);
        lists(countyClerk, 3);
    }

    @Test
    void anOwnerSeesOnlyTheirOwnReports() throws Exception {
        cases();
        sees(owner, toCompany);
        hidden(owner, inB);
        lists(owner, 2);
        hidden(ownerB, toCompany);
        lists(ownerB, 1);
    }

    @Test
    void theAdministratorSeesNoComplaintAndTheStatsRefuseOwnersAndCommittees() throws Exception {
        cases();
        hidden(admin, toCompany, inB);
        lists(admin, 0);
        mvc.perform(get("/api/v1/stats/casework").with(fixtures.as(owner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/casework").with(fixtures.as(committeeA))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stats/casework").param("townshipId", String.valueOf(townB))
                .with(fixtures.as(clerkA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stats/casework").param("townshipId", String.valueOf(townA))
                .with(fixtures.as(clerkA))).andExpect(status().isOk()).andExpect(jsonPath("$.total.cases").value(2));
        mvc.perform(get("/api/v1/stats/casework").param("groupBy", "MONTH").with(fixtures.as(countyClerk)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.cases").value(3));
        mvc.perform(get("/api/v1/stats/casework").with(fixtures.as(department)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.cases").value(1));
    }

    @Test
    void nobodyActsOnACaseOutsideTheirScope() throws Exception {
        cases();
        act(otherCompany, toCompany, "{\"action\": \"ACCEPT\"}").andExpect(status().isNotFound());
        act(clerkB, toCompany, "{\"action\": \"REROUTE\", \"bodyKind\": \"COMMUNITY\", \"note\": \"改派社区\"}")
                .andExpect(status().isNotFound());
        act(department, toCompany, "{\"action\": \"ACCEPT\"}").andExpect(status().isNotFound());
    }

    private void sees(String who, long id) throws Exception {
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(who))).andExpect(status().isOk());
    }

    private void hidden(String who, long... ids) throws Exception {
        for (long id : ids) {
            mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(who))).andExpect(status().isNotFound());
        }
    }

    private void lists(String who, int n) throws Exception {
        mvc.perform(get("/api/v1/complaints").param("size", "100").with(fixtures.as(who)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(n));
    }
}
