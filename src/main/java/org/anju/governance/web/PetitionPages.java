package org.anju.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.anju.governance.Committees;
import org.anju.governance.HandoverView.Petition;
import org.anju.governance.PetitionKind;
import org.anju.governance.PetitionStatus;
import org.anju.governance.Petitions;
import org.anju.governance.Proposer;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 临时会议与罢免提议: the list with the form to file one (for a committee), and a petition's page with the
 * township's order and the meeting's result. A refused form comes back with its errors (422), nothing written.
 */
@Controller
class PetitionPages {

    /** The list's filters, as the template reads them. */
    record Filter(Long committeeId, PetitionKind kind, PetitionStatus status) {
    }

    private final Petitions petitions;
    private final Committees committees;
    private final Clock clock;

    PetitionPages(Petitions petitions, Committees committees, Clock clock) {
        this.petitions = petitions;
        this.committees = committees;
        this.clock = clock;
    }

    @GetMapping("/console/petitions")
    String list(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) PetitionKind kind,
                @RequestParam(required = false) PetitionStatus status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("filter", new Filter(committeeId, kind, status));
        model.addAttribute("page", petitions.list(null, committeeId, kind, status, PageRequest.ofConsole(page, size)));
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("proposers", Proposer.values());
        model.addAttribute("pagerPath", "/console/petitions");
        model.addAttribute("filterQuery", new QueryString().with("committeeId", committeeId).with("kind", kind)
                .with("status", status).toString());
        boolean writer = HandoverPages.can(Permission.REGISTER_WRITE) || Jurisdictions.currentUser()
                .filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        model.addAttribute("canWrite", writer);
        if (committeeId != null && writer) {
            // the form names the committee's serving members for a removal
            model.addAttribute("committee", committees.get(committeeId));
        }
        if (!model.containsAttribute("filedOn")) {
            model.addAttribute("filedOn", LocalDate.now(clock).toString());
        }
        return "governance/petitions";
    }

    @PostMapping("/console/petitions")
    String file(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) PetitionKind kind,
                @RequestParam(required = false) Proposer proposer, @RequestParam(required = false) Long memberId,
                @RequestParam(required = false) Long supporters, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String filedOn, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            Petition p = petitions.file(new Petitions.NewPetition(committeeId, kind, proposer, memberId, supporters,
                    reason, AssemblyPages.date(filedOn)));
            redirect.addFlashAttribute("flash", "petition.filed");
            return "redirect:/console/petitions/" + p.id();
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            model.addAttribute("reason", reason);
            model.addAttribute("supporters", supporters);
            model.addAttribute("filedOn", filedOn);
            return list(committeeId, null, null, null, null, model);
        }
    }

    @GetMapping("/console/petitions/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("p", petitions.get(id));
        model.addAttribute("canWrite", HandoverPages.can(Permission.REGISTER_WRITE));
        model.addAttribute("canDecide", HandoverPages.can(Permission.REGISTER_WRITE) && Jurisdictions.currentUser()
                .filter(u -> u.role() != Role.COMMUNITY).isPresent());
        model.addAttribute("today", LocalDate.now(clock));
        return "governance/petition";
    }

    @PostMapping("/console/petitions/{id:\\d+}/order")
    String order(@PathVariable long id, @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String orderedOn, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return act(id, () -> petitions.order(id, new Petitions.Order(reason, AssemblyPages.date(orderedOn))),
                "petition.ordered", model, redirect, response);
    }

    @PostMapping("/console/petitions/{id:\\d+}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decidedOn,
                  @RequestParam(required = false) Boolean carried, @RequestParam(required = false) String result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> petitions.decide(id, new Petitions.Decision(AssemblyPages.date(decidedOn), carried, result)),
                "petition.decided", model, redirect, response);
    }

    private String act(long id, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/petitions/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }
}
