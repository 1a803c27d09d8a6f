package org.anju.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.anju.governance.ApplicantKind;
import org.anju.governance.Assemblies;
import org.anju.governance.AssemblyStage;
import org.anju.governance.AssemblyView.Assembly;
import org.anju.governance.Committees;
import org.anju.governance.GroupMemberKind;
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
 * 首次业主大会: the estates' stages, an estate's occupancy form, the application form, and an assembly's page
 * with the forms of each step (group, meeting, proposals, result). A refused form comes back with its errors
 * (422) and nothing written.
 */
@Controller
@RequestMapping("/console/assemblies")
class AssemblyPages {

    /** Rows of the group form. */
    static final int GROUP_ROWS = 9;

    private final Assemblies assemblies;
    private final Committees committees;
    private final Register register;
    private final Clock clock;
    private final org.anju.region.ManagementAreas areas;

    AssemblyPages(Assemblies assemblies, Committees committees, Register register, Clock clock,
                  org.anju.region.ManagementAreas areas) {
        this.areas = areas;
        this.assemblies = assemblies;
        this.committees = committees;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) AssemblyStage stage, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("communityId", communityId);
        model.addAttribute("stage", stage);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("stages", AssemblyStage.values());
        model.addAttribute("page", assemblies.estates(townshipId, communityId, stage, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/assemblies");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("stage", stage).toString());
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        return "governance/assemblies";
    }

    @GetMapping("/occupancy")
    String occupancy(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long areaId,
                     Model model) {
        EstateSelects.fill(model, register, estateId);
        EstateSelects.fillAreas(model, areas, estateId, areaId);
        // an estate of several areas shows the area select first
        boolean choose = areaId == null && !((List<?>) model.getAttribute("areaOptions")).isEmpty();
        model.addAttribute("occupancy", estateId == null || choose ? null : assemblies.occupancy(estateId, areaId));
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        return "governance/occupancy";
    }

    @PostMapping("/occupancy")
    String recordOccupancy(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long areaId,
                           @RequestParam(required = false) String deliveredArea,
                           @RequestParam(required = false) Long movedInHouseholds,
                           @RequestParam(required = false) String preliminaryContractEnd,
                           @RequestParam(required = false) boolean contractEndedEarly, Model model,
                           RedirectAttributes redirect, HttpServletResponse response) {
        if (estateId == null) {
            return "redirect:/console/assemblies/occupancy";
        }
        try {
            assemblies.recordOccupancy(estateId, areaId, new Assemblies.NewOccupancy(decimal(deliveredArea),
                    movedInHouseholds, date(preliminaryContractEnd), contractEndedEarly));
            redirect.addFlashAttribute("flash", "assembly.occupancy.saved");
            return "redirect:/console/assemblies/occupancy?estateId=" + estateId
                    + (areaId == null ? "" : "&areaId=" + areaId);
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return occupancy(estateId, areaId, model);
        }
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long estateId, Model model) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        return applicationForm(model, estateId, null, null, null, null, null);
    }

    @PostMapping
    String apply(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long areaId,
                 @RequestParam(required = false) ApplicantKind applicantKind,
                 @RequestParam(required = false) String developerName, @RequestParam(required = false) String appliedOn,
                 @RequestParam(required = false) String ownerIds,
                 @RequestParam(required = false) org.anju.governance.AssemblyForm form, Model model,
                 RedirectAttributes redirect,
                 HttpServletResponse response) {
        try {
            Assembly a = assemblies.apply(new Assemblies.NewApplication(estateId, applicantKind, developerName,
                    date(appliedOn), ids(ownerIds), form, areaId));
            redirect.addFlashAttribute("flash", "assembly.applied");
            return "redirect:/console/assemblies/" + a.id();
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", form);
            return applicationForm(model, estateId, areaId, applicantKind, developerName, appliedOn, ownerIds);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Assembly a = assemblies.get(id);
        model.addAttribute("a", a);
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        model.addAttribute("canDecide", can(Permission.REGISTER_WRITE) && Jurisdictions.currentUser()
                .filter(u -> u.role() != Role.COMMUNITY).isPresent());
        model.addAttribute("groupKinds", GroupMemberKind.values());
        model.addAttribute("groupRows", java.util.stream.IntStream.range(0, GROUP_ROWS).boxed().toList());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("heldDefault", a.meetingOn() != null && !a.meetingOn().isAfter(today) ? a.meetingOn() : today);
        model.addAttribute("committees", committees.list(null, null, a.estateId(), null, null,
                new PageRequest(0, 20)).content());
        return "governance/assembly";
    }

    @PostMapping("/{id:\\d+}/group")
    String formGroup(@PathVariable long id, @RequestParam(required = false) String formedOn,
                     @RequestParam(required = false) List<String> memberName,
                     @RequestParam(required = false) List<GroupMemberKind> memberKind,
                     @RequestParam(required = false) Integer chair, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        List<Assemblies.NewGroupMember> members = new ArrayList<>();
        for (int i = 0; memberName != null && i < memberName.size(); i++) {
            GroupMemberKind kind = memberKind != null && i < memberKind.size() ? memberKind.get(i) : null;
            members.add(new Assemblies.NewGroupMember(memberName.get(i), kind, chair != null && chair == i));
        }
        return act(id, () -> assemblies.formGroup(id, new Assemblies.NewGroup(date(formedOn), members)),
                "assembly.groupFormed", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/meeting")
    String schedule(@PathVariable long id, @RequestParam(required = false) String meetingOn, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> assemblies.schedule(id, date(meetingOn)), "assembly.scheduled", model, redirect,
                response);
    }

    @PostMapping("/{id:\\d+}/proposals")
    String propose(@PathVariable long id, @RequestParam(required = false) String title,
                   @RequestParam(required = false) String postedOn, @RequestParam(required = false) String postedUntil,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> assemblies.postProposal(id, new Assemblies.NewProposal(title, date(postedOn),
                date(postedUntil))), "assembly.proposalPosted", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/result")
    String result(@PathVariable long id, @RequestParam(required = false) String heldOn,
                  @RequestParam(required = false) Boolean committeeElected,
                  @RequestParam(required = false) String result, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, () -> assemblies.recordResult(id, new Assemblies.NewResult(date(heldOn), committeeElected,
                result)), "assembly.resultRecorded", model, redirect, response);
    }

    private String act(long id, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/assemblies/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }

    private String applicationForm(Model model, Long estateId, Long areaId, ApplicantKind kind, String developerName,
                                   String appliedOn, String ownerIds) {
        EstateSelects.fill(model, register, estateId);
        EstateSelects.fillAreas(model, areas, estateId, areaId);
        model.addAttribute("applicantKind", kind);
        model.addAttribute("developerName", developerName);
        model.addAttribute("appliedOn", appliedOn == null ? LocalDate.now(clock).toString() : appliedOn);
        model.addAttribute("ownerIds", ownerIds);
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("forms", org.anju.governance.AssemblyForm.values());
        return "governance/assembly-form";
    }

    /** Owner numbers from a text field; anything not a number is left out (the count then tells). */
    static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[\\s,，、;；]+")) {
                try {
                    if (!part.isBlank()) {
                        ids.add(Long.parseLong(part.strip()));
                    }
                } catch (NumberFormatException e) {
                    // not an owner number
                }
            }
        }
        return ids;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean can(Permission permission) {
        return Jurisdictions.currentUser().map(u -> u.can(permission)).orElse(false);
    }
}
