package org.anju.region.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.anju.platform.InvalidRequestException;
import org.anju.region.ManagementAreas;
import org.anju.region.Register;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 物业管理区域 of an estate: the list, and for the township or county the split, rename, move and remove forms. */
@Controller
@RequestMapping("/console/estates/{id:\\d+}/areas")
class EstateAreaPages {

    private final Register register;
    private final ManagementAreas areas;

    EstateAreaPages(Register register, ManagementAreas areas) {
        this.register = register;
        this.areas = areas;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        model.addAttribute("estate", register.estate(id));
        model.addAttribute("areas", areas.areas(id));
        model.addAttribute("canSplit", ManagementAreas.canSplit());
        return "register/areas";
    }

    @PostMapping
    String create(@PathVariable long id, @RequestParam(required = false) String name, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> areas.create(id, name), "area.created", model, redirect, response);
    }

    @PostMapping("/{areaId:\\d+}/name")
    String rename(@PathVariable long id, @PathVariable long areaId, @RequestParam(required = false) String name,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> areas.rename(id, areaId, name), "area.renamed", model, redirect, response);
    }

    @PostMapping("/move")
    String move(@PathVariable long id, @RequestParam long areaId,
                @RequestParam(name = "buildingIds", required = false) List<Long> buildingIds, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> areas.moveBuildings(id, areaId, buildingIds), "area.moved", model, redirect, response);
    }

    @PostMapping("/{areaId:\\d+}/remove")
    String remove(@PathVariable long id, @PathVariable long areaId, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return act(id, () -> areas.remove(id, areaId), "area.removed", model, redirect, response);
    }

    private String act(long id, Runnable action, String flash, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/console/estates/" + id + "/areas";
        } catch (InvalidRequestException e) {
            response.setStatus(e.status());
            model.addAttribute("areaErrors", e.errors());
            return page(id, model);
        }
    }
}
