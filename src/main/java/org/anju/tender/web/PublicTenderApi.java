package org.anju.tender.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.tender.TenderView.Detail;
import org.anju.tender.Tenders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A tender's public notice and, once awarded, its result (no login). */
@RestController
@Tag(name = "public", description = "公众公开信息 (无需登录)")
class PublicTenderApi {

    private final Tenders tenders;

    PublicTenderApi(Tenders tenders) {
        this.tenders = tenders;
    }

    @GetMapping("/api/v1/public/tenders/{id}")
    @Operation(summary = "招标公告及中标结果 (定标后公布各投标报价、得分、评标专家和理由)")
    Detail get(@PathVariable long id) {
        return tenders.publicDetail(id);
    }
}
