package org.anju.governance.web;

import java.util.List;
import org.anju.platform.PageRequest;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Estate;
import org.springframework.ui.Model;

/**
 * The 乡镇 → 社区 → 小区 cascade of a form (no cap on a township's estates: a community's estates are loaded
 * when the community is chosen). A chosen estate preselects its township and community.
 */
final class EstateSelects {

    private EstateSelects() {
    }

    static void fill(Model model, Register register, Long estateId) {
        Long townshipId = null;
        Long communityId = null;
        if (estateId != null) {
            try {
                Estate e = register.estate(estateId);
                townshipId = e.townshipId();
                communityId = e.communityId();
            } catch (org.anju.platform.NotFoundException ignored) {
                // outside the caller's reach: the form starts empty and the facade answers 404 on save
            }
        }
        var regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("townshipId", townshipId);
        model.addAttribute("communityId", communityId);
        model.addAttribute("estateId", estateId);
        List<Estate> estates = communityId == null ? List.of() : register.estates(
                new RegisterFilter(null, communityId, null, null, null, "name"),
                new PageRequest(0, PageRequest.MAX_SIZE)).content();
        model.addAttribute("estateOptions", estates);
    }

    /** The 物业管理区域 select, offered once the chosen estate has several areas (decision 0027). */
    static void fillAreas(Model model, org.anju.region.ManagementAreas areas, Long estateId, Long areaId) {
        List<org.anju.region.ManagementAreas.Area> options = List.of();
        if (estateId != null) {
            try {
                options = areas.areas(estateId);
            } catch (org.anju.platform.NotFoundException ignored) {
                // outside the caller's reach: no options, the facade answers 404 on save
            }
        }
        model.addAttribute("areaOptions", options.size() > 1 ? options : List.of());
        model.addAttribute("areaId", areaId);
    }
}
