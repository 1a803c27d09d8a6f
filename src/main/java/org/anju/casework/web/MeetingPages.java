package org.anju.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.anju.casework.Mediations;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.region.Register;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 联席会议: the list of a township's (or the county's) joint meetings, the form to record one, and its detail. */
@Controller
@RequestMapping("/console/complaints/meetings")
class MeetingPages {

    private final Mediations mediations;
    private final Register register;

    MeetingPages(Mediations mediations, Register register) {
        this.mediations = mediations;
        this.register = register;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("zone")
    java.time.ZoneId zone() {
        return org.anju.casework.DeadlinePolicy.ZONE;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", mediations.meetings(PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/complaints/meetings");
        // Only a township or the county records a joint meeting (Mediations.hold): the form is theirs.
        boolean holds = org.anju.identity.Jurisdictions.currentUser()
                .filter(u -> u.role() == org.anju.identity.Role.COUNTY_AUTHORITY
                        || u.role() == org.anju.identity.Role.TOWNSHIP_OFFICE)
                .filter(u -> u.can(org.anju.identity.Permission.REGISTER_WRITE)).isPresent();
        model.addAttribute("regions", holds ? register.filterRegions(null).townships() : List.of());
        return "casework/meetings";
    }

    @PostMapping
    String hold(@RequestParam(required = false) Long regionId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                @RequestParam(required = false) String topic, @RequestParam(required = false) String attendees,
                @RequestParam(required = false) String decisions, @RequestParam(required = false) String caseIds,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            long id = mediations.hold(new Mediations.NewMeeting(regionId, heldOn, topic, attendees, decisions,
                    ids(caseIds))).id();
            redirect.addFlashAttribute("flash", "casework.meeting.saved");
            return "redirect:/console/complaints/meetings/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return list(null, null, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", mediations.meeting(id));
        return "casework/meeting";
    }

    /** Case ids as typed: numbers separated by commas or spaces; anything else refuses the form. */
    private static List<Long> ids(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field("caseIds", "casework.error.caseIds");
        }
    }
}
