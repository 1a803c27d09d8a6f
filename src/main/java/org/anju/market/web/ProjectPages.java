package org.anju.market.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.anju.market.Companies;
import org.anju.market.ContractKind;
import org.anju.market.Contracts;
import org.anju.market.FeeRegime;
import org.anju.market.Projects;
import org.anju.market.ServiceMode;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 物业项目: the list, the form that starts a project, and a project's page with fee items and contracts. */
@Controller
@RequestMapping("/console/projects")
class ProjectPages {

    /** The list's filters, as the template reads them. */
    record Filter(Long townshipId, Long companyId, Boolean active) {
    }

    /** The new-project form as typed. */
    record Form(Long companyId, Long estateId, ServiceMode serviceMode, String startsOn, String endsOn,
                String managerName, String managerPhone, FeeRegime feeRegime) {
    }

    static final List<ServiceMode> MODES = List.of(ServiceMode.ENTERPRISE, ServiceMode.CARETAKER,
            ServiceMode.SPECIALIZED);

    private final Projects projects;
    private final Contracts contracts;
    private final Companies companies;
    private final Register register;

    ProjectPages(Projects projects, Contracts contracts, Companies companies, Register register) {
        this.projects = projects;
        this.contracts = contracts;
        this.companies = companies;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long companyId,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("filter", new Filter(townshipId, companyId, active));
        model.addAttribute("townships", register.filterRegions(townshipId).townships());
        model.addAttribute("page", projects.list(companyId, null, townshipId, active, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/projects");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("companyId", companyId).with("active", active).toString());
        model.addAttribute("canCreate", Projects.canCreate());
        return "market/projects";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long companyId,
                   Model model) {
        Register.requirePermission(org.anju.identity.Permission.REGISTER_WRITE);
        model.addAttribute("form", new Form(companyId, estateId, ServiceMode.ENTERPRISE, null, null, null, null,
                FeeRegime.LUMP_SUM));
        return form(model);
    }

    @PostMapping
    String create(@RequestParam(required = false) Long companyId, @RequestParam(required = false) Long estateId,
                  @RequestParam(required = false) ServiceMode serviceMode,
                  @RequestParam(required = false) String startsOn, @RequestParam(required = false) String endsOn,
                  @RequestParam(required = false) String managerName,
                  @RequestParam(required = false) String managerPhone,
                  @RequestParam(required = false) FeeRegime feeRegime,
                  @RequestParam(name = "feeName", required = false) List<String> feeNames,
                  @RequestParam(name = "feePrice", required = false) List<String> feePrices,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("form", new Form(companyId, estateId, serviceMode, startsOn, endsOn, managerName,
                managerPhone, feeRegime));
        return Forms.act(() -> "/console/projects/" + projects.create(new Projects.NewProject(companyId, estateId,
                        serviceMode, Forms.date(startsOn), Forms.date(endsOn), managerName, managerPhone, feeRegime,
                        Forms.fees(feeNames, feePrices))).id(), "project.flash.created", model, redirect, response,
                () -> form(model));
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        var contractList = contracts.list(new Contracts.Filter(null, null, id, null, null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).content();
        var detail = projects.detail(id, contractList);
        model.addAttribute("detail", detail);
        model.addAttribute("canEdit", Projects.canCreate() || Contracts.canFile(detail.project().companyId()));
        model.addAttribute("canFile", Contracts.canFile(detail.project().companyId()));
        model.addAttribute("modes", MODES);
        model.addAttribute("regimes", FeeRegime.values());
        model.addAttribute("kinds", ContractKind.values());
        model.addAttribute("today", contracts.today());
        return "market/project";
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam(required = false) ServiceMode serviceMode,
                  @RequestParam(required = false) String endsOn, @RequestParam(required = false) String managerName,
                  @RequestParam(required = false) String managerPhone,
                  @RequestParam(required = false) FeeRegime feeRegime,
                  @RequestParam(name = "feeName", required = false) List<String> feeNames,
                  @RequestParam(name = "feePrice", required = false) List<String> feePrices,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return Forms.act(() -> {
            projects.update(id, new Projects.Change(serviceMode, Forms.date(endsOn), managerName, managerPhone,
                    feeRegime, Forms.fees(feeNames, feePrices)));
            return "/console/projects/" + id;
        }, "project.flash.saved", model, redirect, response, () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/contracts")
    String fileContract(@PathVariable long id, @RequestParam(required = false) ContractKind kind,
                        @RequestParam(required = false) String signedOn, @RequestParam(required = false) String startsOn,
                        @RequestParam(required = false) String endsOn, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        return Forms.act(() -> "/console/contracts/" + contracts.file(new Contracts.NewContract(id, kind,
                        Forms.date(signedOn), Forms.date(startsOn), Forms.date(endsOn))).id(), "contract.flash.filed", model,
                redirect, response, () -> detail(id, model));
    }

    private String form(Model model) {
        model.addAttribute("companies", companies.selectable());
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
        model.addAttribute("modes", MODES);
        model.addAttribute("regimes", FeeRegime.values());
        return "market/project-form";
    }
}
