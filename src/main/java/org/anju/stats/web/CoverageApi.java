package org.anju.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.stats.Coverage;
import org.anju.stats.CoverageDashboard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coverage dashboard's figures: plan §(三)'s three rates per township, in the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "统计考核")
class CoverageApi {

    private final CoverageDashboard dashboard;

    CoverageApi(CoverageDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/coverage")
    @Operation(summary = "三率覆盖：业委会组建率、物业服务覆盖率、党组织覆盖率（按乡镇办）",
            description = "Rates are decimals 0..1 (4 places). County, township and community roles only (else 403); "
                    + "a townshipId outside the jurisdiction is 404.")
    Coverage coverage(@RequestParam(required = false) Long townshipId) {
        return dashboard.coverage(townshipId);
    }
}
