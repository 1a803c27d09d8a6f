package org.anju.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.market.Companies;
import org.anju.market.CompanyStatus;
import org.anju.market.CompanyView.Bar;
import org.anju.market.CompanyView.Company;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Property companies: registration details, staff, and the county's bar from new projects. */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "market", description = "物业服务市场: 企业、项目、合同")
class CompanyApi {

    /** Body of POST and PUT /api/v1/companies. */
    record CompanyRequest(String name, String creditCode, String address, String legalRepresentative,
                          LocalDate registeredOn, String phone, CompanyStatus status) {
    }

    /** Body of POST /api/v1/companies/{id}/staff. */
    record StaffRequest(String name, String position, Integer skillLevel, String certificateNo,
                        LocalDate certifiedOn) {
    }

    /** Body of the bar and its lifting. */
    record ReasonRequest(String reason) {
    }

    private final Companies companies;

    CompanyApi(Companies companies) {
        this.companies = companies;
    }

    @GetMapping
    @Operation(summary = "分页查询企业 (企业账号仅本企业; 乡镇为在本辖区有项目的企业)")
    PageResult<Company> list(@RequestParam(required = false) String text,
                             @RequestParam(required = false) CompanyStatus status,
                             @RequestParam(required = false) Boolean barred,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return companies.list(text, status, barred, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "企业详情; 不在可见范围内为 404")
    Company get(@PathVariable long id) {
        return companies.get(id);
    }

    @PostMapping
    @Operation(summary = "县住建局登记企业 (统一社会信用代码校验位)")
    ResponseEntity<Company> create(@RequestBody CompanyRequest body) {
        Company c = companies.create(details(body));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + c.id())).body(c);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改企业信息 (县住建局或企业本身; 状态仅县住建局)")
    Company update(@PathVariable long id, @RequestBody CompanyRequest body) {
        return companies.update(id, details(body));
    }

    @GetMapping("/{id}/staff")
    @Operation(summary = "从业人员及职业技能等级")
    List<Staff> staff(@PathVariable long id) {
        return companies.staff(id);
    }

    @PostMapping("/{id}/staff")
    @Operation(summary = "登记从业人员")
    ResponseEntity<Staff> addStaff(@PathVariable long id, @RequestBody StaffRequest body) {
        Staff s = companies.addStaff(id, new Companies.NewStaff(body.name(), body.position(), body.skillLevel(),
                body.certificateNo(), body.certifiedOn()));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + id + "/staff")).body(s);
    }

    @DeleteMapping("/{id}/staff/{staffId}")
    @Operation(summary = "删除从业人员")
    ResponseEntity<Void> removeStaff(@PathVariable long id, @PathVariable long staffId) {
        companies.removeStaff(id, staffId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/bars")
    @Operation(summary = "限制承接新项目的记录")
    List<Bar> bars(@PathVariable long id) {
        return companies.bars(id);
    }

    @PostMapping("/{id}/bar")
    @Operation(summary = "县住建局限制企业承接新项目 (退出机制), 理由公开")
    Company bar(@PathVariable long id, @RequestBody ReasonRequest body) {
        return companies.bar(id, body.reason());
    }

    @PostMapping("/{id}/bar/lift")
    @Operation(summary = "县住建局解除限制")
    Company lift(@PathVariable long id, @RequestBody ReasonRequest body) {
        return companies.lift(id, body.reason());
    }

    private static Companies.Details details(CompanyRequest b) {
        return new Companies.Details(b.name(), b.creditCode(), b.address(), b.legalRepresentative(), b.registeredOn(),
                b.phone(), b.status());
    }
}
