package org.anju.portal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anyone files a complaint on the portal without login: it enters casework with the channel PUBLIC, dispatched and
 * timed, the phone sealed; the filer looks it up by number and code and sees its progress, never personal data;
 * a robot's hidden field and a sixth filing within the hour from one address are refused with nothing written.
 */
class PublicComplaintTests extends IntegrationTest {

    static final AtomicInteger ADDRESS = new AtomicInteger(1);

    long estate;
    String category;
    RequestPostProcessor from;

    @BeforeEach
    void place() {
        estate = jdbc.sql("select estate_id from dsc_board order by estate_id limit 1").query(Long.class).single();
        category = jdbc.sql("select code from cas_category where active order by sort, code limit 1")
                .query(String.class).single();
        String address = "10.13.0." + ADDRESS.getAndIncrement();
        from = r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    MockHttpServletRequestBuilder filing(String phone, String... overrides) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("estateId", String.valueOf(estate));
        p.put("category", category);
        p.put("text", "楼道堆放杂物, 堵塞消防通道已一周");
        p.put("location", "3号楼2单元");
        p.put("reporterName", "王先生");
        p.put("reporterPhone", phone);
        for (int i = 0; i < overrides.length; i += 2) {
            p.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder b = post("/public/complaints").with(from).with(csrf());
        p.forEach(b::param);
        return b;
    }

    @Test
    void aComplaintFiledWithoutLoginIsDispatchedAndItsProgressShowsNoPersonalData() throws Exception {
        String page = mvc.perform(filing("13700001111")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String number = field(page, "receipt-number");
        String code = field(page, "receipt-code");
        assertThat(code).hasSize(8);

        var stored = jdbc.sql("select channel, reporter_phone_enc, entered_by, status from cas_case where number = ?")
                .param(number).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).single();
        assertThat(stored[0]).isEqualTo("PUBLIC");
        assertThat(stored[1]).isNotBlank().doesNotContain("13700001111");
        assertThat(stored[2]).isEqualTo("public");
        assertThat(jdbc.sql("select code_hash from ptl_public_complaint where number = ?").param(number)
                .query(String.class).single()).doesNotContain(code);

        mvc.perform(get("/public/complaints/status").param("number", number).param("code", code.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("status-badge")))
                .andExpect(content().string(not(containsString("13700001111"))))
                .andExpect(content().string(not(containsString("王先生"))))
                .andExpect(content().string(not(containsString("堵塞消防通道"))));
        mvc.perform(get("/public/complaints/status").param("number", number).param("code", "WRONG123"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("status-not-found")));
    }

    @Test
    void aClerkSeesThePublicComplaintWithItsPhoneMasked() throws Exception {
        String page = mvc.perform(filing("0393-5211234")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String number = field(page, "receipt-number");
        long id = jdbc.sql("select id from cas_case where number = ?").param(number).query(Long.class).single();
        String county = jdbc.sql("select username from idn_account where role = 'COUNTY_AUTHORITY' order by id limit 1")
                .query(String.class).single();
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"channel\":\"PUBLIC\"")))
                .andExpect(content().string(not(containsString("0393-5211234"))));
    }

    @Test
    void badFilingsAndTooManyFilingsAreRefusedWithNothingWritten() throws Exception {
        long before = count();
        mvc.perform(filing("12345")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("form-errors")));
        mvc.perform(filing("13700001111", "website", "http://spam.example"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(filing("13700001111", "text", "短")).andExpect(status().isUnprocessableContent());
        mvc.perform(filing("13700001111", "estateId", "999999999")).andExpect(status().isNotFound());
        assertThat(count()).isEqualTo(before);

        for (int i = 0; i < 5; i++) {
            mvc.perform(filing("13700001111")).andExpect(status().isOk());
        }
        mvc.perform(filing("13700001111")).andExpect(status().isTooManyRequests());
        assertThat(count()).as("5 cases and their 5 lookup rows").isEqualTo(before + 10);
    }

    @Test
    void theFormFindsTheEstateByName() throws Exception {
        String name = jdbc.sql("select name from reg_estate where id = ?").param(estate).query(String.class).single();
        mvc.perform(get("/public/complaints/new").param("q", name)).andExpect(status().isOk())
                .andExpect(content().string(containsString("estateId=" + estate)));
        mvc.perform(get("/public/complaints/new").param("estateId", String.valueOf(estate))).andExpect(status().isOk())
                .andExpect(content().string(containsString("complaint-form")));
    }

    long count() {
        return jdbc.sql("select count(*) from cas_case").query(Long.class).single()
                + jdbc.sql("select count(*) from ptl_public_complaint").query(Long.class).single();
    }

    static String field(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(html);
        assertThat(m.find()).as(id + " in the page").isTrue();
        return m.group(1).strip();
    }
}
