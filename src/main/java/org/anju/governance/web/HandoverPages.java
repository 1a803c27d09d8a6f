package org.anju.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.anju.governance.HandoverItemKind;
import org.anju.governance.HandoverKind;
import org.anju.governance.HandoverSide;
import org.anju.governance.HandoverStatus;
import org.anju.governance.HandoverView.Handover;
import org.anju.governance.Handovers;
import org.anju.governance.RollHandovers;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 交接: the list of committee handovers (overdue first), a handover's page with its checklist, the two sides'
 * confirmations, the township's witness and order; and the developer's owner-roll handovers. A refused form
 * comes back with its errors (422) and nothing written.
 */
@Controller
class HandoverPages {

    /** The list's filters, as the template reads them. */
    record Filter(Long committeeId, HandoverStatus status, boolean overdue) {
    }

    /** Blank checklist lines offered below the filled ones. */
    private static final int BLANK_LINES = 3;

    private final Handovers handovers;
    private final RollHandovers rolls;
    private final Register register;
    private final Clock clock;

    HandoverPages(Handovers handovers, RollHandovers rolls, Register register, Clock clock) {
        this.handovers = handovers;
        this.rolls = rolls;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/console/handovers")
    String list(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) HandoverStatus status,
                @RequestParam(required = false) boolean overdue, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("filter", new Filter(committeeId, status, overdue));
        model.addAttribute("page", handovers.list(null, null, committeeId, status, overdue,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("statuses", HandoverStatus.values());
        model.addAttribute("kinds", HandoverKind.values());
        model.addAttribute("pagerPath", "/console/handovers");
        model.addAttribute("filterQuery", new QueryString().with("committeeId", committeeId).with("status", status)
                .with("overdue", overdue ? true : null).toString());
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        model.addAttribute("today", LocalDate.now(clock));
        return "governance/handovers";
    }

    @PostMapping("/console/handovers")
    String open(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) HandoverKind kind,
                @RequestParam(required = false) Long memberId, @RequestParam(required = false) Long successorId,
                @RequestParam(required = false) String occasionOn, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        try {
            Handover h = handovers.open(new Handovers.NewHandover(committeeId, kind, successorId, memberId,
                    AssemblyPages.date(occasionOn)));
            redirect.addFlashAttribute("flash", "handover.opened");
            return "redirect:/console/handovers/" + h.id();
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return list(committeeId, null, false, null, null, model);
        }
    }

    @GetMapping("/console/handovers/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Handover h = handovers.get(id);
        model.addAttribute("h", h);
        List<Object> lines = new ArrayList<>(h.items());
        for (int i = 0; i < BLANK_LINES; i++) {
            lines.add(null);
        }
        model.addAttribute("lines", lines);
        model.addAttribute("itemKinds", HandoverItemKind.values());
        model.addAttribute("sides", HandoverSide.values());
        boolean writer = can(Permission.REGISTER_WRITE) || Jurisdictions.currentUser()
                .filter(u -> u.role() == Role.OWNERS_COMMITTEE).isPresent();
        model.addAttribute("canWrite", writer);
        model.addAttribute("canDecide", can(Permission.REGISTER_WRITE) && Jurisdictions.currentUser()
                .filter(u -> u.role() != Role.COMMUNITY).isPresent());
        model.addAttribute("today", LocalDate.now(clock));
        return "governance/handover";
    }

    @PostMapping("/console/handovers/{id:\\d+}/items")
    String items(@PathVariable long id, @RequestParam(required = false) List<String> kind,
                 @RequestParam(required = false) List<String> description,
                 @RequestParam(required = false) List<String> amount,
                 @RequestParam(required = false) List<Integer> handed, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        List<Handovers.NewItem> items = new ArrayList<>();
        int n = description == null ? 0 : description.size();
        for (int i = 0; i < n; i++) {
            String text = description.get(i);
            String k = kind != null && i < kind.size() ? kind.get(i) : null;
            String a = amount != null && i < amount.size() ? amount.get(i) : null;
            if ((text == null || text.isBlank()) && (a == null || a.isBlank())) {
                continue; // a blank line
            }
            BigDecimal money = AssemblyPages.decimal(a);
            if (money == null && a != null && !a.isBlank()) {
                money = BigDecimal.valueOf(-1); // unreadable: refused by the checklist rule as a bad amount
            }
            items.add(new Handovers.NewItem(itemKind(k), text, money, handed != null && handed.contains(i)));
        }
        return act(id, () -> handovers.replaceItems(id, items), "handover.itemsSaved", model, redirect, response);
    }

    @PostMapping("/console/handovers/{id:\\d+}/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) HandoverSide side,
                   @RequestParam(required = false) String name, @RequestParam(required = false) String confirmedOn,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> handovers.confirm(id, new Handovers.Confirmation(side, name, AssemblyPages.date(confirmedOn))),
                "handover.confirmed", model, redirect, response);
    }

