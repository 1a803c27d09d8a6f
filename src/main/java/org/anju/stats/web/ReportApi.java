package org.anju.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.stats.ReportKind;
import org.anju.stats.Reports;
import org.anju.stats.internal.ReportStore.Report;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Monthly and yearly reports (PDF and Excel), generated in the background and kept. */
@RestController
@RequestMapping("/api/v1/stats/reports")
@Tag(name = "统计考核")
class ReportApi {

    /** Body of POST /api/v1/stats/reports: period 2026-10 (MONTHLY) or 2026 (YEARLY). */
    record ReportRequest(Long regionId, ReportKind kind, String period) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "已生成的报表 (县级: 本县及各乡镇办; 乡镇办: 本乡镇办)")
    PageResult<Report> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reports.reports(PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "生成报表 (后台生成, 以 GET /{id} 查看进度)", description = "202 with the report row; one already "
            + "running is returned as it is. A region outside the caller's is 404.")
    ResponseEntity<Report> request(@RequestBody ReportRequest r) {
        if (r == null) {
            throw org.anju.platform.InvalidRequestException.field("regionId", "report.error.region");
        }
        return ResponseEntity.accepted().body(reports.request(r.regionId(), r.kind(), r.period()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "报表状态与进度")
    Report report(@PathVariable long id) {
        return reports.report(id);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "下载报表 PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Report r = reports.report(id);
        return Files.download(name(r) + ".pdf", "application/pdf", reports.file(id, "pdf"));
    }

    @GetMapping("/{id}/xlsx")
    @Operation(summary = "下载报表 Excel")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Report r = reports.report(id);
        return Files.download(name(r) + ".xlsx", XLSX, reports.file(id, "xlsx"));
    }

    static String name(Report r) {
        return r.regionName() + "-" + r.period();
    }
}
