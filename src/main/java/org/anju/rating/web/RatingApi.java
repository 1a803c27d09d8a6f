package org.anju.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.rating.Commendations;
import org.anju.rating.EntryStage;
import org.anju.rating.Objections;
import org.anju.rating.RatingView.Commendation;
import org.anju.rating.RatingView.Detail;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.Round;
import org.anju.rating.Rounds;
import org.anju.rating.Scoring;
import org.anju.rating.Standards;
import org.anju.rating.RatingStandard;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Star ratings: the standard, rounds, each project's sheets from self-assessment to objection, commendations. */
@RestController
@RequestMapping("/api/v1/rating")
@Tag(name = "rating", description = "物业服务星级评定")
class RatingApi {

    /** Body of POST .../expert-scores: the expert and the expert's sheet. */
    record ExpertSheet(Long expertId, Scoring.SheetInput sheet) {
    }

    /** Body of POST .../objections. */
    record ObjectionRequest(String reason) {
    }

    private final Standards standards;
    private final Rounds rounds;
    private final Scoring scoring;
    private final Objections objections;
    private final Commendations commendations;

    RatingApi(Standards standards, Rounds rounds, Scoring scoring, Objections objections,
              Commendations commendations) {
        this.standards = standards;
        this.rounds = rounds;
        this.scoring = scoring;
        this.objections = objections;
        this.commendations = commendations;
    }

    @GetMapping("/standards")
    @Operation(summary = "本县星级标准的各版本 (新版在前); 未保存时为空, 当前标准见 /standards/current")
    List<RatingStandard> standards() {
        return standards.versions();
    }

    @GetMapping("/standards/current")
    @Operation(summary = "本县现行星级标准 (未修订时为安居默认标准)")
    RatingStandard current() {
        return standards.current();
    }

    @GetMapping("/standards/{id}")
    @Operation(summary = "星级标准的一个版本")
    RatingStandard standard(@PathVariable long id) {
        return standards.get(id);
    }

    @PostMapping("/standards")
    @Operation(summary = "县住建局保存星级标准新版本 (分项满分合计100, 五级分数线递增)")
    ResponseEntity<RatingStandard> saveStandard(@RequestBody Standards.Draft body) {
        RatingStandard s = standards.save(body);
        return ResponseEntity.created(URI.create("/api/v1/rating/standards/" + s.id())).body(s);
    }

    @GetMapping("/rounds")
    @Operation(summary = "星级评定轮次 (管理部门: 本县; 企业: 含其项目的轮次)")
    PageResult<Round> rounds(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rounds.list(PageRequest.of(page, size));
    }

    @PostMapping("/rounds")
    @Operation(summary = "县住建局开启评定轮次: 本县在服务的物业项目全部纳入")
    ResponseEntity<Round> open(@RequestBody Rounds.NewRound body) {
        Round r = rounds.open(body);
        return ResponseEntity.created(URI.create("/api/v1/rating/rounds/" + r.id())).body(r);
    }

    @GetMapping("/rounds/{id}")
    Round round(@PathVariable long id) {
        return rounds.get(id);
    }

    @PostMapping("/rounds/{id}/publication")
    @Operation(summary = "县住建局公布审核通过的星级, 开始异议期, 并按新星级核查收费")
    Round publish(@PathVariable long id) {
        return rounds.publish(id);
    }

    @GetMapping("/rounds/{id}/entries")
    @Operation(summary = "轮次内的项目 (管辖范围内; 企业仅本企业项目)")
    PageResult<Entry> entries(@PathVariable long id, @RequestParam(required = false) EntryStage stage,
                              @RequestParam(required = false) String text,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rounds.entries(id, stage, text, PageRequest.of(page, size));
    }

    @GetMapping("/rounds/{id}/entries/{projectId}")
    @Operation(summary = "项目评定详情: 评分表、专家组、异议和其他模块的证据")
    Detail entry(@PathVariable long id, @PathVariable long projectId) {
        return rounds.detail(id, projectId);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/self-assessment")
    @Operation(summary = "物业服务企业对本企业项目自评 (附证据说明)")
    Detail selfAssess(@PathVariable long id, @PathVariable long projectId, @RequestBody Scoring.SheetInput body) {
        return scoring.selfAssess(id, projectId, body);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/township-review")
    @Operation(summary = "乡镇办现场核查评分 (可记录一票否决项)")
    Detail review(@PathVariable long id, @PathVariable long projectId, @RequestBody Scoring.SheetInput body) {
        return scoring.review(id, projectId, body);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/panel")
    @Operation(summary = "县住建局从专家库随机抽取评定专家 (与该企业有利害关系的专家回避)")
    Detail panel(@PathVariable long id, @PathVariable long projectId) {
        return scoring.drawPanel(id, projectId);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/expert-scores")
    @Operation(summary = "县住建局或乡镇办代专家录入评分表 (记录录入人)")
    Detail expert(@PathVariable long id, @PathVariable long projectId, @RequestBody ExpertSheet body) {
        return scoring.expertScore(id, projectId, body.expertId() == null ? -1 : body.expertId(),
                body.sheet() == null ? new Scoring.SheetInput(null, null, null, null) : body.sheet());
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/approval")
    @Operation(summary = "县住建局审核通过评定结果")
    Detail approve(@PathVariable long id, @PathVariable long projectId) {
        return rounds.approve(id, projectId);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/objections")
    @Operation(summary = "公布后异议期内对星级提出异议 (业委会及任何登录用户)")
    ResponseEntity<Detail> object(@PathVariable long id, @PathVariable long projectId,
                                  @RequestBody ObjectionRequest body) {
        Detail d = objections.object(id, projectId, body.reason());
        return ResponseEntity.created(URI.create("/api/v1/rating/rounds/" + id + "/entries/" + projectId)).body(d);
    }

    @PostMapping("/rounds/{id}/entries/{projectId}/objections/{objectionId}/answer")
    @Operation(summary = "县住建局答复异议: 维持 (MAINTAINED) 或改定星级 (REVISED, 0 = 不予评星)")
    Detail answer(@PathVariable long id, @PathVariable long projectId, @PathVariable long objectionId,
                  @RequestBody Objections.Answer body) {
        return objections.answer(id, projectId, objectionId, body);
    }

    @GetMapping("/projects/{id}")
    @Operation(summary = "物业项目的星级历史 (各轮次, 新在前)")
    List<Entry> project(@PathVariable long id) {
        return rounds.history(id);
    }

    @GetMapping("/commendations")
    @Operation(summary = "本县表彰奖励")
    List<Commendation> commendations() {
        return commendations.list();
    }

    @PostMapping("/commendations")
    @Operation(summary = "县住建局记录表彰奖励 (公开发布, 并通知信用模块)")
    ResponseEntity<Commendation> commend(@RequestBody Commendations.NewCommendation body) {
        Commendation c = commendations.record(body);
        return ResponseEntity.created(URI.create("/api/v1/rating/commendations")).body(c);
    }

}
