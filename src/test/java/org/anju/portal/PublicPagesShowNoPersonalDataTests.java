package org.anju.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public page and public API answers without login and shows no personal data (issue 13, done means): each
 * GET handler under /public/**, /api/v1/public/**, /portal/** and the front page is taken from the handler
 * mapping, its path variables filled from the demo data by a resolver per variable, requested anonymously, and its
 * body scanned for 18-digit ID numbers and 11-digit mobile numbers. A new public page whose path variable has no
 * resolver fails this test, so none is skipped silently. The only numbers allowed are those the law makes public
 * (decision 0022): the county's service hotlines and the contact numbers a company must post on its disclosure
 * board (Henan regulation art. 39: the project manager's and the complaint number).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesShowNoPersonalDataTests extends IntegrationTest {

    /** 18 digits (the last may be X): a resident ID number, whatever its checksum. */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    /** A mainland mobile number, written together or in groups of 3-4-4. */
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");
    /** The county's published service hotlines (none of Taiqian's is a mobile number today: 12345 is five digits). */
    static final Set<String> COUNTY_HOTLINES = Set.of();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    final Map<String, Supplier<String>> resolvers = new LinkedHashMap<>();
    Set<String> allowed;
    long notice;
    long attachment;

    @BeforeAll
    void demoValues() {
        // a published notice with an attachment, so the download is scanned too
        notice = jdbc.sql("""
                insert into ptl_notice (region_path, category, title, body, status, published_on, created_by)
                values ('/', 'NOTICE', '扫描用公告', '正文', 'PUBLISHED', current_date, 'test') returning id""")
                .query(Long.class).single();
        attachment = jdbc.sql("""
                insert into ptl_notice_attachment (notice_id, filename, content_type, size, data)
                values (?, 'a.pdf', 'application/pdf', 9, ?) returning id""")
                .params(notice, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)).query(Long.class).single();
        // the richest demo estate: a published board, a committee, complaints, fund uses
        resolvers.put("estates/{id}", () -> one("""
                select b.estate_id from dsc_board b
                order by (select count(*) from gov_committee g where g.estate_id = b.estate_id and g.status = 'FILED') desc,
                         (select count(*) from fnd_usage u where u.estate_id = b.estate_id) desc, b.estate_id limit 1"""));
        resolvers.put("tenders/{id}", () -> one("select id from tnd_tender order by status = 'AWARDED' desc, id limit 1"));
        resolvers.put("notices/{id}", () -> String.valueOf(notice));
        resolvers.put("attachments/{attachmentId}", () -> String.valueOf(attachment));
        resolvers.put("inspections/{id}", () -> one("select id from ins_plan where status = 'DRAWN' order by id limit 1"));
        resolvers.put("ratings/{projectId}", () -> one("""
                select e.project_id from rat_entry e join rat_round r on r.id = e.round_id
                where r.status = 'PUBLISHED' and e.stage = 'PUBLISHED' and e.star is not null and not e.vetoed
                order by r.published_on desc, e.id limit 1"""));
        resolvers.put("staff-selections/{id}", () -> one("select id from wfc_selection where status = 'PUBLISHED' order by id limit 1"));
        resolvers.put("{year}", () -> String.valueOf(LocalDate.now().getYear() - 1));
        allowed = new HashSet<>(COUNTY_HOTLINES);
        allowed.addAll(jdbc.sql("""
                select p from dsc_board b, unnest(array[b.manager_phone, b.complaint_phone, b.lift_contractor_phone,
                                                        b.fire_contractor_phone]) p where p is not null""")
                .query(String.class).list());
    }

    @Test
    void everyPublicPageAnswersWithoutLoginAndShowsNoIdOrMobileNumber() throws Exception {
        List<String> urls = new ArrayList<>(publicGetUrls());
        // pages that show more with a query: the search results and the demo complaint's progress
        urls.add("/public/estates?q=" + enc("小区"));
        urls.add("/public/complaints/new?q=" + enc("小区"));
        urls.add("/public/notices?q=" + enc("物业"));
        String demoComplaint = jdbc.sql("select number from ptl_public_complaint order by filed_at limit 1")
                .query(String.class).single();
        urls.add("/public/complaints/status?number=" + demoComplaint + "&code=ANJU2026");
        List<String> problems = new ArrayList<>();
        for (String url : urls) {
            if (url.endsWith(".pdf") && !chineseFontInstalled()) {
                continue; // rendering needs the font (HtmlPdf); PDF bodies are not scanned anyway
            }
            MockHttpServletResponse r = mvc.perform(get(url)).andReturn().getResponse();
            if (r.getStatus() != 200) {
                problems.add(url + " answered " + r.getStatus());
                continue;
            }
            String type = String.valueOf(r.getContentType());
            if (type.contains("pdf") || type.contains("octet-stream") || type.startsWith("image/")) {
                continue;
            }
            String body = r.getContentAsString(StandardCharsets.UTF_8);
            find(ID_NUMBER, body).forEach(m -> problems.add(url + " shows an ID number " + m));
            find(MOBILE, body).stream().filter(m -> !allowed.contains(m.replaceAll("[ -]", "")))
                    .forEach(m -> problems.add(url + " shows a mobile number " + m));
        }
        assertThat(urls).as("public pages found").hasSizeGreaterThan(15);
        assertThat(problems).as("public pages with personal data or not answering").isEmpty();
    }

    @Test
    void theScanWouldCatchAnIdNumberAndAMobileNumber() {
        assertThat(find(ID_NUMBER, "身份证 41092719900101123X 号")).containsExactly("41092719900101123X");
        assertThat(find(MOBILE, "电话 139-1234-5678, 13912345678")).containsExactly("139-1234-5678", "13912345678");
        assertThat(find(MOBILE, "热线 12345, 编号 TS2026000001, 金额 13912345678901")).isEmpty();
    }

    /** The GET handlers anyone may call, their variables filled; fails naming every variable without a resolver. */
    private List<String> publicGetUrls() {
        Set<String> patterns = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream().filter(p -> p.equals("/") || p.startsWith("/public/")
                        || p.startsWith("/api/v1/public/") || p.startsWith("/portal/")).forEach(patterns::add);
            }
        });
        List<String> urls = new ArrayList<>();
        Set<String> unresolved = new TreeSet<>();
        Pattern variable = Pattern.compile("([^/]*)/\\{([^}:]+)(:[^}]*)?}");
        for (String pattern : patterns) {
            Matcher m = variable.matcher(pattern);
            StringBuilder url = new StringBuilder();
            while (m.find()) {
                Supplier<String> r = resolvers.getOrDefault(m.group(1) + "/{" + m.group(2) + "}",
                        resolvers.get("{" + m.group(2) + "}"));
                if (r == null) {
                    unresolved.add(pattern + " needs a resolver for " + m.group(1) + "/{" + m.group(2) + "}");
                    m.appendReplacement(url, "");
                    continue;
                }
                m.appendReplacement(url, Matcher.quoteReplacement(m.group(1) + "/" + r.get()));
            }
            m.appendTail(url);
            urls.add(url.toString());
        }
        assertThat(unresolved).as("public GET pages whose path variables this test cannot fill").isEmpty();
        return urls;
    }

    /** Whether HtmlPdf can render here (the CI machine has the font; a bare one may not). */
    private static boolean chineseFontInstalled() {
        String configured = System.getenv("ANJU_PDF_FONT");
        return (configured != null && !configured.isBlank())
                || java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
                || java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/fonts/truetype/arphic/uming.ttf"))
                || java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"));
    }

    private String one(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    private static List<String> find(Pattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
