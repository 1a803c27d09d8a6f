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
            // life services and fees (issue 12)
            entry("GET /api/v1/bills", "BillingTests: an owner lists own houses' bills only, a township its area, a company its projects"),
            entry("GET /api/v1/bills/{id}", "BillingTests: 200 inside, 404 for another owner, township or company"),
            entry("GET /api/v1/bills/statement", "BillingTests: own house 200, another house 404"),
            entry("GET /api/v1/bills/mine", "BillingTests: the owner's own houses only"),
            entry("GET /api/v1/bills/fee-items", "BillingTests: lists inside only"),
            entry("GET /api/v1/bills/fee-items/{id}", "BillingTests: 200 inside, 404 for another company"),
            entry("POST /api/v1/bills/fee-items", "BillingTests: the serving company only, 404 outside, 403 for a township; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/bills/fee-items/{id}/spaces", "BillingTests: own estate's house only, 404 outside; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bills/batches", "BillingTests: the serving company only, 404 outside, 403 for a township; WriteEndpointFuzzTests"),
            entry("GET /api/v1/bills/collection", "BillingTests: inside rates, none for another township"),
            entry("GET /api/v1/bills/common-income", "BillingTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/bills/common-income", "BillingTests: the company records, 403 for a township; WriteEndpointFuzzTests"),
            entry("POST /api/v1/payments", "BillingTests: owner online for own bill, company any method, 404 for another owner; WriteEndpointFuzzTests"),
            entry("GET /api/v1/payments", "BillingTests: inside only, none for another owner"),
            entry("GET /api/v1/payments/{id}", "BillingTests: 200 inside"),
            entry("GET /api/v1/payments/{id}/receipt", "BillingTests: own receipt 200 (PDF), another owner's 404"),
            entry("GET /api/v1/arrears", "ArrearsTests: inside, none for another township"),
            entry("GET /api/v1/arrears/houses/{houseId}", "ArrearsTests: 200 inside, 404 for another owner"),
            entry("POST /api/v1/arrears/houses/{houseId}/steps", "ArrearsTests: the serving company only, 403 for a township; WriteEndpointFuzzTests"),
            entry("POST /api/v1/arrears/houses/{houseId}/wilful", "ArrearsTests: the owners' committee only, 403 for a company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/arrears/wilful", "ArrearsTests: inside, none for another township"),
            entry("GET /api/v1/arrears/wilful/{id}", "ArrearsTests: own house 200, another owner 404"),
            entry("POST /api/v1/arrears/wilful/{id}/objection", "ArrearsTests: the house's owner only, another owner 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/arrears/wilful/{id}/decision", "ArrearsTests: the township decides, another township 404, committee 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/services", "LifeServiceTests: inside only, none for another township"),
            entry("GET /api/v1/services/{id}", "LifeServiceTests: 200 inside, 404 for an owner of another estate"),
            entry("POST /api/v1/services", "LifeServiceTests: the serving company only, 404 for another company; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/services/{id}/published", "LifeServiceTests: the listing company only, 404 for another; WriteEndpointFuzzTests"),
            entry("GET /api/v1/services/elderly", "LifeServiceTests: own house 200, another owner 404"),
            entry("POST /api/v1/services/elderly", "LifeServiceTests: own house or community, another owner 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/services/stats", "LifeServiceTests: within the jurisdiction"),
            entry("POST /api/v1/bookings", "LifeServiceTests: owner for own house, community for consenting elderly, 404 outside; WriteEndpointFuzzTests"),
            entry("GET /api/v1/bookings", "LifeServiceTests: own bookings only, none for another owner"),
            entry("GET /api/v1/bookings/{id}", "LifeServiceTests: 200 inside, 404 for another owner or township"),
            entry("POST /api/v1/bookings/{id}/accept", "LifeServiceTests: the provider only, owner 403, another company 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/schedule", "LifeServiceTests: the provider schedules; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/complete", "LifeServiceTests: the provider, at the catalogue price; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/decline", "LifeServiceTests: provider-only like accept; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/no-show", "LifeServiceTests: the provider, once the slot began; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/cancel", "LifeServiceTests: the booker in time, the provider with a reason; WriteEndpointFuzzTests"),
            entry("POST /api/v1/bookings/{id}/rating", "LifeServiceTests: the booker once, after completion; WriteEndpointFuzzTests"),
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
            entry("GET /api/v1/votes", "VoteTests: lists its area (township), own estate (owner), never another township's"),
            entry("GET /api/v1/votes/{id}", "VoteTests: 200 inside, 404 outside, 403 for a property company"),
            entry("POST /api/v1/votes", "VoteTests: committee or township without committee creates, 404 outside, "
                    + "403 county/owner; WriteEndpointFuzzTests"),
            entry("POST /api/v1/votes/{id}/ballots", "VoteTests: owner for themself online, organiser on paper, 404 "
                    + "outside, 403 otherwise; VoteConcurrencyTests; WriteEndpointFuzzTests"),
            entry("GET /api/v1/votes/{id}/ballots/mine", "VoteTests: owner only (403 others), 404 outside"),
            entry("POST /api/v1/votes/{id}/receipts/check", "VoteTests: genuine, superseded, forged; 404 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/votes/{id}/close", "VoteTests: organiser only (403), 404 outside; WriteEndpointFuzzTests"),
            entry("POST /api/v1/votes/{id}/publish", "VoteTests: organiser only, closed votes only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/votes/{id}/result", "VoteTests: supervisors live, owners once published, 404 outside"),
            entry("GET /api/v1/votes/{id}/voters", "VoteTests: organiser/township/county 200, 404 outside, 403 company"),
            entry("GET /api/v1/votes/{id}/non-voters", "VoteTests: organiser/township/county 200, 404 outside, 403 owner"),
            entry("POST /api/v1/votes/{id}/scans", "VoteTests: organiser attaches once, paper voters only; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/votes/{id}/decision.pdf", "VoteTests: organiser 200 once closed, owner once published, "
                    + "another township 404"),
            entry("GET /api/v1/votes/{id}/scans/{voterId}", "VoteTests: township 200, another township 404"),
            entry("GET /api/v1/calendar/years/{year}", "CalendarApiTests: any signed-in role reads the calendar"),
            entry("GET /api/v1/calendar/deadline", "CalendarApiTests: any signed-in role computes a deadline"),
            entry("POST /api/v1/calendar/years", "CalendarApiTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/calendar/days/{day}", "CalendarApiTests: county only, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("DELETE /api/v1/calendar/days/{day}", "CalendarApiTests: county only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/coverage/communities", "CoverageDashboardTests: inside 200, another township's 404"),
            entry("GET /api/v1/stats/coverage/estates", "CoverageDashboardTests: own community 200, another's 404"),
            entry("GET /api/v1/stats/coverage/trend", "CoverageDashboardTests: inside 200, another's community 404"),
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
            entry("GET /api/v1/companies", "MarketApiTests: a company lists its own only, a township those serving it"),
            entry("GET /api/v1/companies/{id}", "MarketApiTests: 200 inside, 404 for another company or township"),
            entry("POST /api/v1/companies", "MarketApiTests: county registers, township and company 403; "
                    + "WriteEndpointFuzzTests"),
            entry("PUT /api/v1/companies/{id}", "MarketApiTests: company edits its own, 404 another's; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/companies/{id}/staff", "MarketApiTests: 200 inside, 404 another company's"),
            entry("POST /api/v1/companies/{id}/staff", "MarketApiTests: company adds to its own; WriteEndpointFuzzTests"),
            entry("DELETE /api/v1/companies/{id}/staff/{staffId}", "MarketApiTests: own 204, township 403, another "
                    + "company's 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/companies/{id}/bars", "MarketApiTests: own 200, another township's 404"),
            entry("POST /api/v1/companies/{id}/bar", "MarketApiTests: county bars, township 403, outside 404; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/companies/{id}/bar/lift", "MarketApiTests: county lifts; WriteEndpointFuzzTests"),
            entry("GET /api/v1/projects", "MarketApiTests: a company lists its own, a township its area's"),
            entry("GET /api/v1/projects/{id}", "MarketApiTests: 200 inside, 404 for another company or township"),
            entry("POST /api/v1/projects", "MarketApiTests: township creates inside, 404 outside, company 403; "
                    + "WriteEndpointFuzzTests"),
            entry("PUT /api/v1/projects/{id}", "MarketApiTests: company changes its own, 404 another's; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/contracts", "ContractApiTests: another company never sees it"),
            entry("GET /api/v1/contracts/expiring", "ContractApiTests: its township's only"),
            entry("GET /api/v1/contracts/{id}", "ContractApiTests: 200 inside, 404 another company or township"),
            entry("POST /api/v1/contracts", "ContractApiTests: company files for its own, 404 another's, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("PUT /api/v1/contracts/{id}", "ContractApiTests: company corrects its own, 404 another's; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/contracts/{id}/file", "ContractApiTests: own 200, another company 404; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/contracts/{id}/file", "ContractApiTests: township 200 inside, 404 outside"),
            entry("POST /api/v1/contracts/{id}/accept", "ContractApiTests: county accepts, township and company 403; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/contracts/{id}/return", "ContractApiTests: county returns, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/contracts/{id}/termination", "ContractApiTests: township records, other township 404, "
                    + "company dismissal 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/contracts/{id}/handover", "ContractApiTests: township records, company 403; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/company-bars", "MarketApiTests: public, no login"),
            entry("GET /api/v1/public/handovers", "ContractApiTests: public, no login"),
            entry("GET /api/v1/disclosures", "DisclosureTests: a township lists its area only, never another's"),
            entry("GET /api/v1/disclosures/estates/{id}", "DisclosureTests: 200 inside (county, township, its company), "
                    + "404 outside (another township, a company not serving it), 401 without login"),
            entry("GET /api/v1/disclosures/estates/{id}/versions/{version}", "DisclosureTests: 200 inside"),
            entry("POST /api/v1/disclosures/estates/{id}", "DisclosureTests: the serving company publishes, another "
                    + "company 404, township and county 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/disclosures/estates/{id}/violations", "DisclosureTests: township records inside, "
                    + "404 outside, 403 for a company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/estates/{id}/disclosure", "DisclosureTests: no login, current version only"),
            entry("GET /api/v1/tenders", "TenderTests: a township lists its area only"),
            entry("GET /api/v1/tenders/{id}", "TenderTests: 200 inside and for companies, 404 for another township; "
                    + "sealed until opening"),
            entry("POST /api/v1/tenders", "TenderTests: township creates inside, 404 outside and for a company; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/tenders/{id}/bids", "TenderTests: companies only (county 403), late and ineligible "
                    + "refused; WriteEndpointFuzzTests"),
            entry("POST /api/v1/tenders/{id}/opening", "TenderTests: county only (township 403); WriteEndpointFuzzTests"),
            entry("POST /api/v1/tenders/{id}/panel", "TenderTests: county only, 404 outside; WriteEndpointFuzzTests"),
            entry("POST /api/v1/tenders/{id}/scores", "TenderTests: county only; WriteEndpointFuzzTests"),
            entry("POST /api/v1/tenders/{id}/award", "TenderTests: county only (township 403); WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/tenders/{id}", "TenderTests: no login, bids only after the award"),
            entry("GET /api/v1/fund/accounts", "FundTests: township lists its own, another's none, owner only "
                    + "their house"),
            entry("GET /api/v1/fund/accounts/{houseId}/entries", "FundTests: 200 inside (owner: own house), 404 "
                    + "outside"),
            entry("POST /api/v1/fund/deposits", "FundTests: county posts, township 403, another county 404; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/fund/usages", "FundTests: lists inside only"),
            entry("GET /api/v1/fund/usages/{id}", "FundTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/fund/usages", "FundTests: committee and township (no committee) apply, owner 403, "
                    + "another township 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/fund/usages/{id}/actions", "FundTests: county acts, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/fund/income-allocations", "FundTests: county allocates, township 403, another "
                    + "township 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/fund/check", "FundTests: county and township (own estates only), owner 403"),
            // issues 8 and 12, second cut (branch money)
            entry("GET /api/v1/fund/developer-charges", "FundYearTests: township sees its estate's, another none"),
            entry("POST /api/v1/fund/developer-charges", "FundYearTests: county charges, township 403, another "
                    + "township 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/fund/developer-charges/{id}/payment", "FundYearTests: county pays, township 403, "
                    + "another township 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/fund/statements", "FundYearTests: owner sees own estate's, another township none"),
            entry("POST /api/v1/fund/statements", "FundYearTests: county generates, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/fund/improvement", "FundYearTests: township inside 200, another township 404"),
            entry("GET /api/v1/fund/todo", "FundYearTests: county sees its overdue items, another township not, "
                    + "owner none"),
            entry("POST /api/v1/bills/fee-items/from-contract", "FeeSourceTests: the serving company, township 403, "
                    + "another company 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/bills/common-income/fund-transfers", "FeeSourceTests: township inside, another "
                    + "company 404"),
            entry("POST /api/v1/bills/common-income/fund-transfers", "FeeSourceTests: the company transfers, "
                    + "township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/arrears/limits", "ArrearsTests: any signed-in role reads"),
            entry("PUT /api/v1/arrears/limits/{name}", "ArrearsTests: county only, township 403; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/bookings/limits", "LifeServiceTests: any signed-in role reads"),
            entry("PUT /api/v1/bookings/limits/{name}", "LifeServiceTests: county only, company 403; "
                    + "WriteEndpointFuzzTests"),
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
            entry("POST /api/v1/complaints", "ComplaintTests: owner files for own estate, clerk in own area, 404 for "
                    + "another township's estate, 403 for a department; WriteEndpointFuzzTests"),
            entry("GET /api/v1/complaints", "ComplaintAccessTests: each role lists its scope only"),
            entry("GET /api/v1/complaints/{id}", "ComplaintAccessTests: 200 inside each role's scope, 404 outside"),
            entry("POST /api/v1/complaints/{id}/actions", "ComplaintTests: the receiver acts, others 403; "
                    + "ComplaintAccessTests: 404 outside; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/casework", "ComplaintAccessTests: own scope, 404 for another township, 403 for "
                    + "owners and committees"),
            entry("POST /api/v1/committees/{id}/filing/return", "CommitteeTests: township returns with a reason; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/members/{memberId}/negative-list", "CommitteeActionApiTests: "
                    + "suspends inside, 404 outside or for another committee's member, 403 read-only; WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/members/{memberId}/removal", "CommitteeActionApiTests: township "
                    + "removes inside, 404 outside, community 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/committees/{id}/dissolution", "CommitteeActionApiTests: township confirms inside, "
                    + "404 outside, community and committee 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/committees/{id}/trainings", "CommitteeActionApiTests: 200 inside, 404 outside"),
            entry("GET /api/v1/committees/{id}/trainings/untrained", "CommitteeActionApiTests: 200 inside, 404 outside"),
            entry("POST /api/v1/committees/{id}/trainings", "CommitteeActionApiTests: township or own committee "
                    + "records, 404 outside, 403 property company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/committees/{id}/decisions", "CommitteeActionApiTests: 200 inside, 404 outside"),
            entry("POST /api/v1/committees/{id}/decisions", "CommitteeActionApiTests: township or own committee "
                    + "records, 404 outside, 403 property company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/governance/todo", "AssemblyTests: own township's items only, never another's"),
            entry("GET /api/v1/estates/{id}/occupancy", "AssemblyTests: 200 inside, 404 outside"),
            entry("PUT /api/v1/estates/{id}/occupancy", "AssemblyTests: records inside, 404 outside, 403 read-only; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/assemblies", "AssemblyTests: lists inside, another township's never"),
            entry("GET /api/v1/assemblies/{id}", "AssemblyTests: 200 inside, 404 outside"),
            entry("POST /api/v1/assemblies", "AssemblyTests: records inside, 404 for another township's estate, "
                    + "403 read-only; WriteEndpointFuzzTests"),
            entry("POST /api/v1/assemblies/{id}/preparatory-group", "AssemblyTests: township forms inside, 404 "
                    + "outside, community and committee 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/assemblies/{id}/meeting", "AssemblyTests: inside, 404 outside, 403 read-only; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/assemblies/{id}/proposals", "AssemblyTests: inside, 404 outside, 403 read-only; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/assemblies/{id}/result", "AssemblyTests: inside, 404 outside, 403 read-only; "
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
