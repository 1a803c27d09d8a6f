package org.anju.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.Selections;
import org.anju.workforce.WorkforceView.Selection;
import org.anju.workforce.WorkforceView.SelectionDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published 最美物业人 results, without login: names, positions, companies and deeds only. */
@RestController
@RequestMapping("/api/v1/public/staff-selections")
@Tag(name = "public", description = "公众 (无需登录)")
class PublicSelectionApi {

    private final Selections selections;

    PublicSelectionApi(Selections selections) {
        this.selections = selections;
    }

    @GetMapping
    @Operation(summary = "已公布的最美物业人评选")
    PageResult<Selection> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return selections.publicList(PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "已公布评选的当选人员 (姓名、岗位、企业、事迹)")
    SelectionDetail get(@PathVariable long id) {
        return selections.publicDetail(id);
    }
}
