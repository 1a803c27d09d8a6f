package org.anju.portal;

import org.anju.region.PublicRegisterFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public portal's front page. Sections whose module is not live yet say so; nothing is invented. */
@Controller
class PortalController {

    private final PublicRegisterFigures figures;

    PortalController(PublicRegisterFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("figures", figures.perTownship());
        return "portal/index";
    }
}
