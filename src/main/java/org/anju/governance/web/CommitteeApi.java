package org.anju.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anju.governance.AssemblyView.Training;
import org.anju.governance.CommitteeDecisions;
import org.anju.governance.CommitteeTrainings;
import org.anju.governance.CommitteeView.Decision;
import org.anju.governance.CommitteeKind;
import org.anju.governance.CommitteeStatus;
import org.anju.governance.CommitteeView.Committee;
import org.anju.governance.CommitteeView.Detail;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.CommitteeMembers;
import org.anju.governance.Committees;
import org.anju.governance.MemberRole;
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

/** Owners' and interim committees of the estates in the caller's jurisdiction, and their filing. */
@RestController
@RequestMapping("/api/v1/committees")
@Tag(name = "governance", description = "业主自治: 业委会、物管会及其备案")
class CommitteeApi {

    /** Body of POST /api/v1/committees; areaId is needed only where the estate has several management areas. */
    record CommitteeRequest(Long estateId, CommitteeKind kind, LocalDate formedOn, LocalDate termEnd, Long areaId) {
    }

    /** Body of POST /api/v1/committees/{id}/members. */
    record MemberRequest(String name, Long ownerId, MemberRole role, Boolean partyMember,
                         Boolean fromResidentsCommittee, Boolean ownerRepresentative, LocalDate fromDate,
                         LocalDate toDate) {
    }

    /** Body of POST /api/v1/committees/{id}/filing/return. */
    record ReturnRequest(String reason) {
    }

    /** Body of POST /api/v1/committees/{id}/members/{memberId}/negative-list. */
    record NegativeRequest(String reason, LocalDate listedOn) {
    }

    /** Body of POST /api/v1/committees/{id}/members/{memberId}/removal. */
    record RemovalRequest(String reason, LocalDate assemblyDecidedOn) {
    }

    /** Body of POST /api/v1/committees/{id}/trainings. */
    record TrainingRequest(LocalDate heldOn, String topic, BigDecimal hours, String organiser,
                           List<Long> attendeeIds) {
    }

    /** Body of POST /api/v1/committees/{id}/decisions. */
    record DecisionRequest(String title, LocalDate decidedOn, LocalDate postedOn, List<Long> signerIds) {
    }

    private final Committees committees;
    private final CommitteeMembers members;
    private final CommitteeTrainings trainings;
    private final CommitteeDecisions decisions;

    CommitteeApi(Committees committees, CommitteeMembers members, CommitteeTrainings trainings,
                 CommitteeDecisions decisions) {
        this.committees = committees;
        this.members = members;
        this.trainings = trainings;
        this.decisions = decisions;
    }

    @GetMapping("/{id}/decisions")
    @Operation(summary = "委员会决定 (新的在前); 物管会决定的公示截止日按工作日计算 (10 个工作日)")
    PageResult<Decision> decisions(@PathVariable long id, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return decisions.list(id, PageRequest.of(page, size));
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "登记委员会决定: 签字委员须在任且未暂停履职; 业委会不少于全体委员半数, 物管会过半数; 3 日内公示")
    ResponseEntity<Decision> recordDecision(@PathVariable long id, @RequestBody DecisionRequest body) {
        Decision d = decisions.record(id, new CommitteeDecisions.NewDecision(body.title(), body.decidedOn(),
                body.postedOn(), body.signerIds()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id + "/decisions")).body(d);
    }

    @GetMapping
    @Operation(summary = "分页查询管辖范围内的业委会和物管会")
    PageResult<Committee> list(@RequestParam(required = false) Long estateId,
                               @RequestParam(required = false) Long townshipId,
                               @RequestParam(required = false) Long communityId,
                               @RequestParam(required = false) CommitteeKind kind,
                               @RequestParam(required = false) CommitteeStatus status,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return committees.list(townshipId, communityId, estateId, kind, status, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "委员会详情 (委员、备案时间线、负面清单、公告); 不在管辖范围内为 404")
    Detail get(@PathVariable long id) {
        return committees.get(id);
    }

    @PostMapping
    @Operation(summary = "组建物管会或登记选举产生的业委会 (草稿)")
    ResponseEntity<Committee> form(@RequestBody CommitteeRequest body) {
        Committee c = committees.form(new Committees.NewCommittee(body.estateId(), body.kind(), body.formedOn(),
                body.termEnd(), body.areaId()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + c.id())).body(c);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "增加委员")
    ResponseEntity<Member> addMember(@PathVariable long id, @RequestBody MemberRequest body) {
        Member m = members.addMember(id, new CommitteeMembers.NewMember(body.name(), body.ownerId(), body.role(),
                body.partyMember(), body.fromResidentsCommittee(), body.ownerRepresentative(), body.fromDate(),
                body.toDate()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id)).body(m);
    }

    @PostMapping("/{id}/filing")
    @Operation(summary = "提交备案; 委员构成不合规时为 422")
    Committee submit(@PathVariable long id) {
        return committees.submit(id);
    }

    @PostMapping("/{id}/filing/accept")
    @Operation(summary = "乡镇受理备案 (业委会备案后同小区物管会应于期限内解散)")
    Committee accept(@PathVariable long id) {
        return committees.accept(id);
    }

    @PostMapping("/{id}/filing/return")
    @Operation(summary = "乡镇退回备案并说明理由")
    Committee returnFiling(@PathVariable long id, @RequestBody ReturnRequest body) {
        return committees.returnFiling(id, body.reason());
    }

    @PostMapping("/{id}/members/{memberId}/negative-list")
    @Operation(summary = "列入负面清单: 立即暂停履职并公告")
    Member negativeList(@PathVariable long id, @PathVariable long memberId, @RequestBody NegativeRequest body) {
        return members.listNegative(id, memberId, body.reason(), body.listedOn());
    }

    @PostMapping("/{id}/members/{memberId}/removal")
    @Operation(summary = "免去委员: 物管会委员由乡镇免去; 业委会委员按业主大会决定登记 (assemblyDecidedOn); 均公告")
    Member removal(@PathVariable long id, @PathVariable long memberId, @RequestBody RemovalRequest body) {
        return members.remove(id, memberId, body.reason(), body.assemblyDecidedOn());
    }

    @PostMapping("/{id}/dissolution")
    @Operation(summary = "乡镇确认物管会解散 (业委会备案后)")
    Committee dissolution(@PathVariable long id) {
        return committees.confirmDissolution(id);
    }

    @GetMapping("/{id}/trainings")
    @Operation(summary = "委员培训记录 (新的在前)")
    PageResult<Training> trainings(@PathVariable long id, @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return trainings.list(id, PageRequest.of(page, size));
    }

    @GetMapping("/{id}/trainings/untrained")
    @Operation(summary = "本年度未参加培训的在任委员")
    List<Member> untrained(@PathVariable long id) {
        return trainings.untrainedThisYear(id);
    }

    @PostMapping("/{id}/trainings")
    @Operation(summary = "登记委员培训: 日期、主题、学时、组织单位、参训委员")
    ResponseEntity<Training> recordTraining(@PathVariable long id, @RequestBody TrainingRequest body) {
        Training t = trainings.record(id, new CommitteeTrainings.NewTraining(body.heldOn(), body.topic(), body.hours(),
                body.organiser(), body.attendeeIds()));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + id + "/trainings")).body(t);
    }
}
