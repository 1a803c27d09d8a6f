package org.anju.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Complaints through the stable API: intake and dispatch by the duty list, handling, rating, the state machine's
 * refusals, optimistic locking, the events, the deadline watch and the statistics (the access matrix rows of
 * /api/v1/complaints and /api/v1/stats/casework name this class and {@link ComplaintAccessTests}).
 */
@RecordApplicationEvents
class ComplaintTests extends CaseworkPlace {

    @Autowired
    ApplicationEvents events;

    @Autowired
    DeadlineWatch watch;

    @Test
    void anOwnersReportReachesTheCompanyByTheDutyListIsHandledRatedAndCounted() throws Exception {
        file(owner, estateA, "SERVICE_QUALITY", "\"location\": \"1号楼2单元\", \"reporterPhone\": \"13912345678\"")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/complaints/")))
                .andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.bodyKind").value("COMPANY"))
                .andExpect(jsonPath("$.channel").value("APP"))
                .andExpect(jsonPath("$.reporterPhone").value("139****5678"));
        long id = jdbc.sql("select max(id) from cas_case where estate_id = ?").param(estateA).query(Long.class).single();
        // the company complained about never sees who reported it
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.reporterName").value(nullValue()))
                .andExpect(jsonPath("$.complaint.reporterPhone").value(nullValue()))
                .andExpect(jsonPath("$.actions[0]").value("ACCEPT"));
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.reporterName").isNotEmpty());

        act(company, id, "{\"action\": \"ACCEPT\", \"version\": 0}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        act(company, id, "{\"action\": \"PROGRESS\", \"note\": \"已安排保洁\"}").andExpect(status().isOk());
        act(company, id, "{\"action\": \"RESOLVE\", \"note\": \"杂物已清理\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"));
        act(company, id, "{\"action\": \"RATE\", \"rating\": \"SATISFIED\"}").andExpect(status().isForbidden());
        act(owner, id, "{\"action\": \"RATE\", \"rating\": \"SATISFIED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        act(owner, id, "{\"action\": \"RATE\", \"rating\": \"SATISFIED\"}").andExpect(status().isUnprocessableContent());

        assertThat(events.stream(CaseClosed.class)).singleElement().satisfies(e -> {
            assertThat(e.companyId()).isEqualTo(companyA);
            assertThat(e.rating()).isEqualTo(Rating.SATISFIED);
            assertThat(e.onTime()).isTrue();
        });
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(owner)))
                .andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.contains(
                        "FILED", "DISPATCHED", "ACCEPT", "PROGRESS", "RESOLVE", "RATE")));
        mvc.perform(get("/api/v1/stats/casework").param("groupBy", "TOWNSHIP").with(fixtures.as(clerkA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.cases").value(1))
                .andExpect(jsonPath("$.total.resolutionRate").value(100.0))
                .andExpect(jsonPath("$.total.satisfactionRate").value(100.0))
                .andExpect(jsonPath("$.total.onTimeRate").value(100.0));
        mvc.perform(get("/api/v1/stats/casework").param("groupBy", "BODY").with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].cases").value(1));
    }

    @Test
    void aCaseCannotSkipAStateAndOnlyItsReceiverHandlesIt() throws Exception {
        long id = filed(owner, estateA, "SERVICE_QUALITY");
        act(company, id, "{\"action\": \"RESOLVE\", \"note\": \"已处理\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        act(committeeA, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isForbidden());
        act(clerkA, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isForbidden());
        act(company, id, "{\"action\": \"RETURN\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        act(company, id, "{\"action\": \"FLY\"}").andExpect(status().isBadRequest());
        assertThat(statusOf(id)).isEqualTo("DISPATCHED");
    }

    @Test
    void aReceiverReturnsOnceWithAReasonThenTheTownshipDecides() throws Exception {
        long id = filed(owner, estateA, "ILLEGAL_BUILDING");
        assertThat(jdbc.sql("select department_id from cas_case where id = ?").param(id).query(Long.class).single())
                .isEqualTo(departmentId);
        act(department, id, "{\"action\": \"RETURN\", \"note\": \"不属于本部门职责\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(department))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints").param("status", "PENDING").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1));
        act(communityClerk, id, "{\"action\": \"REROUTE\", \"bodyKind\": \"COMMUNITY\", \"note\": \"社区先查\"}")
                .andExpect(status().isForbidden());
        act(clerkA, id, "{\"action\": \"REROUTE\", \"bodyKind\": \"DEPARTMENT\", \"note\": \"经核实属城管职责\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        act(clerkA, id, "{\"action\": \"REROUTE\", \"bodyKind\": \"DEPARTMENT\", \"departmentId\": " + departmentId
                + ", \"note\": \"经核实属城管职责\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISPATCHED"));
        act(department, id, "{\"action\": \"RETURN\", \"note\": \"仍不属于本部门\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("乡镇")));
        act(department, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isOk());
    }

    @Test
    void anUnsatisfiedReporterReopensTheCaseOnceWithAFreshDeadline() throws Exception {
        long id = filed(owner, estateA, "SERVICE_QUALITY");
        resolve(id);
        act(owner, id, "{\"action\": \"RATE\", \"rating\": \"UNSATISFIED\", \"note\": \"没有清理干净\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"))
                .andExpect(jsonPath("$.reopens").value(1));
        resolve(id);
        act(owner, id, "{\"action\": \"RATE\", \"rating\": \"UNSATISFIED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(events.stream(CaseClosed.class)).singleElement()
                .satisfies(e -> assertThat(e.rating()).isEqualTo(Rating.UNSATISFIED));
    }

    @Test
    void twoClerksActingAtOnceOneWinsAndTheOtherGets409() throws Exception {
        long id = filed(owner, estateA, "NOISE");
        act(communityClerk, id, "{\"action\": \"ACCEPT\", \"version\": 0}").andExpect(status().isOk());
        act(communityClerk, id, "{\"action\": \"PROGRESS\", \"version\": 0, \"note\": \"已上门\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isNotEmpty());

        long race = filed(owner, estateA, "NOISE");
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = new ArrayList<>();
        for (String who : List.of(communityClerk, clerkA)) {
            both.add(() -> act(who, race, "{\"action\": \"ACCEPT\", \"version\": 0}").andReturn().getResponse()
                    .getStatus());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(both)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("select version from cas_case where id = ?").param(race).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anonymousReportsOnlyWhereTheCategoryAllowsThemAndNobodySeesTheReporter() throws Exception {
        file(owner, estateA, "SERVICE_QUALITY", "\"anonymous\": true").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("anonymous"));
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(file(owner, estateA, "NOISE", "\"anonymous\": true")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.complaint.anonymous").value(true))
                .andExpect(jsonPath("$.complaint.reporterName").value(nullValue()));
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(owner))).andExpect(status().isOk());
    }

    @Test
    void aClerkEntersAHotlineReportInTheirAreaOnlyAndRatesItAfterTheFollowUpCall() throws Exception {
        file(clerkA, estateA, "NOISE", "\"channel\": \"HOTLINE\", \"reporterName\": \"王先生\", \"reporterPhone\": \"12345\"")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reporterName").value("王先生"))
                .andExpect(jsonPath("$.bodyKind").value("COMMUNITY"));
        file(clerkB, estateA, "NOISE", null).andExpect(status().isNotFound());
        file(department, estateA, "NOISE", null).andExpect(status().isForbidden());
        file(owner, estateB, "NOISE", null).andExpect(status().isNotFound());
        file(clerkA, estateA, "NOISE", "\"channel\": \"APP\"").andExpect(status().isBadRequest());
        file(clerkA, estateA, "NO_SUCH", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        long id = filed(clerkA, estateA, "NOISE");
        act(communityClerk, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isOk());
        act(communityClerk, id, "{\"action\": \"RESOLVE\", \"note\": \"已调解\"}").andExpect(status().isOk());
        act(owner, id, "{\"action\": \"RATE\", \"rating\": \"BASIC\"}").andExpect(status().isNotFound());
        act(clerkA, id, "{\"action\": \"RATE\", \"rating\": \"BASIC\"}").andExpect(status().isOk());
    }

    @Test
    void aCaseIsWarnedBeforeItsDeadlineEscalatedAfterItAndListedAsOverdue() throws Exception {
        long warned = filed(owner, estateA, "NOISE");
        long late = filed(owner, estateA, "ILLEGAL_BUILDING");
        Instant now = Instant.now();
        jdbc.sql("update cas_case set received_at = ?, due_at = ? where id = ?")
                .params(java.sql.Timestamp.from(now.minusSeconds(8 * 3600)), java.sql.Timestamp.from(now.plusSeconds(3600)),
                        warned).update();
        jdbc.sql("update cas_case set due_at = ? where id = ?").params(java.sql.Timestamp.from(now.minusSeconds(60)), late)
                .update();
        watch.sweep(now);
        assertThat(events(warned)).contains("WARNED").doesNotContain("ESCALATED");
        assertThat(events(late)).contains("ESCALATED");
        watch.sweep(now.plusSeconds(60));
        assertThat(events(late)).filteredOn("ESCALATED"::equals).hasSize(1);
        mvc.perform(get("/api/v1/complaints").param("overdue", "true").with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(late))
                .andExpect(jsonPath("$.content[0].escalated").value(true));
        mvc.perform(get("/api/v1/complaints").param("overdue", "true").with(fixtures.as(clerkB)))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Autowired
    Complaints complaints;

    @Test
    void aDeviceAlertBecomesAnUrgentWorkOrderDispatchedByTheDutyList() throws Exception {
        long id = complaints.fileFromDevice(estateA, "ILLEGAL_BUILDING", null, "烟感告警: 3号楼顶层", "3号楼");
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(department))).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaint.channel").value("DEVICE"))
                .andExpect(jsonPath("$.complaint.urgency").value("URGENT"))
                .andExpect(jsonPath("$.complaint.reporterName").value(nullValue()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complaints.fileFromDevice(estateA, "NO_SUCH", null,
                "烟感告警: 3号楼顶层", null)).isInstanceOf(org.anju.platform.InvalidRequestException.class);
    }

    private void resolve(long id) throws Exception {
        act(company, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isOk());
        act(company, id, "{\"action\": \"RESOLVE\", \"note\": \"已处理完毕\"}").andExpect(status().isOk());
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from cas_case where id = ?").param(id).query(String.class).single();
    }

    private List<String> events(long id) {
        return jdbc.sql("select action from cas_case_event where case_id = ? order by id").param(id)
                .query(String.class).list();
    }
}
