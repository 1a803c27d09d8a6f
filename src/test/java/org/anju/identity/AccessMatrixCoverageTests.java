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
            // issues 5 and 7 gaps: map of cases, photos through the API (votecase)
            entry("GET /api/v1/complaints/map", "CaseMapTests: county, township, company, department, owner each "
                    + "their scope only, another township's estates absent, the administrator none"),
            entry("POST /api/v1/complaints/{id}/photos", "ComplaintPhotoApiTests: the reporter and the handling body "
                    + "add, 404 outside the scope, 403 for a committee or clerk neither reporting nor handling; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/complaints/{id}/photos/{photoId}", "ComplaintPhotoApiTests: 200 for the handling "
                    + "company and the township, 404 for another company, township or owner"),
            // credit, red and black lists, inspections, hazards (issue 10)
            entry("GET /api/v1/credit/companies/{id}", "CreditTests: county any, company own (another 404), township serving its area (other 404), owner 403"),
            entry("GET /api/v1/credit/managers/{id}", "CreditTests: county, the manager's company (another 404), township serving its area (other 404), department 403"),
            entry("POST /api/v1/credit/breaches", "CreditTests: county, township for a project in its area (other township 404), company and department 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/credit/events", "CreditTests: company own only, township its serving companies, owner 403"),
            entry("POST /api/v1/credit/events", "CreditTests: county any rule, township opinions on serving companies only (other 404), company 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/credit/events/{id}/objection", "CreditTests: the company on its own event, another company 404, county 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/credit/events/{id}/repair", "CreditTests: county only, company 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/credit/objections", "CreditTests: county all, company own only, township 403"),
            entry("POST /api/v1/credit/objections/{id}/answer", "CreditTests: county only, company 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/credit/scheme", "CreditTests: any signed-in role"),
            entry("PUT /api/v1/credit/scheme", "CreditTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/credit/rules/{code}", "CreditTests: county only, township 403, unknown 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/honor-roll", "CreditTests: no login, no personal data, records at most 5 years"),
            entry("GET /api/v1/inspections/plans", "InspectionTests: county, township and department of the county; owner 403"),
            entry("POST /api/v1/inspections/plans", "InspectionTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/inspections/plans/{id}", "InspectionTests: county of the plan 200, another county 404"),
            entry("POST /api/v1/inspections/plans/{id}/draw", "InspectionTests: county of the plan, another county 404, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/inspections/matters", "InspectionTests: county only, township 403"),
            entry("POST /api/v1/inspections/matters", "InspectionTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/inspections/matters/{id}", "InspectionTests: county only, township and company 403, another county 404; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/inspections/matters/{id}/active", "InspectionTests: county only (reason to retire), township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/inspections/targets/{id}/active", "InspectionTests: county only, township 403, another county 404; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/inspections/inspectors/{id}/active", "InspectionTests: county only, company 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/inspections/targets", "InspectionTests: county only, department 403"),
            entry("POST /api/v1/inspections/targets", "InspectionTests: county, a project outside the county 404, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/inspections/inspectors", "InspectionTests: county only, company 403"),
            entry("POST /api/v1/inspections/inspectors", "InspectionTests: county only, township 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/inspections/inspectors/{id}/conflicts", "InspectionTests: county, another county's inspector 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/inspections", "InspectionTests: an inspector sees only the inspections drawn for them, county its own"),
            entry("GET /api/v1/inspections/{id}", "InspectionTests: drawn inspector 200, another inspector 404, owner 403"),
            entry("POST /api/v1/inspections/{id}/findings", "InspectionTests: drawn inspector only, another inspector 404, county 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/inspections/{id}/finish", "InspectionTests: drawn inspector or county, another inspector 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/inspections/{id}/publish", "InspectionTests: county only, inspector 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/inspections/{id}", "InspectionTests: no login; seed only after the draw, findings only once published"),
            entry("GET /api/v1/hazards", "InspectionTests: township its area (overdue first), another township none, owner 403"),
            entry("GET /api/v1/hazards/{id}", "InspectionTests: township inside 200, another township 404"),
            entry("POST /api/v1/hazards", "InspectionTests: township from its complaint, another township 404, company 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/hazards/{id}/rectification", "InspectionTests: the serving company or township, another company 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/hazards/{id}/recheck", "InspectionTests: township closes, company 403, another township 404; WriteEndpointFuzzTests"),
            // garbage sorting, old estates, staff, training (issue 13)
            entry("GET /api/v1/garbage/sites", "GarbageSortingTests: lists inside only, never another township's estates"),
            entry("GET /api/v1/garbage/sites/{estateId}", "GarbageSortingTests: 200 inside (owner of the estate too), 404 for another township"),
            entry("PUT /api/v1/garbage/sites/{estateId}", "GarbageSortingTests: township or serving company, 404 outside, 403 for an owner; WriteEndpointFuzzTests"),
            entry("GET /api/v1/garbage/sites/{estateId}/checks", "GarbageSortingTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/garbage/sites/{estateId}/checks", "GarbageSortingTests: community or serving company, 404 for another company, 403 for a township; WriteEndpointFuzzTests"),
            entry("GET /api/v1/garbage/coverage", "GarbageSortingTests: county per township, a township its communities only"),
            entry("GET /api/v1/renewal/estates", "OldEstateTests: lists inside only, none of another township"),
            entry("GET /api/v1/renewal/estates/{estateId}", "OldEstateTests: 200 inside, 404 for another township"),
            entry("PUT /api/v1/renewal/estates/{estateId}", "OldEstateTests: township or county, 404 outside, 403 for a company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/renewal/service-areas", "OldEstateTests: lists inside only, none of another township"),
            entry("POST /api/v1/renewal/service-areas", "OldEstateTests: township creates, 403 for a community; WriteEndpointFuzzTests"),
            entry("GET /api/v1/renewal/service-areas/{id}", "OldEstateTests: 200 inside and for a company serving its estate, 404 for another township"),
            entry("PUT /api/v1/renewal/service-areas/{id}", "OldEstateTests: 404 for another township; WriteEndpointFuzzTests"),
            entry("POST /api/v1/renewal/service-areas/{id}/funding", "OldEstateTests: township or county, 404 for another township, 403 for a community; WriteEndpointFuzzTests"),
            entry("GET /api/v1/renewal/settings", "OldEstateTests: any signed-in role reads the county's figures"),
            entry("PUT /api/v1/renewal/settings", "OldEstateTests: county only, 403 for a township; WriteEndpointFuzzTests"),
            entry("GET /api/v1/workforce/trainings", "TrainingTests: held inside or above, none of another township"),
            entry("POST /api/v1/workforce/trainings", "TrainingTests: county, township or community, 403 for a company; WriteEndpointFuzzTests"),
            entry("GET /api/v1/workforce/trainings/{id}", "TrainingTests: 200 inside and for a company whose staff attended, 404 for another company"),
            entry("POST /api/v1/workforce/trainings/{id}/attendance", "TrainingTests: the organising region, 404 for another township, 403 for a community below; WriteEndpointFuzzTests"),
            entry("POST /api/v1/workforce/trainings/{id}/committees", "TrainingTests: the organiser, 403 for a township below the county; WriteEndpointFuzzTests"),
            entry("POST /api/v1/workforce/trainings/{id}/materials", "TrainingTests: the organiser uploads; WriteEndpointFuzzTests"),
            entry("GET /api/v1/workforce/trainings/{id}/materials/{materialId}", "TrainingTests: 200 for an attending company, 404 for another township"),
            entry("GET /api/v1/workforce/certificates", "TrainingTests: a company its own, a township the companies serving it"),
            entry("GET /api/v1/workforce/selections", "SelectionTests: inside or above only, none for an owner of another township"),
            entry("POST /api/v1/workforce/selections", "SelectionTests: township or county, 403 for a community; WriteEndpointFuzzTests"),
            entry("GET /api/v1/workforce/selections/{id}", "SelectionTests: 200 in the region and below, 404 for another township"),
            entry("POST /api/v1/workforce/selections/{id}/nominations", "SelectionTests: company own staff only (404 else), 404 for another township, 403 for an owner; WriteEndpointFuzzTests"),
            entry("POST /api/v1/workforce/selections/{id}/voting", "SelectionTests: organiser only, 403 for a community, 404 for another township; WriteEndpointFuzzTests"),
            entry("POST /api/v1/workforce/selections/{id}/votes", "SelectionTests: an owner once, 404 for an owner of another township, 403 for a township; WriteEndpointFuzzTests"),
            entry("POST /api/v1/workforce/selections/{id}/publication", "SelectionTests: organiser only; WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/staff-selections", "SelectionTests: published only, no login"),
            entry("GET /api/v1/public/staff-selections/{id}", "SelectionTests: 404 until published, then the selected only, no login"),
            // star ratings and fee guidance (issue 9)
            entry("GET /api/v1/rating/standards", "RatingTests: theCountyVersions…: county's officials, 403 for a company"),
            entry("GET /api/v1/rating/standards/current", "RatingTests: theCountyVersions…: township reads its county's"),
            entry("GET /api/v1/rating/standards/{id}", "RatingTests: theCountyVersions…: 200 in the county, 404 for another county"),
            entry("POST /api/v1/rating/standards", "RatingTests: theCountyVersions…: county saves, township 403, bad thresholds 400; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/rounds", "RatingTests: theCountyVersions…: another county never sees the round"),
            entry("POST /api/v1/rating/rounds", "RatingTests: theCountyVersions…: county opens, township 403, a second open round 422; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/rounds/{id}", "RatingTests: theCountyVersions…: 200 in the county, 404 for another county"),
            entry("POST /api/v1/rating/rounds/{id}/publication", "RatingTests: aFullRound…: county publishes, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/rounds/{id}/entries", "RatingTests: aFullRound…: a company lists its own projects, a township its own area"),
            entry("GET /api/v1/rating/rounds/{id}/entries/{projectId}", "RatingTests: aFullRound…: 404 for another company's project"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/self-assessment", "RatingTests: aFullRound…: own company, another company 404, township 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/township-review", "RatingTests: aFullRound…: own township, another township 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/panel", "RatingTests: aFullRound…: county draws without the conflicted expert; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/expert-scores", "RatingTests: aFullRound…: township enters for the panel only; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/approval", "RatingTests: aFullRound…: county approves, township 403, another county 404; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/objections", "RatingTests: aFullRound…: owners' committee within the window, 422 after; WriteEndpointFuzzTests"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/objections/{objectionId}/answer", "RatingTests: aFullRound…: county answers once, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/rounds/{id}/entries/{projectId}/evidence", "RatingEvidenceTests: the company, the township of the area and the county; another company, township or county 404, owners' committee 403"),
            entry("POST /api/v1/rating/rounds/{id}/entries/{projectId}/evidence", "RatingEvidenceTests: the serving company while self-assessing, another company 404, township 403, after the review 422, bad type or size 400 storing nothing; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/rounds/{id}/entries/{projectId}/evidence/{evidenceId}", "RatingEvidenceTests: as the list; a file of another project 404"),
            entry("DELETE /api/v1/rating/rounds/{id}/entries/{projectId}/evidence/{evidenceId}", "RatingEvidenceTests: the serving company while self-assessing, another company 404, township 403, after the review 422; WriteEndpointFuzzTests"),
            entry("GET /api/v1/rating/projects/{id}", "RatingTests: aFullRound…: the company's own project, 404 for another township"),
            entry("GET /api/v1/rating/commendations", "RatingTests: aCommendation…: own county only"),
            entry("POST /api/v1/rating/commendations", "RatingTests: aCommendation…: county records, company 403, another county 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/fee-guidance", "RatingTests: aProjectCharging…: officials of the county, company 403"),
            entry("POST /api/v1/fee-guidance", "RatingTests: aProjectCharging…: county adds, township 403, bad rows 400; WriteEndpointFuzzTests"),
            entry("GET /api/v1/fee-guidance/flags", "RatingTests: aProjectCharging…: township its own area, another township none, company 403"),
            entry("POST /api/v1/fee-guidance/checks", "RatingTests: aProjectCharging…: county checks, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/public/ratings", "RatingTests: thePublicList…: no login, no personal data"),
            entry("GET /api/v1/public/ratings/{projectId}", "RatingTests: aFullRound…: 404 until published, then public without login"),
            // public portal: the county's notices and policies (issue 13)
            entry("GET /api/v1/public/notices", "NoticeTests: no login, published notices only, by words and category"),
            entry("GET /api/v1/public/notices/{id}", "NoticeTests: no login, 404 for a draft or a withdrawn notice"),
            entry("GET /api/v1/portal/notices", "NoticeTests: county its own, another county's never, township 403"),
            entry("GET /api/v1/portal/notices/{id}", "NoticeTests: county 200, another county 404, township 403"),
            entry("POST /api/v1/portal/notices", "NoticeTests: county drafts, township 403; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/portal/notices/{id}", "NoticeTests: county changes, stale version 409, another county 404; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/portal/notices/{id}/publish", "NoticeTests: county publishes, another county 404, "
                    + "township 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/portal/notices/{id}/withdraw", "NoticeTests: county withdraws, another county 404; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/portal/notices/{id}/attachments", "NoticeTests: county attaches a real PDF, garbage "
                    + "400, another county 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/portal/notices/{id}/attachments/{attachmentId}", "NoticeTests: county 200, another "
                    + "county 404, township 403"),
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
            // township assessment, supervision tasks, reports (issue 13)
            entry("GET /api/v1/stats/assessment/measures", "AssessmentTests: the county lists every measure bean"),
            entry("GET /api/v1/stats/assessment/{year}", "AssessmentTests: county all, township own row before publication, company 403"),
            entry("POST /api/v1/stats/assessment/{year}/indicators", "AssessmentTests: the county adds, duplicates 422; WriteEndpointFuzzTests"),
            entry("DELETE /api/v1/stats/assessment/{year}/indicators/{id}", "AssessmentTests: refused once approved; WriteEndpointFuzzTests"),
            entry("POST /api/v1/stats/assessment/{year}/copy", "AssessmentTests: the county copies once; WriteEndpointFuzzTests"),
            entry("POST /api/v1/stats/assessment/{year}/compute", "AssessmentTests: the county computes, township 403; WriteEndpointFuzzTests"),
            entry("POST /api/v1/stats/assessment/{year}/approve", "AssessmentTests: county only after every entry; WriteEndpointFuzzTests"),
            entry("POST /api/v1/stats/assessment/{year}/publish", "AssessmentTests: county only once approved; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/assessment/{year}/townships/{townshipId}", "AssessmentTests: county any, township own, another township 404"),
            entry("POST /api/v1/stats/assessment/{year}/townships/{townshipId}/entries/{indicatorId}", "AssessmentTests: the county enters, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/assessment/{year}/townships/{townshipId}/entries/{indicatorId}/evidence", "AssessmentTests: the township downloads its own evidence"),
            entry("GET /api/v1/stats/supervision/tasks", "SupervisionTests: county all, township own, community 403"),
            entry("POST /api/v1/stats/supervision/tasks", "SupervisionTests: county assigns, township 403, another county's township 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/supervision/tasks/{id}", "SupervisionTests: own township 200, another 404"),
            entry("POST /api/v1/stats/supervision/tasks/{id}/report", "SupervisionTests: own township, another 404, county 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/supervision/tasks/{id}/attachment", "SupervisionTests: own township downloads"),
            entry("POST /api/v1/stats/supervision/tasks/{id}/accept", "SupervisionTests: county only after a report; WriteEndpointFuzzTests"),
            entry("POST /api/v1/stats/supervision/tasks/{id}/return", "SupervisionTests: county with a reason, township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/reports", "ReportTests: a township sees none of another's"),
            entry("POST /api/v1/stats/reports", "ReportTests: own region 202, another township's 404; WriteEndpointFuzzTests"),
            entry("GET /api/v1/stats/reports/{id}", "ReportTests: own and the county 200, another township 404"),
            entry("GET /api/v1/stats/reports/{id}/pdf", "ReportTests: inside 200, another township 404"),
            entry("GET /api/v1/stats/reports/{id}/xlsx", "ReportTests: the county downloads its own"),
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
            // management areas (decision 0027)
            entry("GET /api/v1/estates/{estateId}/areas", "ManagementAreaTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/estates/{estateId}/areas", "ManagementAreaTests: township or county inside, 404 "
                    + "outside, 403 for a community, company or committee; WriteEndpointFuzzTests"),
            entry("GET /api/v1/estates/{estateId}/areas/{areaId}", "ManagementAreaTests: 200 inside, 404 for an area "
                    + "of another estate or township"),
            entry("PUT /api/v1/estates/{estateId}/areas/{areaId}", "ManagementAreaTests: renames inside, 404 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/estates/{estateId}/areas/{areaId}/buildings", "ManagementAreaTests: moves buildings "
                    + "of the estate only, never empties a held area, 404 outside, 403 for a company; WriteEndpointFuzzTests"),
            entry("DELETE /api/v1/estates/{estateId}/areas/{areaId}", "ManagementAreaTests: empty unheld areas only, "
                    + "never the last; WriteEndpointFuzzTests"),
            entry("POST /api/v1/estates", "AccessMatrixTests: creates inside as the role permits, 404/403 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/estates/{id}/buildings", "DeliveredBuildingTests: county, township and community "
                    + "inside, 404 for another township, 403 for a company, owner or committee; WriteEndpointFuzzTests"),
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
            entry("POST /api/v1/fund/income-batches", "IncomeBatchTests: county allocates its own county only, "
                    + "township 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/fund/income-batches", "IncomeBatchTests: township sees the county's batches over it, "
                    + "owner 403"),
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
                    + "WriteEndpointFuzzTests"),
            // handovers, owner roll, petitions (issue 4 gaps, decision 0024)
            entry("GET /api/v1/handovers", "HandoverTests: own township's handovers only, never another's"),
            entry("GET /api/v1/handovers/{id}", "HandoverTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/handovers", "HandoverTests: township opens inside, 404 outside, 403 for the "
                    + "committee; WriteEndpointFuzzTests"),
            entry("PUT /api/v1/handovers/{id}/items", "HandoverTests: community and own committee, 404 outside, "
                    + "403 property company; WriteEndpointFuzzTests"),
            entry("POST /api/v1/handovers/{id}/confirmations", "HandoverTests: sides by writer or own committee, "
                    + "witness by the township only (community and committee 403); WriteEndpointFuzzTests"),
            entry("POST /api/v1/handovers/{id}/intervention", "HandoverTests: township orders, 404 outside, "
                    + "community and committee 403; WriteEndpointFuzzTests"),
            entry("GET /api/v1/roll-handovers", "HandoverTests: lists inside"),
            entry("GET /api/v1/roll-handovers/{id}", "HandoverTests: 200 inside, 404 for another township"),
            entry("POST /api/v1/roll-handovers", "HandoverTests: inside, 404 for another township's estate, "
                    + "403 property company; WriteEndpointFuzzTests"),
            entry("POST /api/v1/roll-handovers/{id}/delivery", "HandoverTests: inside, 404 outside; "
                    + "WriteEndpointFuzzTests"),
            entry("GET /api/v1/petitions", "PetitionTests: another township sees none"),
            entry("GET /api/v1/petitions/{id}", "PetitionTests: 200 inside, 404 outside"),
            entry("POST /api/v1/petitions", "PetitionTests: township or own committee files, 404 outside, 403 "
                    + "property company; WriteEndpointFuzzTests"),
            entry("POST /api/v1/petitions/{id}/order", "PetitionTests: township orders, 404 outside, community 403; "
                    + "WriteEndpointFuzzTests"),
            entry("POST /api/v1/petitions/{id}/decision", "PetitionTests: township records, 403 property company; "
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
