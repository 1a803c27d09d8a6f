package org.anju.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.fund.DeveloperCharges;
import org.anju.fund.FundView.Posted;
import org.anju.fund.YearStatements;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fund's yearly statements (年度公布: the county generates a past year per estate; everyone in the jurisdiction
 * reads them) and the developer's charges for unsold houses (charged and paid from the arrears page).
 */
@Controller
@RequestMapping("/console/fund")
class YearPages {

    private final YearStatements statements;
    private final DeveloperCharges charges;
    private final Register register;
    private final Clock clock;

    YearPages(YearStatements statements, DeveloperCharges charges, Register register, Clock clock) {
        this.statements = statements;
        this.charges = charges;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/statements")
    String list(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                @RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        Register.FilterRegions regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        model.addAttribute("estateOptions", FundPages.government() ? register.estates(
                new RegisterFilter(townshipId, communityId, null, null, null, "name"), new PageRequest(0, 100))
                .content() : List.of());
        model.addAttribute("filter", new FundPages.Filter(townshipId, communityId, estateId, null, null, null));
        model.addAttribute("year", year);
        model.addAttribute("lastYear", LocalDate.now(clock).getYear() - 1);
        model.addAttribute("isCounty", FundPages.county());
        model.addAttribute("page", statements.list(estateId, year, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/fund/statements");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("year", year).toString());
        return "fund/statements";
    }

    @PostMapping("/statements")
    String generate(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer year,
                    RedirectAttributes redirect) {
        return attempt(redirect, () -> {
            var s = statements.generate(estateId, year);
            redirect.addFlashAttribute("flash", s.replayed() ? "fund.statement.replayed" : "fund.statement.done");
        }, "redirect:/console/fund/statements?estateId=" + (estateId == null ? "" : estateId));
    }

    @PostMapping("/developer-charges")
    String charge(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String deliveredOn,
                  @RequestParam(required = false) String reference, RedirectAttributes redirect) {
        return attempt(redirect, () -> {
            charges.charge(new DeveloperCharges.NewCharge(estateId, FundPages.date(deliveredOn), reference));
            redirect.addFlashAttribute("flash", "fund.charge.done");
        }, "redirect:/console/fund/arrears?estateId=" + (estateId == null ? "" : estateId));
    }

    @PostMapping("/developer-charges/{id:\\d+}/payment")
    String pay(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, () -> {
            Posted p = charges.pay(id, null);
            redirect.addFlashAttribute("flash", p.replayed() ? "fund.deposit.replayed" : "fund.charge.paid");
        }, "redirect:/console/fund/arrears");
    }

    private static String attempt(RedirectAttributes redirect, Runnable write, String to) {
        try {
            write.run();
        } catch (InvalidRequestException e) {
            var first = e.errors().isEmpty() ? null : e.errors().get(0);
            redirect.addFlashAttribute("errorKey", first == null ? e.detailKey() : first.messageKey());
            redirect.addFlashAttribute("errorArgs", first == null ? List.of() : List.of(first.args()));
        }
        return to;
    }
}
