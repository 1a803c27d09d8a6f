package org.anju.credit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditSource;
import org.anju.credit.CreditView.Company;
import org.anju.credit.ObjectionStatus;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.market.Projects;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of credit: the grades, a company's breakdown with its objections, the county's objection queue. */
@Controller
@RequestMapping("/console/credit")
class CreditPages {

    private final CreditBook book;
    private final Projects projects;
    private final MessageSource messages;

    CreditPages(CreditBook book, Projects projects, MessageSource messages) {
        this.book = book;
        this.projects = projects;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
                Model model) {
        AnjuUser u = Jurisdictions.currentUser().orElseThrow();
        if (u.role() == Role.PROPERTY_COMPANY && u.binding().companyId() != null) {
            return "redirect:/console/credit/companies/" + u.binding().companyId();
        }
        var roll = book.honorRoll(text, PageRequest.ofConsole(page, 20));
        model.addAttribute("roll", roll);
        model.addAttribute("page", roll.grades());
        model.addAttribute("text", text);
        model.addAttribute("pagerPath", "/console/credit");
        model.addAttribute("filterQuery", new QueryString().with("text", text).toString());
        model.addAttribute("isCounty", u.role() == Role.COUNTY_AUTHORITY);
        model.addAttribute("scheme", book.scheme());
        return "credit/list";
    }

    @GetMapping("/companies/{id:\\d+}")
    String company(@PathVariable long id, Model model) {
        Company c = book.company(id);
        AnjuUser u = Jurisdictions.currentUser().orElseThrow();
        model.addAttribute("c", c);
        model.addAttribute("today", book.today());
        model.addAttribute("isCounty", u.role() == Role.COUNTY_AUTHORITY);
        model.addAttribute("isCompany", u.role() == Role.PROPERTY_COMPANY);
        boolean township = u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY;
        model.addAttribute("rules", book.scheme().rules().stream().filter(r -> u.role() == Role.COUNTY_AUTHORITY
                ? r.source() == CreditSource.COUNTY || r.source() == CreditSource.TOWNSHIP
                || r.source() == CreditSource.COMMENDATION : township && r.source() == CreditSource.TOWNSHIP).toList());
        model.addAttribute("mayBreach", u.role() == Role.COUNTY_AUTHORITY || u.role() == Role.TOWNSHIP_OFFICE);
        if (u.role() == Role.COUNTY_AUTHORITY || u.role() == Role.TOWNSHIP_OFFICE) {
            model.addAttribute("projects", projects.list(id, null, null, null, PageRequest.of(0, 100)).content());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "credit/company";
    }

    @GetMapping("/managers/{id:\\d+}")
    String manager(@PathVariable long id, Model model) {
        model.addAttribute("m", book.manager(id));
        return "credit/manager";
    }

    @PostMapping("/companies/{id:\\d+}/breaches")
    String breach(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Long project;
        try {
            project = p.get("projectId") == null || p.get("projectId").isBlank() ? null
                    : Long.valueOf(p.get("projectId").strip());
        } catch (NumberFormatException e) {
            project = null;
        }
        Long projectId = project;
        return act(id, () -> book.breach(new CreditBook.Breach(projectId, date(p.get("occurredOn")), p.get("breached"),
                p.get("sourceRef"))), "credit.breachRecorded", model, redirect, response);
    }

    @PostMapping("/companies/{id:\\d+}/events")
    String enter(@PathVariable long id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return act(id, () -> book.enter(new CreditBook.Entry(id, p.get("ruleCode"), date(p.get("occurredOn")),
                p.get("sourceRef"), p.get("summary"), p.get("managerName"))), "credit.entered", model, redirect, response);
    }

    @PostMapping("/companies/{id:\\d+}/events/{event:\\d+}/objection")
    String object(@PathVariable long id, @PathVariable long event, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> book.object(event, reason), "credit.objected", model, redirect, response);
    }

    @PostMapping("/companies/{id:\\d+}/events/{event:\\d+}/repair")
    String repair(@PathVariable long id, @PathVariable long event, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> book.repair(event, note), "credit.repaired", model, redirect, response);
    }

    @GetMapping("/objections")
    String objections(@RequestParam(required = false) ObjectionStatus status,
                      @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", book.objections(status, PageRequest.ofConsole(page, 20)));
        model.addAttribute("status", status);
        model.addAttribute("pagerPath", "/console/credit/objections");
        model.addAttribute("filterQuery", new QueryString().with("status", status == null ? null : status.name())
                .toString());
        model.addAttribute("isCounty", Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .isPresent());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "credit/objections";
    }

    @PostMapping("/objections/{id:\\d+}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) CreditBook.Decision decision,
                  @RequestParam(required = false) String answer, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            book.answer(id, decision, answer);
            redirect.addFlashAttribute("flash", "credit.answered");
            return "redirect:/console/credit/objections";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return objections(null, null, model);
        }
    }

    private String act(long company, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/credit/companies/" + company;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return company(company, model);
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private Map<String, String> texts(List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach(e -> texts.merge(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
        return texts;
    }
}
