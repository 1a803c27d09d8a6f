package org.anju.voting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.voting.Ballots;
import org.anju.voting.Channel;
import org.anju.voting.Choice;
import org.anju.voting.Matter;
import org.anju.voting.VoteMode;
import org.anju.voting.VoteStatus;
import org.anju.voting.VoteView.Ballot;
import org.anju.voting.VoteView.ReceiptCheck;
import org.anju.voting.VoteView.Result;
import org.anju.voting.VoteView.Vote;
import org.anju.voting.VoteView.Voter;
import org.anju.voting.Votes;
import org.anju.voting.internal.VoteStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Owners' joint decisions: votes, ballots, counting and results (issue 5; a stable API). */
@RestController
@RequestMapping("/api/v1/votes")
@Tag(name = "voting", description = "业主共同决定: 电子与纸质表决、计票、表决结果")
class VoteApi {

    /**
     * Body of POST /api/v1/votes. Optional (decision 0025): section (单元, with buildingId) and noticePostedOn (the
     * day the notice was posted; absent = today).
     */
    record VoteRequest(Long estateId, Long buildingId, String section, String title, VoteMode mode,
                       OffsetDateTime opensAt, OffsetDateTime closesAt, String notice, LocalDate noticePostedOn,
                       List<MotionRequest> motions, Long areaId) {
    }

    /** One motion of POST /api/v1/votes. */
    record MotionRequest(String title, Matter matter) {
    }

    /** Body of POST /api/v1/votes/{id}/ballots. voterId only for the developer's unsold houses (paper). */
    record BallotRequest(Long ownerId, Long voterId, Long motionId, Choice choice, Channel channel) {
    }

    /** Body of POST /api/v1/votes/{id}/close: the reason, required before the end of the period. */
    record CloseRequest(String reason) {
    }

    /** Body of POST /api/v1/votes/{id}/receipts/check. */
    record ReceiptRequest(String receipt) {
    }

    private final Votes votes;
    private final Ballots ballots;
    private final DecisionDocument decision;

    VoteApi(Votes votes, Ballots ballots, DecisionDocument decision) {
        this.votes = votes;
        this.ballots = ballots;
        this.decision = decision;
    }

    @GetMapping("/{id}/decision.pdf")
    @Operation(summary = "表决决定书 PDF (已结束的表决; 业主在公布后可下载)")
    ResponseEntity<byte[]> decision(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("vote-" + id + "-decision.pdf").build().toString())
                .body(decision.render(id));
    }

    @GetMapping
    @Operation(summary = "分页查询管辖范围内的业主表决 (业主: 本人房屋所在小区/楼栋的表决)")
    PageResult<Vote> list(@RequestParam(required = false) Long townshipId,
                          @RequestParam(required = false) Long communityId,
                          @RequestParam(required = false) Long estateId,
                          @RequestParam(required = false) VoteStatus status,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return votes.list(townshipId, communityId, estateId, status, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "表决详情 (议题、期间、冻结名册的总面积与业主数); 不在管辖范围内为 404")
    Vote get(@PathVariable long id) {
        return votes.get(id);
    }

    @PostMapping
    @Operation(summary = "发起表决 (小区、物业管理区域 areaId、楼栋或单元): 业委会/物管会为本小区, 无备案委员会的小区由乡镇或社区组织; 公告张贴满最短公示期后方可开始")
    ResponseEntity<Vote> create(@RequestBody VoteRequest body) {
        List<Votes.NewMotion> motions = body.motions() == null ? null : body.motions().stream()
                .map(m -> m == null ? null : new Votes.NewMotion(m.title(), m.matter())).toList();
        Vote v = votes.create(new Votes.NewVote(body.estateId(), body.buildingId(), body.section(), body.title(),
                body.mode(), body.opensAt(), body.closesAt(), body.notice(), body.noticePostedOn(), motions,
                body.areaId()));
        return ResponseEntity.created(URI.create("/api/v1/votes/" + v.id())).body(v);
    }

    @PostMapping("/{id}/ballots")
    @Operation(summary = "投票: 业主本人网上表决 (截止前可修改), 组织者录入纸质表决票; 返回签名回执")
    ResponseEntity<Ballot> cast(@PathVariable long id, @RequestBody BallotRequest body) {
        Ballot b = ballots.cast(id, new Ballots.NewBallot(body.ownerId(), body.voterId(), body.motionId(),
                body.choice(), body.channel()));
        return ResponseEntity.ok(b);
    }

    @GetMapping("/{id}/ballots/mine")
    @Operation(summary = "业主本人在该表决中的选票及回执")
    List<Ballot> mine(@PathVariable long id) {
        return ballots.mine(id);
    }

    @PostMapping("/{id}/receipts/check")
    @Operation(summary = "核验表决回执: 是否真实, 计票是否按所投计入")
    ReceiptCheck check(@PathVariable long id, @RequestBody ReceiptRequest body) {
        return ballots.check(id, body.receipt());
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "结束表决并计票 (期间届满, 或组织者说明理由提前结束); 结束后不可更改")
    Result close(@PathVariable long id, @RequestBody(required = false) CloseRequest body) {
        return votes.close(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "向业主公布表决结果 (仅统计数, 不含个人选择)")
    Result publish(@PathVariable long id) {
        return votes.publish(id);
    }

    @GetMapping("/{id}/result")
    @Operation(summary = "表决结果: 每项议题的参与与同意面积、人数, 是否达到参与要求, 是否通过")
    Result result(@PathVariable long id) {
        return votes.result(id);
    }

    @GetMapping("/{id}/voters")
    @Operation(summary = "冻结的业主名册及每位业主的表决方式 (组织者、乡镇、社区)")
    PageResult<Voter> voters(@PathVariable long id, @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size) {
        return votes.voters(id, false, PageRequest.of(page, size));
    }

    @GetMapping("/{id}/non-voters")
    @Operation(summary = "尚未表决的业主, 供上门征询")
    PageResult<Voter> nonVoters(@PathVariable long id, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return votes.voters(id, true, PageRequest.of(page, size));
    }

    @PostMapping(value = "/{id}/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传纸质表决票扫描件 (JPEG、PNG 或 PDF, 不超过 5 MB)")
    ResponseEntity<Void> attachScan(@PathVariable long id, @RequestParam(required = false) Long ownerId,
                                    @RequestParam(required = false) Long voterId,
                                    @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw InvalidRequestException.field("file", "vote.error.scanEmpty");
        }
        ballots.attachScan(id, ownerId, voterId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/scans/{voterId}")
    @Operation(summary = "下载纸质表决票扫描件")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable long voterId) {
        VoteStore.Scan s = ballots.scan(id, voterId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(s.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(s.content());
    }
}
