package org.anju.market.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.anju.market.ServiceMode;
import org.anju.market.ServiceModes;
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

/** 物业服务形式: the list of estates with their current mode, and one estate's history with the change form. */
@Controller
@RequestMapping("/console/service-modes")
class ServiceModePages {

    private static final PageRequest ESTATE_OPTIONS = new PageRequest(0, 100);

    private final ServiceModes modes;
    private final Register register;
    private final org.anju.region.ManagementAreas areas;

    ServiceModePages(ServiceModes modes, Register register, org.anju.region.ManagementAreas areas) {
        this.areas = areas;
        this.modes = modes;
        this.register = register;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) Long estateId, @RequestParam(required = false) ServiceMode mode, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("communityId", communityId);
        model.addAttribute("estateId", estateId);
        model.addAttribute("estateOptions", communityId == null ? List.of() : register.estates(
                new RegisterFilter(null, communityId, null, null, null, "name"), ESTATE_OPTIONS).content());
        model.addAttribute("mode", mode);
        model.addAttribute("modes", ServiceMode.values());
        model.addAttribute("page", modes.estates(townshipId, communityId, estateId, mode,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/service-modes");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("mode", mode == null ? null : mode.name()).toString());
        return "market/service-modes";
    }

    @GetMapping("/{estateId:\\d+}")
    String estate(@PathVariable long estateId, @RequestParam(required = false) Long areaId, Model model) {
        var all = areas.areas(estateId);
        // an estate of several management areas shows one area at a time, the default one first
        Long area = areaId != null || all.size() == 1 ? areaId : Long.valueOf(all.get(0).id());
        model.addAttribute("estate", modes.estate(estateId, area));
        model.addAttribute("history", modes.history(estateId, area));
        model.addAttribute("areas", all.size() > 1 ? all : List.of());
        model.addAttribute("modes", ServiceMode.values());
        model.addAttribute("canChange", ServiceModes.canChange());
        return "market/service-mode";
    }

    @PostMapping("/{estateId:\\d+}")
    String change(@PathVariable long estateId, @RequestParam(required = false) Long areaId,
                  @RequestParam(required = false) ServiceMode mode,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) Long companyId, @RequestParam(required = false) String note,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            modes.change(estateId, new ServiceModes.Change(mode, from, companyId, note, areaId));
            redirect.addFlashAttribute("flash", "serviceMode.changed");
            return "redirect:/console/service-modes/" + estateId + (areaId == null ? "" : "?areaId=" + areaId);
        } catch (InvalidRequestException e) {
            response.setStatus(422); // the page again with the errors under the fields: nothing was written
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", new ServiceModes.Change(mode, from, companyId, note, areaId));
            return estate(estateId, areaId, model);
        }
    }
}
