package org.anju.identity;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The access matrix's fuzz test (issue 3): every write endpoint under /api, found in the handler
 * mapping (so a new one is fuzzed without a line here), gets malformed JSON, wrong types, huge
 * strings, negative and absurd numbers, unknown enum values, SQL and HTML injection, an empty body
 * and garbage files, as a county account so that jurisdiction hides nothing. Never a 5xx; a refused
 * request leaves every table of the modules' prefixes (reg_, mkt_, gov_, pty_, cal_, vot_, cas_, dsc_, tnd_, fnd_, iot_,
 * lsv_, bil_, sts_, rat_, crd_, ins_, gbg_, rnw_, wfc_, ptl_) and idn_account as it was; an accepted one is a whole
 * record that reads back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteEndpointFuzzTests extends IntegrationTest {

    static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** One write endpoint as the mapping declares it. */
    record Endpoint(HttpMethod method, String pattern, HandlerMethod handler, boolean multipart) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** One request to send: what it is called, and how to build it from a resolved path. */
    record Attack(String name, java.util.function.Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JsonMapper json;

    String county;
    final Map<String, Long> ids = new LinkedHashMap<>();
    List<String> tables;

    @BeforeAll
    void place() {
        long region = fixtures.region(null, "COUNTY", fixtures.unique("模糊县"));
        long town = fixtures.region(region, "TOWNSHIP", "镇");
        long community = fixtures.region(town, "COMMUNITY", "社区");
        long estate = fixtures.estate(community, fixtures.unique("院"));
        long building = fixtures.building(estate, "1号楼");
        long house = fixtures.house(building, "1", "101", "80.00");
        ids.put("community", community);
        ids.put("region", region);
        ids.put("estate", estate);
        ids.put("building", building);
        ids.put("house", house);
        ids.put("tender", jdbc.sql("""
                insert into tnd_tender (estate_id, title, developer, requirements, deadline, opening_at, panel_size,
                                        status, created_by)
                values (?, '模糊招标', '模糊开发商', '模糊要求', now() + interval '10 days', now() + interval '11 days',
                        5, 'OPEN', 'fuzz') returning id""").param(estate).query(Long.class).single());
        ids.put("owner", fixtures.owner("模糊业主", fixtures.unique("4109271990"), "13800000000", house));
        String spare = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        ids.put("account", jdbc.sql("select id from idn_account where username = ?").param(spare)
                .query(Long.class).single());
        county = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(region, null, null, null, null));
        tables = jdbc.sql("""
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                  and not c.relispartition
                  and (split_part(c.relname, '_', 1) in ('reg', 'mkt', 'gov', 'pty', 'cal', 'vot', 'cas', 'dsc', 'tnd', 'fnd', 'iot', 'lsv', 'bil', 'sts', 'rat', 'crd', 'ins', 'gbg', 'rnw', 'wfc', 'ptl')
                       or c.relname like 'idn\\_account%')
                order by c.relname""").query(String.class).list();
        watch();
        moved();
        fixtures.region(town, "COMMUNITY", "探针社区");
        assertThat(moved()).as("the tally sees a write in a watched table").containsEntry("reg_region", 1L);
    }

    /** Every POST, PUT, PATCH and DELETE under /api/, from the handler mapping. */
    static List<Endpoint> writeEndpoints(RequestMappingHandlerMapping mapping) {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
            for (String pattern : info.getPatternValues()) {
                var methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.POST)
                        : info.getMethodsCondition().getMethods();
                for (var m : methods) {
                    HttpMethod method = HttpMethod.valueOf(m.name());
                    if (pattern.startsWith("/api/") && WRITES.contains(method)) {
                        found.add(new Endpoint(method, pattern, e.getValue(), multipart));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::toString));
        return found;
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesGarbageWithoutA5xxOrAPartialWrite() {
        List<Endpoint> endpoints = writeEndpoints(mapping);
        assertThat(endpoints).as("write endpoints found").isNotEmpty();
        return endpoints.stream().flatMap(endpoint -> attacks(endpoint).stream().map(attack ->
                DynamicTest.dynamicTest(endpoint + " with " + attack.name(), () -> send(endpoint, attack))));
    }

    private void send(Endpoint endpoint, Attack attack) throws Exception {
        moved();
        String path = resolve(endpoint.pattern());
        MockHttpServletResponse response = mvc.perform(attack.request().apply(path)
                .with(fixtures.as(county)).with(csrf())).andReturn().getResponse();
        int status = response.getStatus();
        assertThat(status).as("status of " + endpoint + " with " + attack.name() + ": "
                + response.getContentAsString()).isLessThan(500);
        Map<String, Long> moved = moved();
        if (status >= 300) {
            assertThat(moved).as("row counts moved by a refused " + endpoint).isEmpty();
            return;
        }
        // Accepted: nothing removed, and what was created reads back whole.
        moved.forEach((table, n) -> assertThat(n).as("rows of " + table).isPositive());
        String location = response.getHeader("Location");
        if (location != null) {
            int read = mvc.perform(get(location).with(fixtures.as(county))).andReturn().getResponse().getStatus();
            assertThat(read).as("reading back " + location).isEqualTo(200);
        }
    }

    /**
     * Every watched table gets a row trigger that adds +1 per insert and -1 per delete to fuzz_tally, in the writing
     * transaction: a rolled-back write leaves no tally, exactly like its rows. One query then tells how each table's
     * row count moved, where counting 175 tables twice per request took most of this test's 14 minutes.
     */
    private void watch() {
        jdbc.sql("create unlogged table if not exists fuzz_tally (tbl text primary key, net bigint not null)").update();
        jdbc.sql("""
                create or replace function fuzz_tally_row() returns trigger language plpgsql as $$
                begin
                    insert into fuzz_tally (tbl, net) values (TG_TABLE_NAME, case when TG_OP = 'INSERT' then 1 else -1 end)
                    on conflict (tbl) do update set net = fuzz_tally.net + excluded.net;
                    return null;
                end $$""").update();
        tables.forEach(t -> jdbc.sql("create trigger fuzz_tally after insert or delete on " + t
                + " for each row execute function fuzz_tally_row()").update());
    }

    @AfterAll
    void unwatch() {
        tables.forEach(t -> jdbc.sql("drop trigger if exists fuzz_tally on " + t).update());
        jdbc.sql("drop function if exists fuzz_tally_row()").update();
        jdbc.sql("drop table if exists fuzz_tally").update();
    }

    /** How each watched table's row count moved since the last call (tables that did not move are absent). */
    private Map<String, Long> moved() {
        Map<String, Long> moved = new LinkedHashMap<>();
        jdbc.sql("delete from fuzz_tally returning tbl, net").query((rs, n) -> moved.put(rs.getString(1), rs.getLong(2)))
                .list();
        moved.values().removeIf(n -> n == 0);
        return moved;
    }

    /** Fills each {var} with a fixture id named by the segment before it (/estates/{id} → an estate). */
    private String resolve(String pattern) {
        Matcher m = Pattern.compile("([a-z-]+)/\\{[^}]+}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String segment = m.group(1);
            String singular = segment.endsWith("ies") ? segment.substring(0, segment.length() - 3) + "y"
                    : segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
            m.appendReplacement(out, segment + "/" + ids.getOrDefault(singular, ids.get("estate")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<Attack> attacks(Endpoint e) {
        List<Attack> attacks = new ArrayList<>();
        attacks.add(raw("malformed JSON", e, MediaType.APPLICATION_JSON, "{\"name\": \"x\","));
        attacks.add(raw("an empty body", e, MediaType.APPLICATION_JSON, ""));
        attacks.add(raw("JSON null", e, MediaType.APPLICATION_JSON, "null"));
        attacks.add(raw("an array for an object", e, MediaType.APPLICATION_JSON, "[1,2,3]"));
        attacks.add(raw("deep nesting", e, MediaType.APPLICATION_JSON, "[".repeat(5000) + "]".repeat(5000)));
        attacks.add(raw("XML", e, MediaType.APPLICATION_XML, "<a>1</a>"));
        attacks.add(new Attack("a garbage multipart file", path -> MockMvcRequestBuilders.multipart(e.method(), path)
                .file(new MockMultipartFile("file", "r.xlsx", "application/octet-stream", FuzzValues.garbage()))));
        attacks.add(new Attack("an empty multipart file", path -> MockMvcRequestBuilders.multipart(e.method(), path)
                .file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[0]))));
        attacks.add(new Attack("a multipart without its file", path -> MockMvcRequestBuilders.multipart(e.method(), path)
                .file(new MockMultipartFile("other", "r.csv", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8)))));
        attacks.add(new Attack("a negative path id", path -> request(e, absurdId(e, path, "-1"))));
        attacks.add(new Attack("an overflowing path id", path -> request(e, absurdId(e, path, "99999999999999999999"))));
        attacks.add(new Attack("a path id with SQL", path -> request(e, absurdId(e, path, "1%20or%201=1"))));
        Class<?> body = bodyType(e);
        if (body != null && body.isRecord()) {
            for (RecordComponent field : body.getRecordComponents()) {
                for (Object value : FuzzValues.variants(field.getType())) {
                    attacks.add(new Attack(field.getName() + " = " + FuzzValues.describe(value),
                            path -> jsonRequest(e, path, bodyWith(body, field.getName(), value))));
                }
            }
            attacks.add(new Attack("an unknown field", path -> {
                Map<String, Object> b = validBody(body);
                b.put("id", 1);
                b.put("__proto__", Map.of("admin", true));
                return jsonRequest(e, path, b);
            }));
        }
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestParam.class) && !p.getParameterType().getName().contains("Multipart")) {
                String name = p.getParameterName() == null ? p.getParameterAnnotation(RequestParam.class).name()
                        : p.getParameterName();
                for (Object value : List.of(FuzzValues.HUGE, "-1", "99999999999999999999", "<script>", "' or 1=1 --")) {
                    attacks.add(new Attack("parameter " + name + " = " + FuzzValues.describe(value),
                            path -> request(e, path).param(name, String.valueOf(value))));
                }
            }
        }
        return attacks;
    }

    private static String absurdId(Endpoint e, String path, String id) {
        return e.pattern().contains("{") ? path.replaceFirst("/\\d+(/|$)", "/" + id + "$1") : path;
    }



    private Map<String, Object> bodyWith(Class<?> body, String field, Object value) {
        Map<String, Object> b = validBody(body);
        b.put(field, value);
        return b;
    }

    /** A body that would be accepted, so each attack changes exactly one thing. */
    private Map<String, Object> validBody(Class<?> body) {
        Map<String, Object> b = new LinkedHashMap<>();
        for (RecordComponent c : body.getRecordComponents()) {
            b.put(c.getName(), validValue(c.getName(), c.getType()));
        }
        return b;
    }

    private Object validValue(String name, Class<?> type) {
        if (type == String.class) {
            return fixtures.unique("模糊测试");
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("88.00");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return name.endsWith("Id") ? ids.getOrDefault(name.substring(0, name.length() - 2), 1L)
                    : name.toLowerCase().contains("year") ? 2000 : 1;
        }
        return null;
    }

    private static Class<?> bodyType(Endpoint e) {
        for (MethodParameter p : e.handler().getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return p.getParameterType();
            }
        }
        return null;
    }

    private Attack raw(String name, Endpoint e, MediaType type, String content) {
        return new Attack(name, path -> request(e, path).contentType(type).content(content));
    }

    private AbstractMockHttpServletRequestBuilder<?> jsonRequest(Endpoint e, String path, Map<String, Object> body) {
        return request(e, path).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static AbstractMockHttpServletRequestBuilder<?> request(Endpoint e, String path) {
        return MockMvcRequestBuilders.request(e.method(), path);
    }


}
