package org.anju.rating;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 佐证材料 of a self-assessment through /api/v1/rating/rounds/{id}/entries/{projectId}/evidence and the console:
 * the company adds photos and PDFs to its own project only while its self-assessment is open, the raters of the
 * project's area read them, nobody else does, and a refused upload stores nothing (the access matrix rows of the
 * evidence endpoints name this class).
 */
class RatingEvidenceTests extends IntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes();
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    @Autowired
    JsonMapper json;

    long projectA;
    long projectB;
    String county1;
    String clerkA;
    String clerkB;
    String companyUserA;
    String companyUserB;
    String committeeA;
    String otherCounty;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("佐证县"));
        long townA = fixtures.region(county, "TOWNSHIP", "甲镇");
        long townB = fixtures.region(county, "TOWNSHIP", "乙镇");
        long comA = fixtures.region(townA, "COMMUNITY", "甲社区");
        long comB = fixtures.region(townB, "COMMUNITY", "乙社区");
        long estateA = fixtures.estate(comA, fixtures.unique("星光花园"));
        long estateB = fixtures.estate(comB, fixtures.unique("乙镇小区"));
        long companyA = fixtures.company(fixtures.unique("安泰物业"), fixtures.unique("91410930"), estateA);
        long companyB = fixtures.company(fixtures.unique("宜居物业"), fixtures.unique("91410931"), estateB);
        projectA = jdbc.sql("select id from mkt_project where estate_id = ?").param(estateA).query(Long.class).single();
        projectB = jdbc.sql("select id from mkt_project where estate_id = ?").param(estateB).query(Long.class).single();
        county1 = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        clerkA = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townA, null, null, null, null));
        clerkB = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(townB, null, null, null, null));
        companyUserA = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyA, null, null));
        companyUserB = fixtures.account(Role.PROPERTY_COMPANY, new Binding(null, null, companyB, null, null));
        committeeA = fixtures.account(Role.OWNERS_COMMITTEE, new Binding(null, estateA, null, null, null));
        long other = fixtures.region(null, "COUNTY", fixtures.unique("邻县"));
        otherCounty = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(other, null, null, null, null));
    }

    long openRound() throws Exception {
        String body = mvc.perform(post("/api/v1/rating/rounds").with(fixtures.as(county1)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "title", "2026年度星级评定", "selfDue", LocalDate.now(ZoneId.of("Asia/Shanghai"))
                                        .plusDays(20).toString()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String evidence(long round, long project) {
        return "/api/v1/rating/rounds/" + round + "/entries/" + project + "/evidence";
    }

    ResultActions upload(String who, long round, long project, String itemId, MockMultipartFile... files)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(evidence(round, project));
        Arrays.stream(files).forEach(request::file);
        if (itemId != null) {
            request.param("itemId", itemId);
        }
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()));
    }

    static MockMultipartFile file(String name, String declared, byte[] data) {
        return new MockMultipartFile("files", name, declared, data);
    }

    long stored(long round) {
        return jdbc.sql("select count(*) from rat_evidence v join rat_entry x on x.id = v.entry_id where x.round_id = ?")
                .param(round).query(Long.class).single();
    }

    long firstItem(long round) {
        return jdbc.sql("select min(i.id) from rat_standard_item i join rat_round r on r.standard_id = i.standard_id"
                + " where r.id = ?").param(round).query(Long.class).single();
    }

    @Test
    void theCompanyAddsPhotosAndAPdfThatOnlyTheRatersOfTheAreaAndTheCompanyRead() throws Exception {
        long round = openRound();
        long item = firstItem(round);
        upload(companyUserA, round, projectA, String.valueOf(item), file("巡查记录.pdf", "application/pdf", PDF),
                file("../../门岗.png", "image/png", PNG)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$[0].itemId").value(item))
                .andExpect(jsonPath("$[1].fileName").value("门岗.png"));
        upload(companyUserA, round, projectA, null, file("现场.jpg", "image/jpeg", JPEG))
                .andExpect(status().isCreated()).andExpect(jsonPath("$[0].itemId").isEmpty());
        long png = jdbc.sql("select id from rat_evidence where file_name = '门岗.png' and size = ?").param(PNG.length)
                .query(Long.class).list().stream().max(Long::compare).orElseThrow();
        // the company, the township of the area and the county read the list and the files
        for (String reader : List.of(companyUserA, clerkA, county1)) {
            mvc.perform(get(evidence(round, projectA)).with(fixtures.as(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(3));
        }
        mvc.perform(get(evidence(round, projectA) + "/" + png).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        // another company, another township, another county: 404; a role that never sees evidence: 403
        for (String outsider : List.of(companyUserB, clerkB, otherCounty)) {
            mvc.perform(get(evidence(round, projectA)).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(evidence(round, projectA) + "/" + png).with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(evidence(round, projectA)).with(fixtures.as(committeeA))).andExpect(status().isForbidden());
        mvc.perform(get(evidence(round, projectA) + "/" + png).with(fixtures.as(committeeA)))
                .andExpect(status().isForbidden());
        // a file of project A is not found under project B, even by B's own company
        mvc.perform(get(evidence(round, projectB) + "/" + png).with(fixtures.as(companyUserB)))
                .andExpect(status().isNotFound());
        // never on the public portal
        mvc.perform(get("/api/v1/public/ratings/" + projectA)).andExpect(content().string(not(containsString("门岗"))));
        // only the serving company adds: another company 404, the township 403; nothing stored
        upload(companyUserB, round, projectA, null, file("b.png", "image/png", PNG)).andExpect(status().isNotFound());
        upload(clerkA, round, projectA, null, file("c.png", "image/png", PNG)).andExpect(status().isForbidden());
        assertThat(stored(round)).isEqualTo(3);
        // the company deletes its own file while the self-assessment is open; another company cannot
        mvc.perform(delete(evidence(round, projectA) + "/" + png).with(fixtures.as(companyUserB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(evidence(round, projectA) + "/" + png).with(fixtures.as(clerkA)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(evidence(round, projectA) + "/" + png).with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(evidence(round, projectA) + "/" + png).with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(stored(round)).isEqualTo(2);
    }

    @Test
    void aFileOfTheWrongTypeOrSizeIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        long round = openRound();
        byte[] text = "not a picture at all".getBytes();
        // the name and the declared type do not count: the first bytes do
        upload(companyUserA, round, projectA, null, file("photo.png", "image/png", text))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("files[0]"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("JPEG")));
        // one bad file among good ones refuses the whole upload
        upload(companyUserA, round, projectA, null, file("ok.png", "image/png", PNG),
                file("scan.pdf", "application/pdf", WEBP)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("files[1]"));
        // a photo over 5 MB, a PDF over 10 MB; a PDF of 6 MB is fine
        upload(companyUserA, round, projectA, null, file("big.png", "image/png", sized(PNG,
                EvidenceFiles.MAX_PHOTO_BYTES + 1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("5 MB")));
        upload(companyUserA, round, projectA, null, file("big.pdf", "application/pdf", sized(PDF,
                EvidenceFiles.MAX_DOCUMENT_BYTES + 1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("10 MB")));
        // no file, too many files, an item outside the round's standard, an item id that is no number
        upload(companyUserA, round, projectA, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("files"));
        MockMultipartFile[] seven = new MockMultipartFile[EvidenceFiles.MAX_PER_UPLOAD + 1];
        Arrays.fill(seven, file("p.png", "image/png", PNG));
        upload(companyUserA, round, projectA, null, seven).andExpect(status().isBadRequest());
        upload(companyUserA, round, projectA, "999999999", file("p.png", "image/png", PNG))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itemId"));
        upload(companyUserA, round, projectA, "x", file("p.png", "image/png", PNG)).andExpect(status().isBadRequest());
        assertThat(stored(round)).isZero();
        upload(companyUserA, round, projectA, null, file("ok.pdf", "application/pdf", sized(PDF, 6 * 1024 * 1024)))
                .andExpect(status().isCreated());
        assertThat(stored(round)).isEqualTo(1);
    }

    @Test
    void evidenceIsClosedOnceTheTownshipHasReviewedAndTheRatersSeeItOnTheirPage() throws Exception {
        long round = openRound();
        upload(companyUserA, round, projectA, null, file("现场.png", "image/png", PNG)).andExpect(status().isCreated());
        long id = jdbc.sql("select max(v.id) from rat_evidence v join rat_entry x on x.id = v.entry_id"
                + " where x.round_id = ?").param(round).query(Long.class).single();
        String base = "/api/v1/rating/rounds/" + round + "/entries/" + projectA;
        mvc.perform(post(base + "/self-assessment").with(fixtures.as(companyUserA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(sheet(0.9))))
                .andExpect(status().isOk());
        // after the self-assessment and before the review the company still adds (it may revise until then)
        upload(companyUserA, round, projectA, null, file("补充.jpg", "image/jpeg", JPEG)).andExpect(status().isCreated());
        mvc.perform(post(base + "/township-review").with(fixtures.as(clerkA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(sheet(0.8))))
                .andExpect(status().isOk());
        upload(companyUserA, round, projectA, null, file("晚到.png", "image/png", PNG))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(delete(evidence(round, projectA) + "/" + id).with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(stored(round)).isEqualTo(2);
        // the township's page shows the thumbnails with links to the files; the owners' committee's page does not
        String page = "/console/rating/rounds/" + round + "/entries/" + projectA;
        mvc.perform(get(page).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evidence-files\"")))
                .andExpect(content().string(containsString(page + "/evidence/" + id)))
                .andExpect(content().string(not(containsString("id=\"evidence-form\""))));
        mvc.perform(get(page + "/evidence/" + id).with(fixtures.as(clerkA))).andExpect(status().isOk())
                .andExpect(content().bytes(PNG));
        mvc.perform(get(page).with(fixtures.as(committeeA))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"evidence-files\""))));
        mvc.perform(get(page + "/evidence/" + id).with(fixtures.as(committeeA))).andExpect(status().isForbidden());
    }

    @Test
    void theCompanyUploadsAndDeletesOnItsProjectPage() throws Exception {
        long round = openRound();
        String page = "/console/rating/rounds/" + round + "/entries/" + projectA;
        mvc.perform(get(page).with(fixtures.as(companyUserA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"evidence-form\"")));
        mvc.perform(multipart(page + "/evidence").file(file("门岗.png", "image/png", PNG)).param("itemId", "")
                        .with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(page + "/evidence").file(file("x.png", "image/png", "GIF89a....".getBytes()))
                        .with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("只接受 JPEG、PNG 照片或 PDF 文件")));
        assertThat(stored(round)).isEqualTo(1);
        long id = jdbc.sql("select max(v.id) from rat_evidence v join rat_entry x on x.id = v.entry_id"
                + " where x.round_id = ?").param(round).query(Long.class).single();
        mvc.perform(post(page + "/evidence/" + id + "/delete").with(fixtures.as(companyUserA)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(round)).isZero();
    }

    /** A sheet giving every scored item of the default standard that share of its maximum. */
    Map<String, Object> sheet(double share) {
        Map<Integer, Long> ids = new HashMap<>();
        jdbc.sql("select i.position, i.id from rat_standard_item i join rat_standard s on s.id = i.standard_id"
                        + " join rat_round r on r.standard_id = s.id join rat_entry x on x.round_id = r.id"
                        + " where x.project_id = ?").param(projectA)
                .query((rs, n) -> ids.put(rs.getInt(1), rs.getLong(2))).list();
        Map<String, Object> points = new HashMap<>();
        DefaultStandard.standard().scored().forEach(i -> points.put(String.valueOf(ids.get(i.position())),
                i.maxScore().multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.HALF_UP)));
        return Map.of("points", points, "note", "现场核查");
    }

    static byte[] sized(byte[] head, int size) {
        byte[] data = Arrays.copyOf(head, size);
        return data;
    }
}
