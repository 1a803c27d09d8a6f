package org.anju.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.inspection.HazardKind;
import org.anju.inspection.Inspections;
import org.anju.inspection.Severity;
import org.anju.inspection.internal.InspectionStore.InspectionFilter;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages: the county's plans (commit, draw, publish), the directories, and an inspector's phone page for
 * recording findings with a photo and the location.
 */
@Controller
@RequestMapping("/console/inspections")
class InspectionPages {

    private final Inspections inspections;
    private final MessageSource messages;

    InspectionPages(Inspections inspections, MessageSource messages) {
        this.inspections = inspections;
        this.messages = messages;
    }

    @GetMapping
    String home(@RequestParam(required = false) Integer page, Model model) {
        boolean county = role(Role.COUNTY_AUTHORITY);
        model.addAttribute("isCounty", county);
        if (!role(Role.DEPARTMENT)) {
            model.addAttribute("plans", inspections.plans(PageRequest.ofConsole(0, 50)).content());
        }
        if (county) {
            model.addAttribute("matters", inspections.matters());
            model.addAttribute("targets", inspections.targets());
            model.addAttribute("inspectors", inspections.inspectors());
        }
        model.addAttribute("page", inspections.inspections(new InspectionFilter(null, null, null),
                PageRequest.ofConsole(page, 20)));
        model.addAttribute("pagerPath", "/console/inspections");
        model.addAttribute("filterQuery", "");
        model.addAttribute("today", inspections.today());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "inspection/home";
    }

    /** The county's matter list and directories: add and edit matters, retire or reactivate any entry. */
    @GetMapping("/directories")
    String directories(Model model) {
        model.addAttribute("matters", inspections.matters());
        model.addAttribute("targets", inspections.targets());
        model.addAttribute("inspectors", inspections.inspectors());
        model.addAttribute("nl", "\n");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "inspection/directories";
    }

    @PostMapping("/matters")
    String addMatter(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return act("directories", () -> inspections.addMatter(new Inspections.NewMatter(p.get("code"), p.get("name"),
                p.get("basis"), p.get("checklist"))), "inspection.matterSaved", model, redirect, response,
                () -> directories(model));
    }

    @PostMapping("/matters/{id:\\d+}")
    String updateMatter(@PathVariable long id, @RequestParam Map<String, String> p, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return act("directories", () -> inspections.updateMatter(id, new Inspections.NewMatter(null, p.get("name"),
                p.get("basis"), p.get("checklist"))), "inspection.matterSaved", model, redirect, response,
                () -> directories(model));
    }

    @PostMapping("/{directory:matters|targets|inspectors}/{id:\\d+}/active")
    String setActive(@PathVariable String directory, @PathVariable long id, @RequestParam Map<String, String> p,
                     Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Inspections.Directory d = switch (directory) {
            case "matters" -> Inspections.Directory.MATTER;
            case "targets" -> Inspections.Directory.TARGET;
            default -> Inspections.Directory.INSPECTOR;
        };
        Boolean active = p.get("active") == null ? null : Boolean.valueOf(p.get("active"));
        return act("directories", () -> {
            inspections.setActive(d, id, active, p.get("reason"));
            return null;
        }, Boolean.TRUE.equals(active) ? "inspection.reactivated" : "inspection.deactivated", model, redirect,
                response, () -> directories(model));
    }

    @PostMapping("/plans")
    String commit(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            long id = inspections.commit(new Inspections.NewPlan(p.get("title"), number(p.get("matterId")),
                    integer(p.get("sharePercent")), integer(p.get("perTarget")), date(p.get("startsOn")),
                    date(p.get("endsOn")), null)).plan().id();
            redirect.addFlashAttribute("flash", "inspection.committed");
            return "redirect:/console/inspections/plans/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return home(null, model);
        }
    }

    @GetMapping("/plans/{id:\\d+}")
    String plan(@PathVariable long id, Model model) {
        model.addAttribute("d", inspections.plan(id));
        model.addAttribute("isCounty", role(Role.COUNTY_AUTHORITY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "inspection/plan";
    }

    @PostMapping("/plans/{id:\\d+}/draw")
    String draw(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act("plans/" + id, () -> inspections.draw(id), "inspection.drawn", model, redirect, response,
                () -> plan(id, model));
    }

    @GetMapping("/{id:\\d+}")
    String inspection(@PathVariable long id, Model model) {
        model.addAttribute("d", inspections.inspection(id));
        model.addAttribute("isCounty", role(Role.COUNTY_AUTHORITY));
        model.addAttribute("kinds", HazardKind.values());
        model.addAttribute("today", inspections.today());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "inspection/inspection";
    }

    @PostMapping("/{id:\\d+}/findings")
    String record(@PathVariable long id, @RequestParam Map<String, String> p,
                  @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) throws IOException {
        List<Inspections.Photo> photos = new ArrayList<>();
        if (photo != null && !photo.isEmpty()) {
            photos.add(new Inspections.Photo(photo.getContentType(), photo.getBytes()));
        }
        Boolean passed = p.get("passed") == null ? null : Boolean.valueOf(p.get("passed"));
        return act(String.valueOf(id), () -> inspections.record(id, new Inspections.NewFinding(p.get("item"), passed,
                        enumOf(Severity.class, p.get("severity")), enumOf(HazardKind.class, p.get("hazardKind")),
                        p.get("description"), date(p.get("rectifyBy")), decimal(p.get("latitude")),
                        decimal(p.get("longitude"))), photos), "inspection.recorded", model, redirect, response,
                () -> inspection(id, model));
    }

    @PostMapping("/{id:\\d+}/finish")
    String finish(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(String.valueOf(id), () -> inspections.finish(id), "inspection.finished", model, redirect, response,
                () -> inspection(id, model));
    }

    @PostMapping("/{id:\\d+}/publish")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(String.valueOf(id), () -> inspections.publish(id), "inspection.published", model, redirect,
                response, () -> inspection(id, model));
    }

    @GetMapping("/{id:\\d+}/photos/{photo:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photo) {
        Inspections.Photo p = inspections.photo(id, photo);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType())).body(p.content());
    }

    private String act(String path, Supplier<?> write, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, Supplier<String> again) {
        try {
            write.get();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/inspections/" + path;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", texts(e.errors()));
            return again.get();
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        Long n = number(value);
        return n == null || n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? null : n.intValue();
    }

    private static BigDecimal decimal(String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean role(Role role) {
        return Jurisdictions.currentUser().filter(u -> u.role() == role).isPresent();
    }

    Map<String, String> texts(List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach(e -> texts.merge(e.field(), messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                LocaleContextHolder.getLocale()), (a, b) -> a + " " + b));
        return texts;
    }
}
