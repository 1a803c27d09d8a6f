package org.anju.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.market.Contracts;
import org.anju.market.FeeRegime;
import org.anju.market.ProjectView.Detail;
import org.anju.market.ProjectView.Project;
import org.anju.market.Projects;
import org.anju.market.ServiceMode;
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

/** Service projects: which company serves which estate, with manager, fee regime and fee items. */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "market", description = "物业服务市场: 企业、项目、合同")
class ProjectApi {

    /** Body of POST /api/v1/projects. */
    record ProjectRequest(Long companyId, Long estateId, ServiceMode serviceMode, LocalDate startsOn,
                          LocalDate endsOn, String managerName, String managerPhone, FeeRegime feeRegime,
                          List<Projects.Fee> feeItems) {
    }

    /** Body of PUT /api/v1/projects/{id}. */
    record ChangeRequest(ServiceMode serviceMode, LocalDate endsOn, String managerName, String managerPhone,
                         FeeRegime feeRegime, List<Projects.Fee> feeItems) {
    }

    private final Projects projects;
    private final Contracts contracts;

    ProjectApi(Projects projects, Contracts contracts) {
        this.projects = projects;
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(summary = "分页查询物业项目 (id, companyId, companyName, estateId, serviceMode, startsOn, endsOn …)")
    PageResult<Project> list(@RequestParam(required = false) Long companyId,
                             @RequestParam(required = false) Long estateId,
                             @RequestParam(required = false) Long townshipId,
                             @RequestParam(required = false) Boolean active,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return projects.list(companyId, estateId, townshipId, active, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "项目详情: 收费项目 (元/平方米·月) 与合同; 不在可见范围内为 404")
    Detail get(@PathVariable long id) {
        return projects.detail(id, contracts.list(new Contracts.Filter(null, null, id, null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
    }

    @PostMapping
    @Operation(summary = "登记物业项目 (受限制企业不得承接; 同一小区项目期间不得重叠; 记入服务形式变更)")
    ResponseEntity<Project> create(@RequestBody ProjectRequest b) {
        Project p = projects.create(new Projects.NewProject(b.companyId(), b.estateId(), b.serviceMode(), b.startsOn(),
                b.endsOn(), b.managerName(), b.managerPhone(), b.feeRegime(), b.feeItems()));
        return ResponseEntity.created(URI.create("/api/v1/projects/" + p.id())).body(p);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改项目负责人、收费方式、收费项目、服务形式或结束日期")
    Project update(@PathVariable long id, @RequestBody ChangeRequest b) {
        return projects.update(id, new Projects.Change(b.serviceMode(), b.endsOn(), b.managerName(), b.managerPhone(),
                b.feeRegime(), b.feeItems()));
    }
}
