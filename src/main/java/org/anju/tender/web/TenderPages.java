package org.anju.tender.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.tender.ExpertPool;
import org.anju.tender.ScoringScheme;
import org.anju.tender.TenderStatus;
import org.anju.tender.TenderView.Detail;
import org.anju.tender.Tenders;
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

/**
 * 前期物业招投标 in the console: the list, the tender form (township or county), the detail page with the bid
 * form (company), opening, panel draw, score sheets and award (county), and the county's expert pool.
 */
@Controller
@RequestMapping("/console/tenders")
class TenderPages {

    static final List<ScoringScheme.Weight> DEFAULT_SCHEME = List.of(new ScoringScheme.Weight("投标报价", 30),
            new ScoringScheme.Weight("物业服务方案", 40), new ScoringScheme.Weight("企业信用", 15),
            new ScoringScheme.Weight("项目业绩与人员", 15));

    private final Tenders tenders;
    private final ExpertPool experts;
    private final Register register;
    private final MessageSource messages;
    private final java.time.Clock clock;

    TenderPages(Tenders tenders, ExpertPool experts, Register register, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.tenders = tenders;
        this.experts = experts;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) TenderStatus status, @RequestParam(required = false) String text,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("text", text);
        model.addAttribute("statuses", TenderStatus.values());
        var result = tenders.list(status, text, PageRequest.ofConsole(page, size));
        model.addAttribute("page", result);
        Map<Long, String> deadlines = new LinkedHashMap<>();
        result.content().forEach(t -> deadlines.put(t.id(), Times.format(t.deadline())));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("pagerPath", "/console/tenders");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("text", text).toString());
        model.addAttribute("canCreate", canCreate());
        model.addAttribute("isCounty", role(Role.COUNTY_AUTHORITY));
        return "tender/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        if (!canCreate()) {
            throw new org.springframework.security.access.AccessDeniedException("TOWNSHIP_OFFICE");
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("panelSize", "5");
        return form(model, form, DEFAULT_SCHEME, Map.of());
    }

    @PostMapping
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        List<ScoringScheme.Weight> criteria = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = params.get("criterionName" + i);
            String weight = params.get("criterionWeight" + i);
            if ((name != null && !name.isBlank()) || (weight != null && !weight.isBlank())) {
                criteria.add(new ScoringScheme.Weight(name, integer(weight)));
            }
        }
        try {
            long id = tenders.create(new Tenders.NewTender(longValue(params.get("estateId")), params.get("title"),
                    params.get("developer"), params.get("requirements"), time(params.get("deadline")),
                    time(params.get("openingAt")), integer(params.get("panelSize")), criteria)).id();
            redirect.addFlashAttribute("flash", "tender.created");
            return "redirect:/console/tenders/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return form(model, new LinkedHashMap<>(params), criteria, texts(e.errors()));
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Detail d = tenders.get(id);
        model.addAttribute("d", d);
        model.addAttribute("times", Times.of(d));
        model.addAttribute("isCompany", role(Role.PROPERTY_COMPANY));
        model.addAttribute("isCounty", role(Role.COUNTY_AUTHORITY));
        model.addAttribute("biddingOpen", d.tender().status() == TenderStatus.OPEN
                && clock.instant().isBefore(d.tender().deadline()));
        Map<Long, Map<String, BigDecimal>> sheets = new LinkedHashMap<>();
        d.scores().forEach(s -> sheets.computeIfAbsent(s.panelMemberId(), k -> new LinkedHashMap<>())
                .put(s.bidId() + "_" + s.criterionId(), s.points()));
        model.addAttribute("sheets", sheets);
        model.addAttribute("topBid", d.sealed() || d.bids().isEmpty() ? null : d.bids().get(0));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "tender/detail";
    }

    @PostMapping("/{id:\\d+}/bids")
    String bid(@PathVariable long id, @RequestParam(required = false) String price,
               @RequestParam(required = false) String proposal, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        model.addAttribute("bidProposal", proposal);
        model.addAttribute("bidPrice", price);
        return act(id, () -> tenders.bid(id, new Tenders.NewBid(decimal(price), proposal)), "tender.bidSubmitted",
                model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/opening")
    String open(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> tenders.open(id), "tender.opened", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/panel")
    String panel(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> tenders.drawPanel(id), "tender.panelDrawn", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/scores")
    String scores(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        long member = longValue(params.get("panelMemberId")) == null ? -1 : longValue(params.get("panelMemberId"));
        List<Tenders.Points> sheet = new ArrayList<>();
        params.forEach((k, v) -> {
            if (k.matches("p_\\d{1,18}_\\d{1,18}")) {
                String[] parts = k.split("_");
                sheet.add(new Tenders.Points(Long.valueOf(parts[1]), Long.valueOf(parts[2]), decimal(v)));
            }
        });
        return act(id, () -> tenders.score(id, member, sheet), "tender.scored", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/award")
    String award(@PathVariable long id, @RequestParam(required = false) String bidId,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        return act(id, () -> tenders.award(id, longValue(bidId), reason), "tender.awarded", model, redirect,
                response);
    }

    @GetMapping("/experts")
    String experts(Model model) {
        model.addAttribute("experts", experts.experts());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "tender/experts";
    }

    @PostMapping("/experts")
    String addExpert(@RequestParam(required = false) String name, @RequestParam(required = false) String specialty,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return expertAct(() -> experts.add(name, specialty), model, redirect, response);
    }

    @PostMapping("/experts/{expertId:\\d+}/conflicts")
    String conflict(@PathVariable long expertId, @RequestParam(required = false) String companyId,
                    @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return expertAct(() -> experts.conflict(expertId, longValue(companyId), reason), model, redirect, response);
    }

    private String expertAct(Supplier<?> write, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", "tender.expertSaved");
            return "redirect:/console/tenders/experts";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return experts(model);
        }
    }

    /** Runs a write; on refusal shows the detail again with the errors (422), nothing written. */
    private String act(long id, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/tenders/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return detail(id, model);
        }
    }

    private String form(Model model, Map<String, ?> form, List<ScoringScheme.Weight> criteria,
                        Map<String, String> errors) {
        List<ScoringScheme.Weight> rows = new ArrayList<>(criteria);
        while (rows.size() < 6) {
            rows.add(new ScoringScheme.Weight("", null));
        }
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
        model.addAttribute("form", form);
        model.addAttribute("criteria", rows);
        model.addAttribute("errors", errors);
        return "tender/form";
    }

    private Map<String, String> texts(List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach(e -> texts.merge(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
        return texts;
    }

    private static boolean canCreate() {
        return Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE))
                .filter(u -> u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    private static boolean role(Role role) {
        return Jurisdictions.currentUser().filter(u -> u.role() == role).isPresent();
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDateTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
