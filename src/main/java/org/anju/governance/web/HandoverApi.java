package org.anju.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.anju.governance.HandoverStatus;
import org.anju.governance.HandoverView.Handover;
import org.anju.governance.HandoverView.RollHandover;
import org.anju.governance.Handovers;
import org.anju.governance.RollHandovers;
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

/** Committee handovers (交接) and the developer's handover of the owner roll, within the caller's jurisdiction. */
@RestController
@Tag(name = "governance", description = "业主自治: 业委会、物管会及其备案")
class HandoverApi {

    private final Handovers handovers;
    private final RollHandovers rolls;

    HandoverApi(Handovers handovers, RollHandovers rolls) {
        this.handovers = handovers;
        this.rolls = rolls;
    }

    @GetMapping("/api/v1/handovers")
    @Operation(summary = "分页查询交接记录 (换届 10 日内、委员离任 3 日内); overdue=true 只看逾期")
    PageResult<Handover> list(@RequestParam(required = false) Long townshipId,
                              @RequestParam(required = false) Long estateId,
                              @RequestParam(required = false) Long committeeId,
                              @RequestParam(required = false) HandoverStatus status,
                              @RequestParam(required = false) boolean overdue,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return handovers.list(townshipId, estateId, committeeId, status, overdue, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/handovers/{id}")
    @Operation(summary = "交接详情 (清单、双方确认、乡镇监交); 不在管辖范围内为 404")
    Handover get(@PathVariable long id) {
        return handovers.get(id);
    }

    @PostMapping("/api/v1/handovers")
    @Operation(summary = "登记交接: 委员离任 (MEMBER) 或换届 (TERM); 备案通过与罢免时自动登记")
    ResponseEntity<Handover> open(@RequestBody Handovers.NewHandover body) {
        Handover h = handovers.open(body);
        return ResponseEntity.created(URI.create("/api/v1/handovers/" + h.id())).body(h);
    }

    @PutMapping("/api/v1/handovers/{id}/items")
    @Operation(summary = "填写交接清单 (印章、档案、账簿、资金及金额、钥匙、财物); 一方确认后不可修改 (422)")
    Handover items(@PathVariable long id, @RequestBody List<Handovers.NewItem> body) {
        return handovers.replaceItems(id, body);
    }

    @PostMapping("/api/v1/handovers/{id}/confirmations")
    @Operation(summary = "移交方、接收方确认, 乡镇监交 (WITNESS, 乡镇); 三方确认后交接完成")
    Handover confirm(@PathVariable long id, @RequestBody Handovers.Confirmation body) {
        return handovers.confirm(id, body);
    }

    @PostMapping("/api/v1/handovers/{id}/intervention")
    @Operation(summary = "乡镇责令交接 (拒不交接时); 乡镇或县, 社区与业委会 403")
    Handover intervene(@PathVariable long id, @RequestBody Handovers.Intervention body) {
        return handovers.intervene(id, body);
    }

    @GetMapping("/api/v1/roll-handovers")
    @Operation(summary = "分页查询开发建设单位移交业主名册记录 (达到首次业主大会条件后 2 个月内)")
    PageResult<RollHandover> rolls(@RequestParam(required = false) Long townshipId,
                                   @RequestParam(required = false) Boolean delivered,
                                   @RequestParam(required = false) boolean overdue,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        return rolls.list(townshipId, delivered, overdue, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/roll-handovers/{id}")
    @Operation(summary = "业主名册移交详情; 不在管辖范围内为 404")
    RollHandover roll(@PathVariable long id) {
        return rolls.get(id);
    }

    @PostMapping("/api/v1/roll-handovers")
    @Operation(summary = "登记业主名册移交: 开发建设单位与达到条件之日, 期限 2 个月; 每个小区一条")
    ResponseEntity<RollHandover> openRoll(@RequestBody RollHandovers.NewRollHandover body) {
        RollHandover r = rolls.open(body);
        return ResponseEntity.created(URI.create("/api/v1/roll-handovers/" + r.id())).body(r);
    }

    @PostMapping("/api/v1/roll-handovers/{id}/delivery")
    @Operation(summary = "记录移交: 业主名册与面积资料须一并移交 (否则 422)")
    RollHandover deliver(@PathVariable long id, @RequestBody RollHandovers.Delivery body) {
        return rolls.deliver(id, body);
    }
}
