package org.anju.region.web;

import java.util.List;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.ui.Model;

/** What every register list page puts in its model: the cascading filter options and the pager's state. */
final class ConsoleLists {

    /** Estate options in a filter: enough for any one community. */
    private static final PageRequest ESTATE_OPTIONS = new PageRequest(0, 100);

    private ConsoleLists() {
    }

    /** The options of the 所属乡镇 → 社区 → 小区 cascade ({@link Register#filterRegions}, then the estates). */
    static void filterOptions(Model model, Register register, Long townshipId, Long communityId) {
        Register.FilterRegions regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        boolean narrowed = townshipId != null || communityId != null || regions.townships().isEmpty();
        model.addAttribute("estateOptions", narrowed ? register.estates(
                new RegisterFilter(townshipId, communityId, null, null, null, "name"), ESTATE_OPTIONS).content()
                : List.of());
    }

    /** The page, and the path and filters its pager links keep. */
    static void page(Model model, PageResult<?> page, String path, QueryString filters) {
        model.addAttribute("page", page);
        model.addAttribute("pagerPath", path);
        model.addAttribute("filterQuery", filters.toString());
    }

    static QueryString regionFilters(Long townshipId, Long communityId, Long estateId, String keyword) {
        return new QueryString().with("townshipId", townshipId).with("communityId", communityId)
                .with("estateId", estateId).with("keyword", keyword);
    }

    static boolean can(Permission permission) {
        return Jurisdictions.currentUser().map(u -> u.can(permission)).orElse(false);
    }
}
