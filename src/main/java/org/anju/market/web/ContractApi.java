package org.anju.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.market.ContractKind;
import org.anju.market.ContractStatus;
import org.anju.market.ContractView.Contract;
import org.anju.market.ContractView.ItemResult;
import org.anju.market.Contracts;
import org.anju.market.HandoverItem;
import org.anju.market.TerminationKind;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Service contracts: filing with the county, the PDF, review, termination and handover. */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "market", description = "物业服务市场: 企业、项目、合同")
class ContractApi {

    /** Body of POST and PUT /api/v1/contracts. */
    record ContractRequest(Long projectId, ContractKind kind, LocalDate signedOn, LocalDate startsOn,
                           LocalDate endsOn) {
    }

    /** Body of POST /api/v1/contracts/{id}/return. */
    record ReturnRequest(String reason) {
    }

    /** Body of POST /api/v1/contracts/{id}/termination. */
    record TerminationRequest(TerminationKind kind, LocalDate noticeOn, LocalDate terminatesOn, String note) {
    }

    /** One checklist line of a handover. */
    record ItemRequest(HandoverItem item, Boolean ok, String note) {
    }

    /** Body of POST /api/v1/contracts/{id}/handover. */
    record HandoverRequest(LocalDate inspectedOn, LocalDate leftOn, String successor, String note,
                           List<ItemRequest> items) {
    }

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(summary = "分页查询合同 (可按状态、类别、项目、企业、小区、即将到期、未按期退出筛选)")
    PageResult<Contract> list(@RequestParam(required = false) ContractStatus status,
                              @RequestParam(required = false) ContractKind kind,
                              @RequestParam(required = false) Long projectId,
                              @RequestParam(required = false) Long companyId,
                              @RequestParam(required = false) Long estateId,
                              @RequestParam(required = false) Boolean expiring,
                              @RequestParam(required = false) Boolean overstaying,
                              @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return contracts.list(new Contracts.Filter(status, kind, projectId, companyId, estateId, expiring, overstaying),
                PageRequest.of(page, size));
    }

    @GetMapping("/expiring")
    @Operation(summary = "待办: 3 个月内到期的已备案合同")
    PageResult<Contract> expiring(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return contracts.todo(false, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "合同详情; 不在可见范围内为 404")
    Contract get(@PathVariable long id) {
        return contracts.get(id);
    }

    @PostMapping
    @Operation(summary = "合同备案 (签订之日起 15 日内; 结束日期不得早于开始日期)")
    ResponseEntity<Contract> file(@RequestBody ContractRequest b) {
        Contract c = contracts.file(new Contracts.NewContract(b.projectId(), b.kind(), b.signedOn(), b.startsOn(),
                b.endsOn()));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + c.id())).body(c);
    }

    @PutMapping("/{id}")
    @Operation(summary = "更正被退回 (或待审核) 的备案并重新提交")
    Contract correct(@PathVariable long id, @RequestBody ContractRequest b) {
        return contracts.correct(id, new Contracts.NewContract(b.projectId(), b.kind(), b.signedOn(), b.startsOn(),
                b.endsOn()));
    }

    @PostMapping(value = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传合同文本 (PDF, 不超过 10 MB)")
    Contract attach(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidRequestException.field("file", "contract.error.fileMissing");
        }
        return contracts.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "下载合同文本 (PDF)")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Forms.pdf(contracts.pdf(id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "县住建局备案通过 (须已上传合同文本)")
    Contract accept(@PathVariable long id) {
        return contracts.accept(id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "县住建局退回备案并说明理由")
    Contract returnFiling(@PathVariable long id, @RequestBody ReturnRequest b) {
        return contracts.returnFiling(id, b.reason());
    }

    @PostMapping("/{id}/termination")
    @Operation(summary = "解除合同: 解聘提前 60 日, 不续聘提前 90 日, 不定期合同提前 60 日 (民法典 946–948 条)")
    Contract terminate(@PathVariable long id, @RequestBody TerminationRequest b) {
        return contracts.terminate(id, new Contracts.Termination(b.kind(), b.noticeOn(), b.terminatesOn(), b.note()));
    }

    @PostMapping("/{id}/handover")
    @Operation(summary = "记录承接查验结果 (公开)")
    ResponseEntity<Contract> handover(@PathVariable long id, @RequestBody HandoverRequest b) {
        List<ItemResult> items = b.items() == null ? null : b.items().stream()
                .map(i -> i == null ? null : new ItemResult(i.item(), Boolean.TRUE.equals(i.ok()), i.note()))
                .toList();
        if (b.items() != null && b.items().stream().anyMatch(i -> i == null || i.ok() == null)) {
            throw InvalidRequestException.field("items", "handover.error.items");
        }
        Contract c = contracts.handover(id, new Contracts.HandoverRecord(b.inspectedOn(), b.leftOn(), b.successor(),
                b.note(), items));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + id)).body(c);
    }
}
