package org.anju.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.disclosure.BoardDetail;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.BoardState;
import org.anju.disclosure.Disclosures;
import org.anju.disclosure.FeeRegime;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.rating.FeeGuidance;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信息公示栏 in the console: the overview (the township's missing and stale boards), an estate's board with its
 * history and violations, and the company's board editor. A refused form comes back with its errors (422).
 */
@Controller
@RequestMapping("/console/disclosures")
class DisclosurePages {

    /** The overview's filters, as the template reads them. */
    record Filter(Long townshipId, Long communityId, String name, BoardState state) {
    }

    private final Disclosures disclosures;
    private final Register register;
    private final MessageSource messages;
    private final FeeGuidance guidance;

    DisclosurePages(Disclosures disclosures, Register register, MessageSource messages, FeeGuidance guidance) {
        this.guidance = guidance;
        this.disclosures = disclosures;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) String name, @RequestParam(required = false) BoardState state,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("filter", new Filter(townshipId, communityId, name, state));
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("states", BoardState.values());
        model.addAttribute("counts", disclosures.counts());
        model.addAttribute("page", disclosures.overview(townshipId, communityId, name, state,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/disclosures");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("name", name).with("state", state).toString());
        model.addAttribute("isCompany", isCompany());
        return "disclosure/list";
    }

    @GetMapping("/estates/{id:\\d+}")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        BoardDetail detail = disclosures.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("board", version == null ? detail.current() : disclosures.version(id, version));
        model.addAttribute("isCompany", isCompany());
        model.addAttribute("canRecord", Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE))
                .filter(u -> u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY).isPresent());
        model.addAttribute("today", disclosures.today());
        // the project's star and its guidance range beside the fees (issue 9)
        model.addAttribute("rating", guidance.forEstate(id));
        return "disclosure/detail";
    }

    @GetMapping("/estates/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        BoardDetail detail = disclosures.detail(id);
        requireCompany();
        BoardDraft current = detail.current() == null ? BoardDraft.empty() : detail.current().content();
        return editor(model, detail, BoardForm.of(current), Map.of());
    }

    @PostMapping("/estates/{id:\\d+}")
    String publish(@PathVariable long id, @ModelAttribute("form") BoardForm form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        BoardDetail detail = disclosures.detail(id);
        requireCompany();
        List<FieldError> errors = new ArrayList<>();
        BoardDraft draft = form.draft(errors);
        try {
            if (!errors.isEmpty()) {
                errors.addAll(org.anju.disclosure.DraftValidation.check(draft).stream()
                        .filter(e -> errors.stream().noneMatch(x -> x.field().equals(e.field()))).toList());
                throw new InvalidRequestException(400, "error.invalid", errors);
            }
            disclosures.publish(id, draft);
            redirect.addFlashAttribute("flash", "disclosure.published");
            return "redirect:/console/disclosures/estates/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return editor(model, detail, form.pad(), texts(e.errors()));
        }
    }

    @PostMapping("/estates/{id:\\d+}/violations")
    String violation(@PathVariable long id, @RequestParam(required = false) String item,
                     @RequestParam(required = false) String amount, @RequestParam(required = false) String chargedOn,
                     @RequestParam(required = false) String evidence, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        try {
            disclosures.recordViolation(id, new Disclosures.NewViolation(item, amount(amount), date(chargedOn),
                    evidence));
            redirect.addFlashAttribute("flash", "disclosure.violationRecorded");
            return "redirect:/console/disclosures/estates/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            model.addAttribute("violation", Map.of("item", item == null ? "" : item, "amount",
                    amount == null ? "" : amount, "chargedOn", chargedOn == null ? "" : chargedOn, "evidence",
                    evidence == null ? "" : evidence));
            return detail(id, null, model);
        }
    }

    private String editor(Model model, BoardDetail detail, BoardForm form, Map<String, String> errors) {
        model.addAttribute("detail", detail);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regimes", FeeRegime.values());
        return "disclosure/edit";
    }

    private Map<String, String> texts(List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach(e -> texts.merge(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
        return texts;
    }

    private static boolean isCompany() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY).isPresent();
    }

    private static void requireCompany() {
        if (!isCompany()) {
            throw new org.springframework.security.access.AccessDeniedException("PROPERTY_COMPANY");
        }
    }

    private static BigDecimal amount(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
