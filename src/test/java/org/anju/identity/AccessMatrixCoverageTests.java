package org.anju.identity;

import java.util.Map;
import java.util.TreeSet;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix is complete: every /api/** endpoint in the handler mapping has a row here
 * naming the test that checks who may call it, inside and outside the caller's jurisdiction. A new
 * endpoint fails this test until it gets a check and a row; a row whose endpoint is gone fails it too.
 */
class AccessMatrixCoverageTests extends IntegrationTest {

    /** "METHOD /pattern" → the tests that check it. */
    static final Map<String, String> COVERED = Map.ofEntries(
            entry("GET /api/v1/regions", "AccessMatrixTests: region tree inside, never outside"),
            entry("GET /api/v1/service-modes", "ServiceModeApiTests: lists its township only"),
            entry("GET /api/v1/estates/{id}/service-modes", "ServiceModeApiTests: 200 inside, 404 outside"),
            entry("POST /api/v1/estates/{id}/service-modes", "ServiceModeApiTests: changes inside as permitted, "
                    + "404 outside, 403 read-only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/party-organizations", "PartyApiTests: lists inside, none outside"),
            entry("GET /api/v1/party-organizations/{id}", "PartyApiTests: 200 inside, 404 outside"),
            entry("GET /api/v1/party-organizations/{id}/appointments", "PartyApiTests: 200 inside, 404 outside"),
            entry("POST /api/v1/party-organizations/{id}/appointments", "PartyApiTests: records inside as "
                    + "permitted, 404 outside, 403 read-only; WriteEndpointFuzzTests"),
            entry("POST /api/v1/party-organizations", "PartyApiTests: records inside as permitted, 404 outside, "
                    + "403 read-only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/coverage", "CoverageDashboardTests: own townships only, 404 for another "
                    + "township, 403 for estate-bound and register-less roles"),
            entry("GET /api/v1/calendar/years/{year}", "CalendarApiTests: any signed-in role reads the calendar"),
            entry("GET /api/v1/calendar/deadline", "CalendarApiTests: any signed-in role computes a deadline"),
            entry("POST /api/v1/calendar/years", "CalendarApiTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/calendar/days/{day}", "CalendarApiTests: county only, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("DELETE /api/v1/calendar/days/{day}", "CalendarApiTests: county only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/iot/devices", "IotApiTests: lists inside, another township's never"),
            entry("POST /api/v1/iot/devices", "IotApiTests: registers inside, 404 outside, 403 for the owners' "
                    + "committee; WriteEndpointFuzzTests"),
            entry("GET /api/v1/iot/devices/{code}", "IotApiTests: 200 inside, 404 outside"),
            entry("GET /api/v1/iot/devices/{code}/state", "IotApiTests: 200 inside, 404 outside"),
            entry("GET /api/v1/iot/devices/{code}/readings", "IotApiTests: 200 inside, 404 outside"),
            entry("POST /api/v1/iot/devices/{deviceCode}/readings", "IotApiTests: the device's own secret (401 "
                    + "otherwise), an official inside, 404 outside; WriteEndpointFuzzTests"),
            entry("GET /api/v1/iot/alerts", "IotApiTests: lists inside, none outside"),
            entry("GET /api/v1/iot/rules", "IotApiTests: any signed-in role reads the rules"),
            entry("PUT /api/v1/iot/rules/{id}", "IotApiTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/estates", "AccessMatrixTests: lists inside, none outside"),
            entry("GET /api/v1/estates/{id}", "AccessMatrixTests: 200 inside, 404 outside"),
            entry("POST /api/v1/estates", "AccessMatrixTests: creates inside as the role permits, 404/403 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/estates/{id}/import", "AccessMatrixTests: imports inside as permitted, 404 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/buildings", "AccessMatrixTests: lists inside, none outside"),
            entry("GET /api/v1/buildings/{id}", "AccessMatrixTests: 200 inside, 404 outside"),
            entry("GET /api/v1/houses", "AccessMatrixTests: lists inside, none outside"),
            entry("GET /api/v1/houses/{id}", "AccessMatrixTests: 200 inside, 404 outside"),
            entry("GET /api/v1/owners", "AccessMatrixTests: lists inside, none outside"),
            entry("GET /api/v1/owners/{id}", "AccessMatrixTests: 200 inside, 404 outside"),
            entry("POST /api/v1/owners/{id}/personal-data", "AccessMatrixTests: reveal inside if permitted, "
                    + "404 outside; WriteEndpointFuzzTests"),
            entry("GET /api/v1/me/personal-data", "AccessMatrixTests: owner only, own record only; MeTests"),
            entry("GET /api/v1/me/access-log", "AccessMatrixTests: owner only; MeTests: never another owner's log"),
            entry("GET /api/v1/me/personal-data/export", "AccessMatrixTests: owner only; MeTests"),
            entry("POST /api/v1/audit/verify", "AccessMatrixTests: AUDIT_READ only; AuditExportTests; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/audit/export", "AccessMatrixTests: AUDIT_READ only; AuditExportTests"),
            entry("GET /api/v1/committees", "CommitteeTests: lists inside, another township's never"),
            entry("GET /api/v1/committees/{id}", "CommitteeTests: 200 inside (owners' committee its own), 404 outside"),
            entry("POST /api/v1/committees", "CommitteeTests: forms inside, 404 for another township's estate; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/members", "CommitteeTests: adds inside, 404 outside, 403 for the "
                    + "owners' committee; WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/filing", "CommitteeTests: submits inside, 404 outside, 403 read-only; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/filing/accept", "CommitteeTests: township accepts, community 403; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/filing/return", "CommitteeTests: township returns with a reason; "
                    + "WriteEndpointFuzzTests"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyApiEndpointHasARowInTheAccessMatrix() {
        TreeSet<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> {
                    var methods = info.getMethodsCondition().getMethods();
                    // a mapping without a method answers every method: it needs a row of its own
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + p);
                    }
                    methods.forEach(m -> endpoints.add(m.name() + " " + p));
                }));
        assertThat(endpoints).as("endpoints of the handler mapping").isNotEmpty();
        assertThat(COVERED.keySet()).as("endpoints without a row in the access matrix")
                .containsAll(endpoints);
        assertThat(endpoints).as("rows whose endpoint no longer exists").containsAll(COVERED.keySet());
    }
}