    @PostMapping("/console/handovers/{id:\\d+}/intervene")
    String intervene(@PathVariable long id, @RequestParam(required = false) String reason,
                     @RequestParam(required = false) String orderedOn, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return act(id, () -> handovers.intervene(id, new Handovers.Intervention(reason, AssemblyPages.date(orderedOn))),
                "handover.intervened", model, redirect, response);
    }

    // the developer's owner roll

    @GetMapping("/console/roll-handovers")
    String rolls(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Boolean delivered,
                 @RequestParam(required = false) boolean overdue, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("delivered", delivered);
        model.addAttribute("overdue", overdue);
        model.addAttribute("page", rolls.list(null, delivered, overdue, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/roll-handovers");
        model.addAttribute("filterQuery", new QueryString().with("delivered", delivered)
                .with("overdue", overdue ? true : null).toString());
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        if (can(Permission.REGISTER_WRITE)) {
            EstateSelects.fill(model, register, estateId);
        }
        if (!model.containsAttribute("triggeredOn")) {
            model.addAttribute("triggeredOn", LocalDate.now(clock).toString());
        }
        return "governance/rolls";
    }

    @PostMapping("/console/roll-handovers")
    String openRoll(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String developerName,
                    @RequestParam(required = false) String triggeredOn, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        try {
            var r = rolls.open(new RollHandovers.NewRollHandover(estateId, developerName, AssemblyPages.date(triggeredOn)));
            redirect.addFlashAttribute("flash", "roll.opened");
            return "redirect:/console/roll-handovers/" + r.id();
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            model.addAttribute("developerName", developerName);
            model.addAttribute("triggeredOn", triggeredOn);
            return rolls(estateId, null, false, null, null, model);
        }
    }

    @GetMapping("/console/roll-handovers/{id:\\d+}")
    String roll(@PathVariable long id, Model model) {
        model.addAttribute("r", rolls.get(id));
        model.addAttribute("canWrite", can(Permission.REGISTER_WRITE));
        model.addAttribute("today", LocalDate.now(clock));
        return "governance/roll";
    }

    @PostMapping("/console/roll-handovers/{id:\\d+}/delivery")
    String deliver(@PathVariable long id, @RequestParam(required = false) String deliveredOn,
                   @RequestParam(required = false) Boolean ownerRoll, @RequestParam(required = false) Boolean areaRecords,
                   @RequestParam(required = false) String otherMaterials, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        try {
            rolls.deliver(id, new RollHandovers.Delivery(AssemblyPages.date(deliveredOn), ownerRoll, areaRecords, otherMaterials));
            redirect.addFlashAttribute("flash", "roll.delivered.flash");
            return "redirect:/console/roll-handovers/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return roll(id, model);
        }
    }

    private String act(long id, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/handovers/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status() == 400 ? 422 : e.status());
            model.addAttribute("errors", e.errors());
            return detail(id, model);
        }
    }

    private static HandoverItemKind itemKind(String text) {
        try {
            return text == null || text.isBlank() ? null : HandoverItemKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean can(Permission permission) {
        return Jurisdictions.currentUser().map(u -> u.can(permission)).orElse(false);
    }
}
