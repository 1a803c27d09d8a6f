package org.anju.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Audit for auditors: the chain verified on demand, the trail exported as a CSV that verifies
 * offline; both only with AUDIT_READ, both recorded. (That a delete is refused is AuditChainTests'.)
 */
class AuditExportTests extends IntegrationTest {

    @Autowired
    AuditLog audit;

    String officer;
    String clerk;
    String marker;
    String today;

    @BeforeEach
    void accounts() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        officer = fixtures.account(Role.COUNTY_AUTHORITY, new Binding(county, null, null, null, null));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE,
                new Binding(fixtures.region(county, "TOWNSHIP", "镇"), null, null, null, null));
        marker = fixtures.unique("审计导出");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        // Values a spreadsheet would run as a formula, a comma, quotes and a line break.
        audit.recordAs(marker, new AuditEntry("UPDATE", "estate", "7", "=HYPERLINK(\"x\"),改名\n第二行",
                java.util.Map.of("name", "旧"), java.util.Map.of("name", "新"), "-理由"));
        audit.recordAs(marker, new AuditEntry("REVEAL", "owner", "8", marker, null, null, "核实身份"));
    }

    private long entries(String action) {
        return jdbc.sql("select count(*) from idn_audit_event where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void theCountyVerifiesTheChainFromTheApiAndTheConsoleAndEachCheckIsRecorded() throws Exception {
        long before = entries("VERIFY");
        mvc.perform(post("/api/v1/audit/verify").with(fixtures.as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBadId").doesNotExist())
                .andExpect(jsonPath("$.lastHash").isString());
        mvc.perform(post("/console/audit/verify").with(fixtures.as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-verification\"")))
                .andExpect(content().string(containsString("审计链完整")));
        assertThat(entries("VERIFY")).isEqualTo(before + 2);
    }

    @Test
    void aTamperedEntryIsNamedByTheConsoleCheck() throws Exception {
        long target = jdbc.sql("select max(id) from idn_audit_event where actor = ?").param(marker)
                .query(Long.class).single();
        jdbc.sql("alter table idn_audit_event disable trigger idn_audit_no_update").update();
        try {
            jdbc.sql("update idn_audit_event set reason = '篡改' where id = ?").param(target).update();
            mvc.perform(post("/api/v1/audit/verify").with(fixtures.as(officer)).with(csrf()))
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBadId").value(target));
        } finally {
            jdbc.sql("update idn_audit_event set reason = '核实身份' where id = ?").param(target).update();
            jdbc.sql("alter table idn_audit_event enable trigger idn_audit_no_update").update();
        }
    }

    @Test
    void theExportIsAnExcelFriendlyCsvThatVerifiesOffline() throws Exception {
        long before = entries("EXPORT");
        byte[] body = mvc.perform(get("/api/v1/audit/export").param("from", today).param("to", today)
                        .with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries("EXPORT")).isEqualTo(before + 1);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,occurred_at,");
        List<List<String>> rows = parse(csv.substring(1));
        List<String> header = rows.get(0);
        assertThat(header).contains("prev_hash", "hash");
        List<List<String>> data = rows.subList(1, rows.size());
        // Excel does not run the formula: the cell starts with a quote mark, which the check takes off again.
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\"),改名\n第二行\"", ",'-理由,");
        assertThat(data).anySatisfy(r -> assertThat(r.get(header.indexOf("summary"))).isEqualTo("=HYPERLINK(\"x\"),改名\n第二行"));
        // An auditor's own check: recompute every hash from the file alone, and follow the links.
        String prev = null;
        for (List<String> r : data) {
            assertThat(sha256(r, header)).as("entry " + r.get(0)).isEqualTo(r.get(header.indexOf("hash")));
            if (prev != null) {
                assertThat(r.get(header.indexOf("prev_hash"))).isEqualTo(prev);
            }
            prev = r.get(header.indexOf("hash"));
        }
        assertThat(data).anySatisfy(r -> assertThat(r.get(header.indexOf("summary"))).isEqualTo(marker));
    }

    @Test
    void theExportNeedsADateRangeAndAuditRead() throws Exception {
        mvc.perform(get("/api/v1/audit/export").param("from", today).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit/export").param("from", today).param("to", "2020-01-01").with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/console/audit/export").param("from", today).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-export-error\"")));
        mvc.perform(get("/api/v1/audit/export").param("from", today).param("to", today).with(fixtures.as(clerk)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/audit/verify").with(fixtures.as(clerk)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/audit/export").param("from", today).param("to", today).with(fixtures.as(clerk)))
                .andExpect(status().isForbidden());
    }

    /** The recipe of docs/security.md: SHA-256 over length-prefixed fields; an empty cell is null. */
    private static String sha256(List<String> r, List<String> header) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String column : List.of("id", "occurred_at", "actor", "actor_role", "action", "entity_type", "entity_id",
                "summary", "reason", "remote_addr", "before_state", "after_state", "prev_hash")) {
            String v = r.get(header.indexOf(column));
            text.append(v == null ? -1 : v.length()).append(':').append(v == null ? "" : v).append('|');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * RFC 4180 as an auditor's tool reads it: an unquoted empty cell is null, a quoted one the empty
     * string; one leading ' (added against formula injection) is taken off again.
     */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\r') {
                row.add(value(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
                if (c == '\r') {
                    i++;
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static String value(StringBuilder cell, boolean quoted) {
        if (cell.isEmpty() && !quoted) {
            return null;
        }
        return cell.length() > 0 && cell.charAt(0) == '\'' ? cell.substring(1) : cell.toString();
    }
}
