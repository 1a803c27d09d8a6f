package org.anju.fund.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import org.anju.fund.DepositKind;
import org.anju.fund.FundChecks;
import org.anju.fund.FundIncome;
import org.anju.fund.DeveloperCharges;
import org.anju.fund.FundLedger;
import org.anju.fund.FundView.Posted;
import org.anju.fund.IncomeBatches;
import org.anju.fund.Payer;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
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
 * 维修资金 in the console: the accounts (with each estate's totals), one account's movements, the journal, the check
 * and its alerts, deposits with the county's standards and the interest allocation, and the arrears list. A refused
 * form comes back with its errors (422) and nothing written.
 */
@Controller
@RequestMapping("/console/fund")
class FundPages {

    /** The lists' filters, as the templates read them. */
    record Filter(Long townshipId, Long communityId, Long estateId, Boolean topUpOnly, String sort, String kind) {
    }

    private final FundLedger ledger;
    private final FundIncome income;
    private final FundChecks checks;
    private final Register register;
    private final DeveloperCharges charges;
    private final IncomeBatches batches;

    FundPages(FundLedger ledger, FundIncome income, FundChecks checks, Register register, DeveloperCharges charges,
              IncomeBatches batches) {
        this.charges = charges;
        this.batches = batches;
        this.ledger = ledger;
        this.income = income;
        this.checks = checks;
        this.register = register;
    }

    @GetMapping
    String accounts(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                    @RequestParam(required = false) Long estateId, @RequestParam(required = false) Boolean topUpOnly,
                    @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
                    @RequestParam(required = false) Integer size, Model model) {
        filters(model, townshipId, communityId);
        model.addAttribute("filter", new Filter(townshipId, communityId, estateId, topUpOnly, sort, null));
        model.addAttribute("page", ledger.accounts(townshipId, communityId, estateId, topUpOnly, sort,
                PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/fund");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("topUpOnly", topUpOnly)
                .with("sort", sort).toString());
        boolean government = government();
        model.addAttribute("estates", government ? ledger.estates(townshipId, new PageRequest(0, 10)) : null);
        model.addAttribute("alerts", government ? checks.openAlerts(new PageRequest(0, 5)) : null);
        return "fund/accounts";
    }

    @GetMapping("/accounts/{houseId:\\d+}")
    String account(@PathVariable long houseId, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        var s = ledger.statement(houseId, PageRequest.ofConsole(page, size));
        model.addAttribute("statement", s);
        model.addAttribute("page", new org.anju.platform.PageResult<>(s.movements(), s.totalMovements(), s.page(),
                s.size()));
        model.addAttribute("pagerPath", "/console/fund/accounts/" + houseId);
        model.addAttribute("isCounty", county());
        return "fund/account";
    }

    @PostMapping("/accounts/{houseId:\\d+}/transfer")
    String transfer(@PathVariable long houseId, @RequestParam(required = false) String note, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ledger.transfer(houseId, note);
            redirect.addFlashAttribute("flash", "fund.transfer.done");
            return "redirect:/console/fund/accounts/" + houseId;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return account(houseId, null, null, model);
        }
    }

    @GetMapping("/journal")
    String journal(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                   @RequestParam(required = false) Long estateId, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                   Model model) {
        filters(model, townshipId, communityId);
        model.addAttribute("filter", new Filter(townshipId, communityId, estateId, null, null, kind));
        model.addAttribute("page", ledger.journal(estateId, kind, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/fund/journal");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).with("kind", kind).toString());
        model.addAttribute("kinds", List.of("DEPOSIT", "INCOME", "USAGE", "REFUND"));
        return "fund/journal";
    }

    @GetMapping("/check")
    String check(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 Model model) {
        model.addAttribute("page", checks.openAlerts(PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/fund/check");
        return "fund/check";
    }

    @PostMapping("/check")
    String runCheck(Model model) {
        model.addAttribute("result", checks.run());
        return check(null, null, model);
    }

    @GetMapping("/arrears")
    String arrears(@RequestParam(required = false) Long townshipId, @RequestParam(required = false) Long communityId,
                   @RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        filters(model, townshipId, communityId);
        model.addAttribute("filter", new Filter(townshipId, communityId, estateId, null, null, null));
        model.addAttribute("page", ledger.arrears(townshipId, estateId, PageRequest.ofConsole(page, size)));
        model.addAttribute("charges", charges.list(estateId, new PageRequest(0, 20)));
        model.addAttribute("isCounty", county());
        model.addAttribute("pagerPath", "/console/fund/arrears");
        model.addAttribute("filterQuery", new QueryString().with("townshipId", townshipId)
                .with("communityId", communityId).with("estateId", estateId).toString());
        return "fund/arrears";
    }

    @GetMapping("/deposits")
    String deposits(Model model) {
        model.addAttribute("settings", ledger.settings().all());
        model.addAttribute("isCounty", county());
        model.addAttribute("depositKinds", DepositKind.values());
        model.addAttribute("payers", Payer.values());
        model.addAttribute("newKey", java.util.UUID.randomUUID().toString());
        model.addAttribute("batches", government() ? batches.batches(new PageRequest(0, 10)) : null);
        return "fund/deposits";
    }

    @PostMapping("/deposits")
    String deposit(@RequestParam(required = false) Long houseId, @RequestParam(required = false) String amount,
                   @RequestParam(required = false) DepositKind kind, @RequestParam(required = false) Payer payer,
                   @RequestParam(required = false) String publicPrice,
                   @RequestParam(required = false) String idempotencyKey, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return form(() -> {
            Posted p = ledger.deposit(new FundLedger.NewDeposit(houseId, money(amount, "amount"), kind, payer, null,
                    null, idempotencyKey, money(publicPrice, "publicPrice")));
            redirect.addFlashAttribute("flash", p.replayed() ? "fund.deposit.replayed" : "fund.deposit.done");
            return "redirect:/console/fund/accounts/" + houseId;
        }, model, response);
    }

    @PostMapping("/deposits/sale")
    String sale(@RequestParam(required = false) Long buildingId, @RequestParam(required = false) String filingRef,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return form(() -> {
            Posted p = ledger.fileSale(buildingId, filingRef);
            redirect.addFlashAttribute("flash", p.replayed() ? "fund.deposit.replayed" : "fund.deposit.done");
            return "redirect:/console/fund/journal";
        }, model, response);
    }

    @PostMapping("/income")
    String allocate(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String periodStart,
                    @RequestParam(required = false) String periodEnd, @RequestParam(required = false) String ratePercent,
                    @RequestParam(required = false) String total, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return form(() -> {
            income.allocate(new FundIncome.NewAllocation(estateId, date(periodStart), date(periodEnd),
                    money(ratePercent, "ratePercent"), money(total, "total")));
            redirect.addFlashAttribute("flash", "fund.income.done");
            return "redirect:/console/fund/journal?kind=INCOME";
        }, model, response);
    }

    @PostMapping("/income/batch")
    String allocateAll(@RequestParam(required = false) String periodStart,
                       @RequestParam(required = false) String periodEnd,
                       @RequestParam(required = false) String ratePercent, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        return form(() -> {
            var b = batches.allocate(new IncomeBatches.NewBatch(date(periodStart), date(periodEnd),
                    money(ratePercent, "ratePercent")));
            redirect.addFlashAttribute("flash", "fund.batch.done");
            redirect.addFlashAttribute("batchId", b.id());
            return "redirect:/console/fund/deposits#fund-batches";
        }, model, response);
    }

    @PostMapping("/settings")
    String setting(@RequestParam(required = false) String name, @RequestParam(required = false) String value,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return form(() -> {
            ledger.changeSetting(name, money(value, "value"));
            redirect.addFlashAttribute("flash", "fund.deposit.done");
            return "redirect:/console/fund/deposits";
        }, model, response);
    }

    private String form(Supplier<String> write, Model model, HttpServletResponse response) {
        try {
            return write.get();
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", e.errors());
            return deposits(model);
        }
    }

    private void filters(Model model, Long townshipId, Long communityId) {
        Register.FilterRegions regions = register.filterRegions(townshipId);
        model.addAttribute("townships", regions.townships());
        model.addAttribute("communities", regions.communities());
        boolean narrowed = townshipId != null || communityId != null || regions.townships().isEmpty();
        model.addAttribute("estateOptions", narrowed && government() ? register.estates(
                new RegisterFilter(townshipId, communityId, null, null, null, "name"), new PageRequest(0, 100))
                .content() : List.of());
    }

    /** A number from a form field; blank = none; unreadable = a field error. */
    static BigDecimal money(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(field, "error.field.type");
        }
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean county() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    static boolean government() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY
                || u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COMMUNITY).isPresent();
    }
}
