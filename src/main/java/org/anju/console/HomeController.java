package org.anju.console;

import java.math.BigDecimal;
import java.util.List;
import org.anju.region.Register;
import org.anju.region.RegisterView.TownshipCount;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench home: register counts per township (KPI cards, chart, table) and the to-do list. */
@Controller
class HomeController {

    /** Totals over the townships shown. */
    record Totals(long estates, long buildings, long houses, long owners, BigDecimal area) {
        static Totals of(List<TownshipCount> rows) {
            return new Totals(rows.stream().mapToLong(TownshipCount::estates).sum(),
                    rows.stream().mapToLong(TownshipCount::buildings).sum(),
                    rows.stream().mapToLong(TownshipCount::houses).sum(),
                    rows.stream().mapToLong(TownshipCount::owners).sum(),
                    rows.stream().map(TownshipCount::totalArea).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
    }

    private final Register register;

    HomeController(Register register) {
        this.register = register;
    }

    @GetMapping("/console")
    String home(Model model) {
        List<TownshipCount> rows = register.townshipCounts();
        model.addAttribute("townships", rows);
        model.addAttribute("totals", Totals.of(rows));
        return "console/home";
    }
}
