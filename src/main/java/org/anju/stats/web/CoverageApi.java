package org.anju.stats.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.stats.Coverage;
import java.util.List;
import java.util.Map;
import org.anju.stats.CoverageDashboard;
import org.anju.stats.CoverageDrill;
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

    @GetMapping("/coverage/communities")
    @Operation(summary = "某乡镇办各社区的三率 (下钻第二级)", description = "township: the township's own row; "
            + "communities: one row per community. Outside the jurisdiction 404.")
    Map<String, Object> communities(@RequestParam long townshipId) {
        CoverageDrill drill = dashboard.drill(townshipId, null);
        return Map.of("township", drill.total(), "communities", drill.rows());
    }

    @GetMapping("/coverage/estates")
    @Operation(summary = "某社区各小区是否已组建业委会、有物业服务、有党组织覆盖 (下钻第三级)")
    Map<String, Object> estates(@RequestParam long communityId) {
        CoverageDrill drill = dashboard.drill(null, communityId);
        return Map.of("community", drill.total(), "estates", drill.estates());
    }

    @GetMapping("/coverage/trend")
    @Operation(summary = "三率月度趋势 (各月末, 本月为今日), 由业委会备案/解散、服务形式期间、党组织成立日期的历史计算",
            description = "months 1..36, default 12; townshipId or communityId narrow the scope.")
    List<Coverage.Point> trend(@RequestParam(required = false) Long townshipId,
                               @RequestParam(required = false) Long communityId,
                               @RequestParam(defaultValue = "12") int months) {
        return dashboard.trend(townshipId, communityId, months);
    }
}
