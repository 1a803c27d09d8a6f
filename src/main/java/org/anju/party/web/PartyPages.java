package org.anju.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.party.CrossAppointment;
import org.anju.party.PartyOrganization;
import org.anju.party.PartyOrganization.HostKind;
import org.anju.party.PartyOrganization.Kind;
import org.anju.party.PartyOrganizations;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 党组织: the list, the 新增 form (estates of one community to tick) and the detail page. */
@Controller
@RequestMapping("/console/party")
class PartyPages {

    private static final PageRequest ESTATE_OPTIONS = new PageRequest(0, 100);

    private final PartyOrganizations organizations;
    private final Register register;

    PartyPages(PartyOrganizations organizations, Register register) {
        this.organizations = organizations;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) Kind kind, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("communityId", communityId);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("canWrite", canWrite());
        model.addAttribute("page", organizations.list(townshipId, communityId, kind, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/party");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("kind", kind == null ? null : kind.name()).toString());
        return "party/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long communityId, Model model) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        return form(model, new PartyOrganization.New(Kind.BRANCH, null, communityId, HostKind.ESTATE, null, null, null,
                null, List.of()));
    }

    @PostMapping
    String create(@RequestParam(required = false) Kind kind, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Long communityId, @RequestParam(required = false) HostKind hostKind,
                  @RequestParam(required = false) Long hostId, @RequestParam(required = false) String secretary,
                  @RequestParam(required = false) Integer memberCount,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
                  @RequestParam(required = false) List<Long> estateIds, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        var o = new PartyOrganization.New(kind, name, communityId, hostKind, hostId,
                secretary == null || secretary.isBlank() ? null : secretary.strip(), memberCount, foundedOn,
                estateIds == null ? List.of() : estateIds);
        try {
            PartyOrganization created = organizations.create(o);
            redirect.addFlashAttribute("flash", "party.created");
            return "redirect:/console/party/" + created.id();
        } catch (InvalidRequestException e) {
            response.setStatus(422); // the form again, with its errors: nothing was written
            model.addAttribute("errors", e.errors());
            return form(model, o);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("org", organizations.get(id));
        model.addAttribute("appointments", organizations.appointments(id));
        model.addAttribute("seats", CrossAppointment.Seat.values());
        model.addAttribute("canWrite", canWrite());
        return "party/detail";
    }

    @PostMapping("/{id:\\d+}/appointments")
    String appoint(@PathVariable long id, @RequestParam(required = false) String personName,
                   @RequestParam(required = false) String reference,
                   @RequestParam(required = false) CrossAppointment.Seat seat,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var a = new CrossAppointment.New(personName, reference == null || reference.isBlank() ? null : reference.strip(),
                seat, from, to);
        try {
            organizations.appoint(id, a);
            redirect.addFlashAttribute("flash", "party.appointed");
            return "redirect:/console/party/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422); // the page again, with the errors: nothing was written
            model.addAttribute("errors", e.errors());
            model.addAttribute("appointment", a);
            return detail(id, model);
        }
    }

    private String form(Model model, PartyOrganization.New o) {
        model.addAttribute("form", o);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("hostKinds", HostKind.values());
        model.addAttribute("communities", register.communityOptions());
        model.addAttribute("estateOptions", o.communityId() == null ? List.of() : register.estates(
                new RegisterFilter(null, o.communityId(), null, null, null, "name"), ESTATE_OPTIONS).content());
        return "party/form";
    }

    private static boolean canWrite() {
        return Jurisdictions.currentUser().map(u -> u.can(Permission.REGISTER_WRITE)).orElse(false);
    }
}
