package org.anju.tender.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.tender.ScoringScheme;
import org.anju.tender.TenderStatus;
import org.anju.tender.TenderView.Bid;
import org.anju.tender.TenderView.Detail;
import org.anju.tender.TenderView.Tender;
import org.anju.tender.Tenders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Preliminary property management tenders: publication, sealed bids, opening, panel, scores and award. */
@RestController
@RequestMapping("/api/v1/tenders")
@Tag(name = "tender", description = "前期物业管理招投标")
class TenderApi {

    /** Body of POST /api/v1/tenders; times are Beijing time. */
    record TenderRequest(Long estateId, String title, String developer, String requirements, LocalDateTime deadline,
                         LocalDateTime openingAt, Integer panelSize, List<ScoringScheme.Weight> criteria) {
    }

    /** Body of POST /api/v1/tenders/{id}/bids. */
    record BidRequest(BigDecimal price, String proposal) {
    }

    /** Body of POST /api/v1/tenders/{id}/scores: one expert's whole sheet. */
    record ScoreRequest(Long panelMemberId, List<Tenders.Points> scores) {
    }

    /** Body of POST /api/v1/tenders/{id}/award. */
    record AwardRequest(Long bidId, String reason) {
    }

    private final Tenders tenders;

    TenderApi(Tenders tenders) {
        this.tenders = tenders;
    }

    @GetMapping
    @Operation(summary = "分页查询招标项目 (管理部门: 管辖范围内; 物业服务企业: 全部招标公告)")
    PageResult<Tender> list(@RequestParam(required = false) TenderStatus status,
                            @RequestParam(required = false) String text,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tenders.list(status, text, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "招标详情; 开标前任何人 (含县住建局) 都看不到报价和投标方案")
    Detail get(@PathVariable long id) {
        return tenders.get(id);
    }

    @PostMapping
    @Operation(summary = "乡镇或县住建局录入建设单位的前期物业招标 (服务要求、评分办法权重合计100)")
    ResponseEntity<Tender> create(@RequestBody TenderRequest body) {
        Tender t = tenders.create(new Tenders.NewTender(body.estateId(), body.title(), body.developer(),
                body.requirements(), body.deadline(), body.openingAt(), body.panelSize(), body.criteria()));
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + t.id())).body(t);
    }

    @PostMapping("/{id}/bids")
    @Operation(summary = "物业服务企业投标或修改投标 (截止前; 密封至开标)")
    ResponseEntity<Bid> bid(@PathVariable long id, @RequestBody BidRequest body) {
        Bid b = tenders.bid(id, new Tenders.NewBid(body.price(), body.proposal()));
        return ResponseEntity.created(URI.create("/api/v1/tenders/" + id)).body(b);
    }

    @PostMapping("/{id}/opening")
    @Operation(summary = "县住建局开标 (不早于开标时间)")
    Detail open(@PathVariable long id) {
        return tenders.open(id);
    }

    @PostMapping("/{id}/panel")
    @Operation(summary = "从县评标专家库随机抽取评标专家 (与投标企业有利害关系的专家回避)")
    Detail panel(@PathVariable long id) {
        return tenders.drawPanel(id);
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "代专家录入评分表 (每个投标、每项评分标准, 0至该项权重)")
    Detail scores(@PathVariable long id, @RequestBody ScoreRequest body) {
        return tenders.score(id, body.panelMemberId() == null ? -1 : body.panelMemberId(), body.scores());
    }

    @PostMapping("/{id}/award")
    @Operation(summary = "定标: 综合得分最高者中标, 公布得分和理由 (发布 TenderAwarded 事件)")
    Detail award(@PathVariable long id, @RequestBody AwardRequest body) {
        return tenders.award(id, body.bidId(), body.reason());
    }
}
