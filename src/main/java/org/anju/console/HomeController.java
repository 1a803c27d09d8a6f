package org.anju.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.anju.fund.FundTodo;
import org.anju.governance.GovernanceTodo;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.platform.PageRequest;
import org.anju.region.Register;
import org.anju.region.RegisterView.TownshipCount;
import org.springframework.context.MessageSource;
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
    private final HomeCharts charts;
    private final MessageSource messages;
    private final GovernanceTodo governanceTodo;
    private final FundTodo fundTodo;

    HomeController(Register register, HomeCharts charts, MessageSource messages, GovernanceTodo governanceTodo,
                   FundTodo fundTodo) {
        this.fundTodo = fundTodo;
        this.register = register;
        this.charts = charts;
        this.messages = messages;
        this.governanceTodo = governanceTodo;
    }

    @GetMapping("/console")
    String home(Model model, Locale locale) {
        List<TownshipCount> rows = register.townshipCounts();
        model.addAttribute("townships", rows);
        model.addAttribute("totals", Totals.of(rows));
        // Built here: Thymeleaf 3.1 refused the template's bean call with these arguments (restricted expression mode).
        model.addAttribute("chartOption", charts.townshipBars(rows, messages.getMessage("home.kpi.estates", null, locale),
                messages.getMessage("home.kpi.houses", null, locale)));
        model.addAttribute("chartIds", charts.ids(rows));
        // 待办: the self-governance items, overdue first, for the roles that read the register
        if (Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_READ)).isPresent()) {
            model.addAttribute("todo", governanceTodo.todo(null, false, new PageRequest(0, 5)));
        }
        // the maintenance fund's to-do (issue 8): government roles only, empty for others
        model.addAttribute("fundTodo", fundTodo.items());
        return "console/home";
    }
}
