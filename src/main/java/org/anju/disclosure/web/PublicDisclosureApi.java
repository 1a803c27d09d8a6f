package org.anju.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.disclosure.Board;
import org.anju.disclosure.Disclosures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The current board of an estate, for anyone (no login). */
@RestController
@Tag(name = "public", description = "公众公开信息 (无需登录)")
class PublicDisclosureApi {

    private final Disclosures disclosures;

    PublicDisclosureApi(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping("/api/v1/public/estates/{id}/disclosure")
    @Operation(summary = "小区当前公示栏 (无需登录; 仅当前版本; 尚未公示为 404)")
    Board get(@PathVariable long id) {
        return disclosures.publicBoard(id);
    }
}
