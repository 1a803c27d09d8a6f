package org.anju.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.anju.governance.CommitteeKind;
import org.anju.governance.CommitteeStatus;
import org.anju.governance.CommitteeMembers;
import org.anju.governance.CommitteeDecisions;
import org.anju.governance.CommitteeTrainings;
import org.anju.governance.Committees;
import org.anju.governance.MemberRole;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 业委会/物管会: the township's list (re-election due and filing pending highlighted), the detail page
 * with its forms, and the form to form or record a committee. A refused form comes back with its errors
 * (422) and nothing written.
 */
@Controller
@RequestMapping("/console/committees")
class CommitteePages {

    /** The list's filters, as the template reads them. */
    record Filter(Long townshipId, Long communityId, Long estateId, CommitteeKind kind, CommitteeStatus status) {
    }

    private final Committees committees;
    private final CommitteeMembers members;
    private final CommitteeTrainings trainings;
    private final CommitteeDecisions decisions;
    private final Register register;
    private final org.anju.region.ManagementAreas areas;

    CommitteePages(Committees committees, CommitteeMembers members, CommitteeTrainings trainings,
                   CommitteeDecisions decisions, Register register, org.anju.region.ManagementAreas areas) {
        this.areas = areas;
        this.committees = committees;
        this.members = members;
        this.trainings = trainings;
        this.decisions = decisions;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) Long estateId, @RequestParam(required = false) CommitteeKind kind,
                @RequestParam(required = false) CommitteeStatus status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("filter", new Filter(townshipId, communityId, estateId, kind, status));
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("page", committees.list(townshipId, communityId, estateId, kind, status,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/committees");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("kind", kind)
                .with("status", status).toString());
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        model.addAttribute("kinds", CommitteeKind.values());
        model.addAttribute("statuses", CommitteeStatus.values());
        model.addAttribute("settings", committees.settings().asMap(org.anju.governance.GovernanceSetting.Group.COMMITTEE));
        model.addAttribute("canEditSettings", Jurisdictions.currentUser()
                .filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent());
        return "governance/committees";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long estateId, @RequestParam(required = false) CommitteeKind kind,
                   @RequestParam(required = false) String formedOn, Model model) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        return form(model, estateId, null, kind, formedOn, null);
    }

    /** The committee account's own committee (its estate's newest), or the list when it has none. */
    @GetMapping("/mine")
    String mine() {
        return committees.list(null, null, null, null, null, new PageRequest(0, 1)).content().stream().findFirst()
                .map(c -> "redirect:/console/committees/" + c.id()).orElse("redirect:/console/committees");
    }

    @PostMapping
    String form(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long areaId,
                @RequestParam(required = false) CommitteeKind kind,
                @RequestParam(required = false) String formedOn, @RequestParam(required = false) String termEnd,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            long id = committees.form(new Committees.NewCommittee(estateId, kind, date(formedOn), date(termEnd),
                    areaId)).id();
            redirect.addFlashAttribute("flash", "committee.formed");
            return "redirect:/console/committees/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return form(model, estateId, areaId, kind, formedOn, termEnd);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", committees.get(id));
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        model.addAttribute("canDecide", can(Permission.REGISTER_WRITE) && Jurisdictions.currentUser()
                .filter(u -> u.role() != Role.COMMUNITY).isPresent());
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        model.addAttribute("trainings", trainings.list(id, new PageRequest(0, 20)));
        model.addAttribute("untrained", trainings.untrainedThisYear(id));
        model.addAttribute("decisions", decisions.list(id, new PageRequest(0, 20)));
        model.addAttribute("canTrain", can(Permission.REGISTER_WRITE) || Jurisdictions.currentUser()
                .filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent());
        return "governance/committee";
    }

    @PostMapping("/{id:\\d+}/members")
    String addMember(@PathVariable long id, @RequestParam(required = false) String name,
                     @RequestParam(required = false) Long ownerId, @RequestParam(required = false) MemberRole role,
                     @RequestParam(required = false) boolean partyMember,
                     @RequestParam(required = false) boolean fromResidentsCommittee,
                     @RequestParam(required = false) boolean ownerRepresentative,
                     @RequestParam(required = false) String fromDate, @RequestParam(required = false) String toDate,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> members.addMember(id, new CommitteeMembers.NewMember(name, ownerId, role, partyMember,
                fromResidentsCommittee, ownerRepresentative, date(fromDate), date(toDate))), "committee.memberAdded",
                model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/filing")
    String submit(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> committees.submit(id), "committee.submitted", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/filing/accept")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> committees.accept(id), "committee.accepted", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/filing/return")
    String returnFiling(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> committees.returnFiling(id, reason), "committee.returned", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/dissolve")
    String dissolve(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> committees.confirmDissolution(id), "committee.dissolved", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/members/{memberId:\\d+}/negative")
    String negative(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String reason,
                    @RequestParam(required = false) String listedOn, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return act(id, () -> members.listNegative(id, memberId, reason, date(listedOn)), "committee.suspended",
                model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/members/{memberId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String assemblyDecidedOn, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, () -> members.remove(id, memberId, reason, date(assemblyDecidedOn)), "committee.removed", model,
                redirect, response);
    }

    @PostMapping("/{id:\\d+}/decisions")
    String decision(@PathVariable long id, @RequestParam(required = false) String title,
                    @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String postedOn,
                    @RequestParam(required = false) java.util.List<Long> signerIds, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> decisions.record(id, new CommitteeDecisions.NewDecision(title, date(decidedOn),
                date(postedOn), signerIds)), "decision.recorded", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/trainings")
    String training(@PathVariable long id, @RequestParam(required = false) String heldOn,
                    @RequestParam(required = false) String topic, @RequestParam(required = false) String hours,
                    @RequestParam(required = false) String organiser,
                    @RequestParam(required = false) java.util.List<Long> attendeeIds, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> trainings.record(id, new CommitteeTrainings.NewTraining(date(heldOn), topic,
                decimal(hours), organiser, attendeeIds)), "training.recorded", model, redirect, response);
    }

    @PostMapping("/settings")
    String setting(@RequestParam(required = false) String name, @RequestParam(required = false) Integer value,
                   RedirectAttributes redirect) {
        committees.changeSetting(name, value);
        redirect.addFlashAttribute("flash", "committee.settingChanged");
        return "redirect:/console/committees";
    }

    /** Runs a write; on refusal shows the detail again with the errors (422), nothing written. */
    private String act(long id, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/committees/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }

    private String form(Model model, Long estateId, Long areaId, CommitteeKind kind, String formedOn, String termEnd) {
        EstateSelects.fill(model, register, estateId);
        EstateSelects.fillAreas(model, areas, estateId, areaId);
        model.addAttribute("kind", kind);
        model.addAttribute("formedOn", formedOn);
        model.addAttribute("termEnd", termEnd);
        model.addAttribute("kinds", CommitteeKind.values());
        return "governance/committee-form";
    }

    /** A date from a form field; an unreadable one counts as missing (the facade then names the field). */
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static java.math.BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean can(Permission permission) {
        return Jurisdictions.currentUser().map(u -> u.can(permission)).orElse(false);
    }
}
