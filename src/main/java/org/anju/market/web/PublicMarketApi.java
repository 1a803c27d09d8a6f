package org.anju.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.market.Companies;
import org.anju.market.CompanyView.PublicBar;
import org.anju.market.ContractView.PublicHandover;
import org.anju.market.Contracts;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the market publishes to everyone, without login: bars from new projects and handover results. */
@RestController
@RequestMapping("/api/v1/public")
@Tag(name = "public", description = "公开信息 (无需登录)")
class PublicMarketApi {

    private final Companies companies;
    private final Contracts contracts;

    PublicMarketApi(Companies companies, Contracts contracts) {
        this.companies = companies;
        this.contracts = contracts;
    }

    @GetMapping("/company-bars")
    @Operation(summary = "被限制承接新项目的企业及理由")
    PageResult<PublicBar> bars(@RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return companies.publicBars(PageRequest.of(page, size));
    }

    @GetMapping("/handovers")
    @Operation(summary = "承接查验结果 (可按小区)")
    PageResult<PublicHandover> handovers(@RequestParam(required = false) Long estateId,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return contracts.publicHandovers(estateId, PageRequest.of(page, size));
    }
}
