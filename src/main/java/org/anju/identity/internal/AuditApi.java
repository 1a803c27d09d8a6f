package org.anju.identity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.anju.identity.AuditChain;
import org.anju.identity.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors' tools: verify the hash chain, export a date range as CSV (AUDIT_READ). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "审计: 校验审计链、导出审计记录")
class AuditApi {

    private final AuditVerification verification;
    private final AuditExport export;

    AuditApi(AuditVerification verification, AuditExport export) {
        this.verification = verification;
        this.export = export;
    }

    @PostMapping("/verify")
    @Operation(summary = "校验审计链: 逐条重算哈希, 返回校验条数、是否完整、首个异常记录编号和最后一条的哈希 (记入审计)")
    AuditChain.Verification verify() {
        return verification.run();
    }

    @GetMapping("/export")
    @Operation(summary = "按日期范围导出审计记录 (CSV, UTF-8 BOM, 含 prev_hash 与 hash 便于离线校验; 记入审计)")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                HttpServletResponse response) {
        stream(export, new AuditTrail.Query(actor, action, entityType, entityId, from, to), response);
    }

    /** Streams the export into the response, headers set only once the request was accepted. */
    static void stream(AuditExport export, AuditTrail.Query q, HttpServletResponse response) {
        export.export(q, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"audit-" + q.from() + "-" + q.to() + ".csv\"");
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
