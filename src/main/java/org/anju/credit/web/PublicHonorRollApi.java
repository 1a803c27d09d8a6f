package org.anju.credit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditView.HonorRoll;
import org.anju.platform.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The red and black lists and every company's grade, for anyone (no login, no personal data). */
@RestController
@Tag(name = "public", description = "公众公开信息 (无需登录)")
class PublicHonorRollApi {

    private final CreditBook book;

    PublicHonorRollApi(CreditBook book) {
        this.book = book;
    }

    @GetMapping("/api/v1/public/honor-roll")
    @Operation(summary = "物业服务企业红黑榜和信用等级 (失信记录最多公示5年)")
    HonorRoll honorRoll(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                        @RequestParam(required = false) Integer size) {
        return book.honorRoll(text, PageRequest.of(page, size));
    }
}
