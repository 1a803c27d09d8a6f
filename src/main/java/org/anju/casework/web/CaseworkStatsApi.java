package org.anju.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.anju.casework.CaseStats;
import org.anju.casework.CaseworkStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision figures of complaints: response, on-time, resolution and satisfaction rates. */
@RestController
@Tag(name = "casework", description = "投诉与工单: 受理、按权责清单派单、办理、评价")
class CaseworkStatsApi {

    private final CaseworkStats stats;

    CaseworkStatsApi(CaseworkStats stats) {
        this.stats = stats;
    }

    @GetMapping("/api/v1/stats/casework")
    @Operation(summary = "投诉办理统计: 按乡镇 (TOWNSHIP)、承办单位 (BODY) 或月份 (MONTH) 的响应率、按时办结率、解决率、满意率")
    CaseStats get(@RequestParam(required = false) CaseStats.Grouping groupBy,
                  @RequestParam(required = false) Long townshipId,
                  @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to) {
        return stats.stats(groupBy, townshipId, from, to);
    }
}
