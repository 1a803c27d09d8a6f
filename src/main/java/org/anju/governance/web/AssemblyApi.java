package org.anju.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.governance.ApplicantKind;
import org.anju.governance.Assemblies;
import org.anju.governance.AssemblyStage;
import org.anju.governance.AssemblyView.Assembly;
import org.anju.governance.AssemblyView.EstateStage;
import org.anju.governance.AssemblyView.Occupancy;
import org.anju.governance.AssemblyView.TodoItem;
import org.anju.governance.AssemblyView.TodoKind;
import org.anju.governance.GovernanceTodo;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The first owners' assembly of an estate, its occupancy, and the township's self-governance to-do list. */
@RestController
@Tag(name = "governance", description = "业主自治: 首次业主大会、筹备组、待办")
class AssemblyApi {

    /** Body of PUT /api/v1/estates/{id}/occupancy. */
    record OccupancyRequest(BigDecimal deliveredArea, Long movedInHouseholds, LocalDate preliminaryContractEnd,
                            Boolean contractEndedEarly) {
    }

    /** Body of POST /api/v1/assemblies. */
    record ApplicationRequest(Long estateId, ApplicantKind applicantKind, String developerName, LocalDate appliedOn,
                              List<Long> ownerIds, org.anju.governance.AssemblyForm form, Long areaId) {
    }

    /** Body of POST /api/v1/assemblies/{id}/preparatory-group. */
    record GroupRequest(LocalDate formedOn, List<Assemblies.NewGroupMember> members) {
    }

    /** Body of POST /api/v1/assemblies/{id}/meeting. */
    record MeetingRequest(LocalDate meetingOn) {
    }

    /** Body of POST /api/v1/assemblies/{id}/proposals. */
    record ProposalRequest(String title, LocalDate postedOn, LocalDate postedUntil) {
    }

    /** Body of POST /api/v1/assemblies/{id}/result. */
    record ResultRequest(LocalDate heldOn, Boolean committeeElected, String result) {
    }

    private final Assemblies assemblies;
    private final GovernanceTodo todo;

    AssemblyApi(Assemblies assemblies, GovernanceTodo todo) {
        this.assemblies = assemblies;
        this.todo = todo;
    }

    @GetMapping("/api/v1/governance/todo")
    @Operation(summary = "乡镇业主自治待办: 应召开首次业主大会、筹备组 30 日、大会 60 日、备案 30 日、换届 90 日、物管会解散、交接 10/3 日、业主名册移交 2 个月、临时会议与罢免提议; 逾期在前")
    PageResult<TodoItem> todo(@RequestParam(required = false) TodoKind kind,
                              @RequestParam(required = false) boolean overdue,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return todo.todo(kind, overdue, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/estates/{id}/occupancy")
    @Operation(summary = "物业管理区域交付入住情况及首次业主大会召开条件; 小区分为多个区域时须给 areaId (否则 422); 不在管辖范围内为 404")
    Occupancy occupancy(@PathVariable long id, @RequestParam(required = false) Long areaId) {
        return assemblies.occupancy(id, areaId);
    }

    @PutMapping("/api/v1/estates/{id}/occupancy")
    @Operation(summary = "录入交付面积、入住户数、前期物业服务合同期限")
    Occupancy recordOccupancy(@PathVariable long id, @RequestParam(required = false) Long areaId,
                              @RequestBody OccupancyRequest body) {
        return assemblies.recordOccupancy(id, areaId, new Assemblies.NewOccupancy(body.deliveredArea(),
                body.movedInHouseholds(), body.preliminaryContractEnd(), body.contractEndedEarly()));
    }

    @GetMapping("/api/v1/assemblies")
    @Operation(summary = "各小区首次业主大会进度 (已录入入住情况或已申请的小区)")
    PageResult<EstateStage> list(@RequestParam(required = false) Long townshipId,
                                 @RequestParam(required = false) Long communityId,
                                 @RequestParam(required = false) AssemblyStage stage,
                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return assemblies.estates(townshipId, communityId, stage, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/assemblies/{id}")
    @Operation(summary = "首次业主大会详情 (申请人、筹备组、议题公示、结果); 不在管辖范围内为 404")
    Assembly get(@PathVariable long id) {
        return assemblies.get(id);
    }

    @PostMapping("/api/v1/assemblies")
    @Operation(summary = "登记首次业主大会申请: 建设单位或 10 名以上业主; 不足为 422; form = REPRESENTATIVE (业主代表大会) 仅限 300 户以上")
    ResponseEntity<Assembly> apply(@RequestBody ApplicationRequest body) {
        Assembly a = assemblies.apply(new Assemblies.NewApplication(body.estateId(), body.applicantKind(),
                body.developerName(), body.appliedOn(), body.ownerIds(), body.form(), body.areaId()));
        return ResponseEntity.created(URI.create("/api/v1/assemblies/" + a.id())).body(a);
    }

    @PostMapping("/api/v1/assemblies/{id}/preparatory-group")
    @Operation(summary = "乡镇成立筹备组: 业主不少于一半, 由乡镇人员任组长")
    Assembly formGroup(@PathVariable long id, @RequestBody GroupRequest body) {
        return assemblies.formGroup(id, new Assemblies.NewGroup(body.formedOn(), body.members()));
    }

    @PostMapping("/api/v1/assemblies/{id}/meeting")
    @Operation(summary = "确定会议日期: 筹备组成立后 60 日内")
    Assembly schedule(@PathVariable long id, @RequestBody MeetingRequest body) {
        return assemblies.schedule(id, body.meetingOn());
    }

    @PostMapping("/api/v1/assemblies/{id}/proposals")
    @Operation(summary = "公示会议议题: 会议前 15 日公示, 公示不少于 7 日")
    Assembly postProposal(@PathVariable long id, @RequestBody ProposalRequest body) {
        return assemblies.postProposal(id, new Assemblies.NewProposal(body.title(), body.postedOn(),
                body.postedUntil()));
    }

    @PostMapping("/api/v1/assemblies/{id}/result")
    @Operation(summary = "记录会议结果; 选出业委会后登记业委会 (POST /api/v1/committees)")
    Assembly result(@PathVariable long id, @RequestBody ResultRequest body) {
        return assemblies.recordResult(id, new Assemblies.NewResult(body.heldOn(), body.committeeElected(),
                body.result()));
    }
}
