package org.anju.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.inspection.InspectionView.PublicPlan;
import org.anju.inspection.Inspections;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's published draw and results, for anyone: the JSON the verifier takes. */
@RestController
@Tag(name = "public", description = "公众公开信息 (无需登录)")
class PublicInspectionApi {

    private final Inspections inspections;

    PublicInspectionApi(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/api/v1/public/inspections/{id}")
    @Operation(summary = "双随机抽查公开: 输入 (名录和权重)、种子哈希、抽取后的种子和结果、已公开的检查结果")
    PublicPlan get(@PathVariable long id) {
        return inspections.publicPlan(id);
    }
}
