package org.anju.inspection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.inspection.DrawWeights;
import org.anju.inspection.InspectionStatus;
import org.anju.inspection.InspectionView.Finding;
import org.anju.inspection.InspectionView.Inspection;
import org.anju.inspection.InspectionView.InspectionDetail;
import org.anju.inspection.InspectionView.Inspector;
import org.anju.inspection.InspectionView.Matter;
import org.anju.inspection.InspectionView.Plan;
import org.anju.inspection.InspectionView.PlanDetail;
import org.anju.inspection.InspectionView.Target;
import org.anju.inspection.Inspections;
import org.anju.inspection.internal.InspectionStore.InspectionFilter;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Double-random inspections: the list and directories, plans and their verifiable draw, findings, publication. */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspection", description = "双随机一公开")
class InspectionApi {

    /** Body of POST /api/v1/inspections/plans. */
    record PlanRequest(String title, Long matterId, Integer sharePercent, Integer perTarget, LocalDate startsOn,
                       LocalDate endsOn, DrawWeights weights) {
    }

    /** Body of POST /api/v1/inspections/targets. */
    record TargetRequest(Long projectId) {
    }

    /** Body of PUT /api/v1/inspections/{matters,targets,inspectors}/{id}/active: a reason to deactivate. */
    record ActiveRequest(Boolean active, String reason) {
    }

    /** Body of POST /api/v1/inspections/inspectors/{id}/conflicts. */
    record ConflictRequest(Long companyId, String reason) {
    }

    /** Body of POST /api/v1/inspections/{id}/findings (photos through the console's phone form). */
    record FindingRequest(String item, Boolean passed, org.anju.inspection.Severity severity,
                          org.anju.inspection.HazardKind hazardKind, String description, LocalDate rectifyBy,
                          BigDecimal latitude, BigDecimal longitude) {
    }

    private final Inspections inspections;

    InspectionApi(Inspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/plans")
    @Operation(summary = "抽查计划 (县住建局、乡镇、部门可查)")
    PageResult<Plan> plans(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inspections.plans(PageRequest.of(page, size));
    }

    @PostMapping("/plans")
    @Operation(summary = "县住建局制定抽查计划: 冻结名录库和权重, 公布随机种子的 SHA-256 (抽取前)")
    ResponseEntity<PlanDetail> commit(@RequestBody PlanRequest body) {
        PlanDetail d = inspections.commit(new Inspections.NewPlan(body.title(), body.matterId(), body.sharePercent(),
                body.perTarget(), body.startsOn(), body.endsOn(), body.weights()));
        return ResponseEntity.created(URI.create("/api/v1/inspections/plans/" + d.plan().id())).body(d);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "抽查计划详情: 输入、种子哈希、抽取后公开的种子和结果")
    PlanDetail plan(@PathVariable long id) {
        return inspections.plan(id);
    }

    @PostMapping("/plans/{id}/draw")
    @Operation(summary = "县住建局抽取: 公开种子, 按公开算法抽取检查对象和每个对象至少两名不同单位、无利害关系的检查人员")
    PlanDetail draw(@PathVariable long id) {
        return inspections.draw(id);
    }

    @GetMapping("/matters")
    @Operation(summary = "抽查事项清单 (县住建局)")
    List<Matter> matters() {
        return inspections.matters();
    }

    @PostMapping("/matters")
    @Operation(summary = "县住建局新增抽查事项 (依据和检查清单, 每行一项)")
    Matter addMatter(@RequestBody Inspections.NewMatter body) {
        return inspections.addMatter(body);
    }

    @PutMapping("/matters/{id}")
    @Operation(summary = "县住建局修改抽查事项的名称、依据和检查清单 (编号不变; 已制定的计划保留原清单)")
    Matter updateMatter(@PathVariable long id, @RequestBody Inspections.NewMatter body) {
        return inspections.updateMatter(id, body);
    }

    @PutMapping("/matters/{id}/active")
    @Operation(summary = "县住建局停用 (须说明原因) 或重新启用抽查事项; 停用的事项不能制定新计划")
    ResponseEntity<Void> matterActive(@PathVariable long id, @RequestBody ActiveRequest body) {
        inspections.setActive(Inspections.Directory.MATTER, id, body.active(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/targets/{id}/active")
    @Operation(summary = "县住建局停用 (须说明原因) 或重新启用检查对象; 停用的对象不会被抽取, 已公布的抽取输入不变")
    ResponseEntity<Void> targetActive(@PathVariable long id, @RequestBody ActiveRequest body) {
        inspections.setActive(Inspections.Directory.TARGET, id, body.active(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/inspectors/{id}/active")
    @Operation(summary = "县住建局停用 (须说明原因) 或重新启用执法检查人员; 停用的人员不会被抽取")
    ResponseEntity<Void> inspectorActive(@PathVariable long id, @RequestBody ActiveRequest body) {
        inspections.setActive(Inspections.Directory.INSPECTOR, id, body.active(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/targets")
    @Operation(summary = "检查对象名录库 (县住建局)")
    List<Target> targets() {
        return inspections.targets();
    }

    @PostMapping("/targets")
    @Operation(summary = "县住建局将物业项目 (企业+小区) 加入检查对象名录库")
    Target addTarget(@RequestBody TargetRequest body) {
        return inspections.addTarget(body.projectId());
    }

    @GetMapping("/inspectors")
    @Operation(summary = "执法检查人员名录库 (县住建局)")
    List<Inspector> inspectors() {
        return inspections.inspectors();
    }

    @PostMapping("/inspectors")
    @Operation(summary = "县住建局新增执法检查人员 (姓名、单位、部门账号)")
    Inspector addInspector(@RequestBody Inspections.NewInspector body) {
        return inspections.addInspector(body);
    }

    @PostMapping("/inspectors/{id}/conflicts")
    @Operation(summary = "登记检查人员与企业的利害关系 (抽取时回避)")
    Inspector addConflict(@PathVariable long id, @RequestBody ConflictRequest body) {
        return inspections.addConflict(id, body.companyId(), body.reason());
    }

    @GetMapping
    @Operation(summary = "抽查任务 (县住建局、乡镇: 辖区内; 检查人员: 本人被抽中的)")
    PageResult<Inspection> list(@RequestParam(required = false) Long planId,
                                @RequestParam(required = false) InspectionStatus status,
                                @RequestParam(required = false) Boolean publishOverdue,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return inspections.inspections(new InspectionFilter(planId, status, publishOverdue), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "抽查任务详情: 检查清单和检查记录")
    InspectionDetail get(@PathVariable long id) {
        return inspections.inspection(id);
    }

    @PostMapping("/{id}/findings")
    @Operation(summary = "被抽中的检查人员现场记录检查项 (不合格项须填严重程度、整改期限, 进入隐患台账)")
    ResponseEntity<Finding> record(@PathVariable long id, @RequestBody FindingRequest body) {
        Finding f = inspections.record(id, new Inspections.NewFinding(body.item(), body.passed(), body.severity(),
                body.hazardKind(), body.description(), body.rectifyBy(), body.latitude(), body.longitude()), List.of());
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(f);
    }

    @PostMapping("/{id}/finish")
    @Operation(summary = "结束检查: 结果计入企业信用, 20个工作日内公开")
    Inspection finish(@PathVariable long id) {
        return inspections.finish(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "县住建局公开抽查结果")
    Inspection publish(@PathVariable long id) {
        return inspections.publish(id);
    }
}
