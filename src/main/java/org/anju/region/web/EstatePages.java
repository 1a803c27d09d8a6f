package org.anju.region.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.anju.identity.Permission;
import org.anju.platform.FormInput;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.region.DeliveredBuildings;
import org.anju.region.ManagementAreas;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Estate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 小区: the list, the 新增 form and the detail page (its tabs are in {@link EstateTabsPage}). */
@Controller
@RequestMapping("/console/estates")
class EstatePages {

    /** The sort orders the list offers (keys of RegisterQueries' estate sorts). */
    static final List<String> SORTS = List.of("name", "-builtYear", "builtYear", "-houses", "-totalArea");

    private final Register register;
    private final DeliveredBuildings delivered;
    private final ManagementAreas areas;

    EstatePages(Register register, DeliveredBuildings delivered, ManagementAreas areas) {
        this.register = register;
        this.delivered = delivered;
        this.areas = areas;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) String keyword, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        var filter = new RegisterFilter(townshipId, communityId, null, null, keyword, sort);
        ConsoleLists.filterOptions(model, register, townshipId, communityId);
        model.addAttribute("filter", filter);
        model.addAttribute("sorts", SORTS);
        model.addAttribute("canWrite", ConsoleLists.can(Permission.REGISTER_WRITE));
        ConsoleLists.page(model, register.estates(filter, PageRequest.ofConsole(page, size)), "/console/estates",
                ConsoleLists.regionFilters(townshipId, communityId, null, keyword).with("sort", sort));
        return "register/estates";
    }

    @GetMapping("/new")
    String form(Model model) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        return form(model, new EstateForm());
    }

    @PostMapping
    String create(@Valid @ModelAttribute("estateForm") EstateForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Register.requirePermission(Permission.REGISTER_WRITE);
        if (errors.hasErrors()) {
            response.setStatus(422); // the form again, with its errors: nothing was written
            return form(model, form);
        }
        try {
            Estate created = register.createEstate(form.toNewEstate());
            redirect.addFlashAttribute("flash", "estate.created");
            return "redirect:/console/estates/" + created.id();
        } catch (InvalidRequestException e) {
            e.errors().forEach(f -> errors.rejectValue(f.field(), f.messageKey(), f.args(), f.messageKey()));
            response.setStatus(422);
            return form(model, form);
        }
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("estate", register.estate(id));
        boolean canWrite = ConsoleLists.can(Permission.REGISTER_WRITE);
        model.addAttribute("canWrite", canWrite);
        if (canWrite) {
            model.addAttribute("areas", areas.areas(id));
            if (!model.containsAttribute("buildingForm")) {
                model.addAttribute("buildingForm", Map.of());
            }
        }
        return "register/estate";
    }

    /** Records the estate's position for the map of cases (both degrees, or both blank to clear). */
    @PostMapping("/{id:\\d+}/position")
    String position(@PathVariable long id, @RequestParam(required = false) String longitude,
                    @RequestParam(required = false) String latitude, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        try {
            register.setPosition(id, degrees(longitude, "longitude"), degrees(latitude, "latitude"));
            redirect.addFlashAttribute("flash", "estate.position.saved");
            return "redirect:/console/estates/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status());
            model.addAttribute("positionErrors", e.errors());
            return detail(id, model);
        }
    }

    /** 登记新交付楼栋: the card's form; a field that is no number is refused by the service like one out of range. */
    @PostMapping("/{id:\\d+}/buildings")
    String deliver(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        try {
            delivered.register(id, new DeliveredBuildings.NewBuilding(form.get("name"),
                    FormInput.integer(form.get("sections")), FormInput.integer(form.get("floors")),
                    FormInput.integer(form.get("housesPerFloor")), FormInput.decimal(form.get("exclusiveArea")),
                    form.containsKey("hasLift"), FormInput.integer(form.get("builtYear")),
                    FormInput.longValue(form.get("areaId"))));
            redirect.addFlashAttribute("flash", "delivered.created");
            return "redirect:/console/estates/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(e.status());
            model.addAttribute("buildingErrors", e.errors());
            model.addAttribute("buildingForm", form);
            return detail(id, model);
        }
    }

    private static java.math.BigDecimal degrees(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(field, "error.estate." + field);
        }
    }

    private String form(Model model, EstateForm form) {
        model.addAttribute("estateForm", form);
        model.addAttribute("communities", register.communityOptions());
        model.addAttribute("townships", register.regionOptions(null));
        return "register/estate-form";
    }
}
