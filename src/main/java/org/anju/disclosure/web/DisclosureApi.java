package org.anju.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.anju.disclosure.Board;
import org.anju.disclosure.BoardDetail;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.BoardState;
import org.anju.disclosure.BoardSummary;
import org.anju.disclosure.Disclosures;
import org.anju.disclosure.Violation;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disclosure boards of the estates in the caller's jurisdiction: overview, history, publication, violations. */
@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "disclosure", description = "物业服务信息公示栏")
class DisclosureApi {

    private final Disclosures disclosures;

    DisclosureApi(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @GetMapping
    @Operation(summary = "管辖范围内各小区公示栏状态 (未公示、缺项、超3个月未更新、正常)")
    PageResult<BoardSummary> list(@RequestParam(required = false) Long townshipId,
                                  @RequestParam(required = false) Long communityId,
                                  @RequestParam(required = false) String name,
                                  @RequestParam(required = false) BoardState state,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return disclosures.overview(townshipId, communityId, name, state, PageRequest.of(page, size));
    }

    @GetMapping("/estates/{id}")
    @Operation(summary = "小区公示栏: 当前版本、历史版本、违规收费记录; 不在管辖范围内为 404")
    BoardDetail get(@PathVariable long id) {
        return disclosures.detail(id);
    }

    @GetMapping("/estates/{id}/versions/{version}")
    @Operation(summary = "公示栏的某一历史版本")
    Board version(@PathVariable long id, @PathVariable int version) {
        return disclosures.version(id, version);
    }

    @PostMapping("/estates/{id}")
    @Operation(summary = "物业服务企业发布公示栏新版本 (仅限本企业服务的小区; 历史版本不可修改)")
    ResponseEntity<Board> publish(@PathVariable long id, @RequestBody BoardDraft body) {
        Board b = disclosures.publish(id, body);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/estates/" + id + "/versions/" + b.version()))
                .body(b);
    }

    @PostMapping("/estates/{id}/violations")
    @Operation(summary = "乡镇或县住建局记录收取公示项目以外费用的违规行为 (发布 UndisclosedChargeRecorded 事件)")
    ResponseEntity<Violation> violation(@PathVariable long id, @RequestBody Disclosures.NewViolation body) {
        Violation v = disclosures.recordViolation(id, body);
        return ResponseEntity.created(URI.create("/api/v1/disclosures/estates/" + id)).body(v);
    }
}
