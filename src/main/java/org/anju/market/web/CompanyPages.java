package org.anju.market.web;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.market.Companies;
import org.anju.market.CompanyStatus;
import org.anju.market.Contracts;
import org.anju.market.Projects;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 物业服务企业: the list (the county registers from it) and a company's page with staff, projects and contracts. */
@Controller
@RequestMapping("/console/companies")
class CompanyPages {

    /** The list's filters, as the template reads them. */
    record Filter(String text, CompanyStatus status, Boolean barred) {
    }

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    private final Companies companies;
    private final Projects projects;
    private final Contracts contracts;

    CompanyPages(Companies companies, Projects projects, Contracts contracts) {
        this.companies = companies;
        this.projects = projects;
        this.contracts = contracts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) CompanyStatus status,
                @RequestParam(required = false) Boolean barred, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("filter", new Filter(text, status, barred));
        model.addAttribute("page", companies.list(text, status, barred, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/companies");
        model.addAttribute("filterQuery", new QueryString().with("text", text).with("status", status)
                .with("barred", barred).toString());
        model.addAttribute("statuses", CompanyStatus.values());
        model.addAttribute("canCreate", Companies.isCounty());
        return "market/companies";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String creditCode,
                  @RequestParam(required = false) String address,
                  @RequestParam(required = false) String legalRepresentative,
                  @RequestParam(required = false) String registeredOn, @RequestParam(required = false) String phone,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var details = new Companies.Details(name, creditCode, address, legalRepresentative, Forms.date(registeredOn),
                phone, null);
        model.addAttribute("form", details);
        return Forms.act(() -> "/console/companies/" + companies.create(details).id(), "company.flash.created", model,
                redirect, response, () -> list(null, null, null, null, null, model));
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("company", companies.get(id));
        model.addAttribute("staff", companies.staff(id));
        model.addAttribute("bars", companies.bars(id));
        model.addAttribute("projects", projects.list(id, null, null, null, ALL).content());
        model.addAttribute("contracts", contracts.list(new Contracts.Filter(null, null, null, id, null, null, null),
                ALL).content());
        model.addAttribute("canEdit", Companies.canEdit(id));
        model.addAttribute("isCounty", Companies.isCounty());
        model.addAttribute("statuses", CompanyStatus.values());
        return "market/company";
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String creditCode, @RequestParam(required = false) String address,
                  @RequestParam(required = false) String legalRepresentative,
                  @RequestParam(required = false) String registeredOn, @RequestParam(required = false) String phone,
                  @RequestParam(required = false) CompanyStatus status, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        var details = new Companies.Details(name, creditCode, address, legalRepresentative, Forms.date(registeredOn),
                phone, status);
        return Forms.act(() -> {
            companies.update(id, details);
            return "/console/companies/" + id;
        }, "company.flash.saved", model, redirect, response, () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/staff")
    String addStaff(@PathVariable long id, @RequestParam(required = false) String name,
                    @RequestParam(required = false) String position, @RequestParam(required = false) Integer skillLevel,
                    @RequestParam(required = false) String certificateNo,
                    @RequestParam(required = false) String certifiedOn, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return Forms.act(() -> {
            companies.addStaff(id, new Companies.NewStaff(name, position, skillLevel, certificateNo,
                    Forms.date(certifiedOn)));
            return "/console/companies/" + id + "#staff";
        }, "staff.flash.added", model, redirect, response, () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/staff/{staffId:\\d+}/delete")
    String removeStaff(@PathVariable long id, @PathVariable long staffId, RedirectAttributes redirect) {
        companies.removeStaff(id, staffId);
        redirect.addFlashAttribute("flash", "staff.flash.removed");
        return "redirect:/console/companies/" + id + "#staff";
    }

    @PostMapping("/{id:\\d+}/bar")
    String bar(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        return Forms.act(() -> {
            companies.bar(id, reason);
            return "/console/companies/" + id;
        }, "company.flash.barred", model, redirect, response, () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/bar/lift")
    String lift(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return Forms.act(() -> {
            companies.lift(id, reason);
            return "/console/companies/" + id;
        }, "company.flash.lifted", model, redirect, response, () -> detail(id, model));
    }
}
