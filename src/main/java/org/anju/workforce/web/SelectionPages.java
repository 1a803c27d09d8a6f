package org.anju.workforce.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.FormInput;
import org.anju.platform.PageRequest;
import org.anju.workforce.Certificates;
import org.anju.workforce.Selections;
import org.anju.workforce.WorkforceView.SelectionDetail;
import org.anju.workforce.web.WorkforcePages.StaffOption;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 最美物业人 in the console: selections, nominations, the owners' vote (phone first), opening and publishing. */
@Controller
@RequestMapping("/console/workforce/selections")
class SelectionPages {

    private final Selections selections;
    private final Certificates certificates;
    private final MessageSource messages;
    private final Clock clock;

    SelectionPages(Selections selections, Certificates certificates, MessageSource messages, Clock clock) {
        this.selections = selections;
        this.certificates = certificates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", selections.list(PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/workforce/selections");
        model.addAttribute("filterQuery", "");
        model.addAttribute("mayOrganise", Selections.mayOrganise());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "workforce/selections";
    }

    @PostMapping
    String create(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        long[] id = new long[1];
        var form = new Selections.SelectionForm(FormInput.integer(p.get("year")), p.get("title"),
                FormInput.integer(p.get("winners")));
        return WorkforcePages.attempt(() -> id[0] = selections.create(form).id(),
                () -> "redirect:/console/workforce/selections/" + id[0], redirect, response, model, messages,
                () -> list(null, null, model));
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        SelectionDetail d = selections.get(id);
        model.addAttribute("d", d);
        model.addAttribute("mayOrganise", Selections.mayOrganise());
        model.addAttribute("mayVote", Selections.mayVote());
        boolean nominator = Selections.mayNominate();
        model.addAttribute("mayNominate", nominator);
        if (nominator && d.selection().status().name().equals("NOMINATING")) {
            Long own = Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                    .map(u -> u.binding().companyId()).orElse(null);
            List<StaffOption> staff = new ArrayList<>();
            certificates.list(null, PageRequest.of(0, PageRequest.MAX_SIZE)).content().stream()
                    .filter(c -> own == null || c.companyId() == own).forEach(c ->
                            certificates.staff(c.companyId()).forEach(s -> staff.add(new StaffOption(c.companyId()
                                    + ":" + s.id(), c.companyName() + " / " + s.name() + " (" + s.position() + ")"))));
            model.addAttribute("staff", staff);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "workforce/selection";
    }

    @PostMapping("/{id:\\d+}/nominations")
    String nominate(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        String[] pick = p.getOrDefault("staff", "").split(":");
        Long company = pick.length == 2 ? FormInput.longValue(pick[0]) : null;
        Long staff = pick.length == 2 ? FormInput.longValue(pick[1]) : null;
        var form = new Selections.NominationForm(staff, company, p.get("deeds"));
        return WorkforcePages.attempt(() -> selections.nominate(id, form),
                () -> "redirect:/console/workforce/selections/" + id, redirect, response, model, messages,
                () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/voting")
    String openVoting(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return WorkforcePages.attempt(() -> selections.openVoting(id), () -> "redirect:/console/workforce/selections/" + id,
                redirect, response, model, messages, () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/votes")
    String vote(@PathVariable long id, @RequestParam(required = false) String nominationId, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return WorkforcePages.attempt(() -> selections.vote(id, new Selections.VoteForm(FormInput.longValue(nominationId))),
                () -> "redirect:/console/workforce/selections/" + id, redirect, response, model, messages,
                () -> detail(id, model));
    }

    @PostMapping("/{id:\\d+}/publication")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return WorkforcePages.attempt(() -> selections.publish(id), () -> "redirect:/console/workforce/selections/" + id,
                redirect, response, model, messages, () -> detail(id, model));
    }
}
