package org.anju.region.web;

import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 楼栋, 房屋 and 业主 lists, and the options of the cascading filters (htmx partials). */
@Controller
class RegisterListPages {

    private final Register register;

    RegisterListPages(Register register) {
        this.register = register;
    }

    /** One of the lists; the filters stay in the URL so that a filtered list can be bookmarked. */
    @GetMapping("/console/{list:buildings|houses|owners}")
    String list(@PathVariable String list, @RequestParam(required = false) Long townshipId,
                @RequestParam(required = false) Long communityId, @RequestParam(required = false) Long estateId,
                @RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        var filter = new RegisterFilter(townshipId, communityId, estateId, null, keyword, null);
        PageRequest request = PageRequest.ofConsole(page, size);
        PageResult<?> rows = switch (list) {
            case "buildings" -> register.buildings(filter, request);
            case "houses" -> register.houses(filter, request);
            default -> register.owners(filter, request);
        };
        ConsoleLists.filterOptions(model, register, townshipId, communityId);
        model.addAttribute("filter", filter);
        ConsoleLists.page(model, rows, "/console/" + list,
                ConsoleLists.regionFilters(townshipId, communityId, estateId, keyword));
        model.addAttribute("list", list);
        return "register/list";
    }

    /** The communities of a township (parentId or townshipId), as &lt;option&gt;s for the cascade. */
    @GetMapping("/console/regions/options")
    String regionOptions(@RequestParam(required = false) Long parentId,
                         @RequestParam(required = false) Long townshipId, Model model) {
        Long parent = parentId != null ? parentId : townshipId;
        model.addAttribute("options", parent == null ? register.communityOptions() : register.regionOptions(parent));
        return "register/filters :: regionOptions";
    }

    /** The estates of a community (or township), as &lt;option&gt;s for the cascade. */
    @GetMapping("/console/regions/estates")
    String estateOptions(@RequestParam(required = false) Long townshipId,
                         @RequestParam(required = false) Long communityId, Model model) {
        ConsoleLists.filterOptions(model, register, townshipId, communityId);
        return "register/filters :: estateOptions";
    }
}
