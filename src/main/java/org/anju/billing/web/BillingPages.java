package org.anju.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.anju.billing.Arrears;
import org.anju.billing.ArrearsMeasure;
import org.anju.billing.BillStatus;
import org.anju.billing.Bills;
import org.anju.billing.CollectionRates;
import org.anju.billing.PaymentMethod;
import org.anju.billing.Payments;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fee pages: the owner's statement on a phone (pay online, receipts), the staff's bill list with the
 * company's monthly batch and cash payments, collection rates, and the arrears list and house file with the
 * step, wilful-arrears, objection and decision forms each role may use. A refused form changes nothing and
 * comes back with the rule's message.
 */
@Controller
class BillingPages {

    /** The list's filters as the template reads them. */
    record Filter(Long estateId, String period, BillStatus status) {
    }

    private final Bills bills;
    private final Payments payments;
    private final Arrears arrears;
    private final CollectionRates rates;
    private final org.anju.billing.CommonIncome common;
    private final Register register;
    private final java.time.Clock clock;

    BillingPages(Bills bills, Payments payments, Arrears arrears, CollectionRates rates, Register register,
                 java.time.Clock clock, org.anju.billing.CommonIncome common) {
        this.common = common;
        this.clock = clock;
        this.bills = bills;
        this.payments = payments;
        this.arrears = arrears;
        this.rates = rates;
        this.register = register;
    }

    @GetMapping("/console/me/bills")
    String myBills(Model model) {
        model.addAttribute("statements", bills.myStatements());
        // one key per page view: a double tap on 支付 is the same payment
        model.addAttribute("payKey", "web-" + UUID.randomUUID());
        return "billing/my-bills";
    }

    @PostMapping("/console/me/bills/{id}/pay")
    String payOnline(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
                     @RequestParam(required = false) String key, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/me/bills", () -> payments.pay(new Payments.NewPayment(id, amount,
                PaymentMethod.ONLINE, "ONLINE-" + key, key + "-" + id)), "billing.flash.paid");
    }

    /** The receipt of the bill's latest payment, as PDF (the bill must be the caller's: 404 otherwise). */
    @GetMapping("/console/me/bills/{id}/receipts")
    org.springframework.http.ResponseEntity<byte[]> receipt(@PathVariable long id) {
        var payments = bills.bill(id).payments();
        if (payments.isEmpty()) {
            throw new org.anju.platform.NotFoundException("payment of bill", id);
        }
        long last = payments.get(payments.size() - 1).id();
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=receipt-" + last + ".pdf")
                .body(this.payments.receipt(last));
    }

    @GetMapping("/console/bills")
    String list(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String period,
                @RequestParam(required = false) BillStatus status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        String month = period == null || period.isBlank() ? YearMonth.now(clock).toString() : period;
        model.addAttribute("filter", new Filter(estateId, month, status));
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, 100)).content());
        model.addAttribute("statuses", BillStatus.values());
        model.addAttribute("page", safe(() -> bills.bills(estateId, null, month, status, PageRequest.ofConsole(page, size))));
        model.addAttribute("pagerPath", "/console/bills");
        model.addAttribute("filterQuery", new QueryString().with("estateId", estateId).with("period", month)
                .with("status", status).toString());
        model.addAttribute("rates", safe(() -> rates.rates(CollectionRates.By.ESTATE, estateId, null, month, month,
                new PageRequest(0, 20))));
        model.addAttribute("isCompany", isRole(Role.PROPERTY_COMPANY));
        model.addAttribute("batchKey", "web-" + UUID.randomUUID());
        model.addAttribute("cashKey", "cash-" + UUID.randomUUID());
        return "billing/bills";
    }

    @PostMapping("/console/bills/batches")
    String batch(@RequestParam(required = false) Long estateId, @RequestParam(required = false) String period,
                 @RequestParam(required = false) String key, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/bills?estateId=" + (estateId == null ? "" : estateId) + "&period="
                        + (period == null ? "" : period),
                () -> bills.generate(new Bills.NewBatch(estateId, period, null, key)), "billing.flash.batch");
    }

    @PostMapping("/console/bills/{id}/cash")
    String cash(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
                @RequestParam(required = false) String key, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/bills", () -> payments.pay(new Payments.NewPayment(id, amount,
                PaymentMethod.CASH, null, key + "-" + id)), "billing.flash.paid");
    }

    /** 共有部分经营收益: an estate's account of a year; the company records entries. */
    @GetMapping("/console/bills/common-income")
    String commonIncome(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer year,
                        Model model) {
        var estates = register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, 100)).content();
        Long chosen = estateId != null ? estateId : estates.isEmpty() ? null : estates.get(0).id();
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("estates", estates);
        model.addAttribute("estateId", chosen);
        model.addAttribute("year", y);
        model.addAttribute("account", chosen == null ? null : common.account(chosen, y));
        model.addAttribute("transfers", chosen == null ? List.of() : common.transfers(chosen, y));
        model.addAttribute("transferKey", "T-" + java.util.UUID.randomUUID());
        model.addAttribute("categories", org.anju.billing.CommonIncome.Category.values());
        model.addAttribute("isCompany", isRole(Role.PROPERTY_COMPANY));
        model.addAttribute("today", LocalDate.now(clock));
        return "billing/common-income";
    }

    @PostMapping("/console/bills/common-income")
    String recordCommon(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Boolean income,
                        @RequestParam(required = false) org.anju.billing.CommonIncome.Category category,
                        @RequestParam(required = false) BigDecimal amount,
                        @RequestParam(required = false) LocalDate occurredOn,
                        @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/bills/common-income?estateId=" + (estateId == null ? "" : estateId),
                () -> common.record(new org.anju.billing.CommonIncome.NewEntry(estateId, income, category, amount,
                        occurredOn, note)), "commonIncome.flash.recorded");
    }

    @PostMapping("/console/bills/common-income/transfer")
    String transfer(@RequestParam(required = false) Long estateId, @RequestParam(required = false) BigDecimal amount,
                    @RequestParam(required = false) String decisionRef, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/bills/common-income?estateId=" + (estateId == null ? "" : estateId),
                () -> common.transferToFund(new org.anju.billing.CommonIncome.NewTransfer(estateId, amount,
                        decisionRef, note, idempotencyKey)), "commonIncome.flash.transferred");
    }

    @GetMapping("/console/arrears")
    String arrearsList(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("estateId", estateId);
        model.addAttribute("estates", register.estates(new RegisterFilter(null, null, null, null, null, "name"),
                new PageRequest(0, 100)).content());
        model.addAttribute("page", arrears.cases(estateId, PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/arrears");
        model.addAttribute("filterQuery", new QueryString().with("estateId", estateId).toString());
        return "billing/arrears";
    }

    @GetMapping("/console/arrears/houses/{houseId}")
    String arrearsFile(@PathVariable long houseId, Model model) {
        model.addAttribute("file", arrears.file(houseId));
        model.addAttribute("measures", ArrearsMeasure.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("isCompany", isRole(Role.PROPERTY_COMPANY));
        model.addAttribute("isCommittee", isRole(Role.OWNERS_COMMITTEE));
        model.addAttribute("isOwner", isRole(Role.OWNER));
        model.addAttribute("isTownship", isRole(Role.TOWNSHIP_OFFICE) || isRole(Role.COUNTY_AUTHORITY));
        return "billing/arrears-file";
    }

    @PostMapping("/console/arrears/houses/{houseId}/steps")
    String step(@PathVariable long houseId, @RequestParam(required = false) ArrearsMeasure measure,
                @RequestParam(required = false) LocalDate takenOn, @RequestParam(required = false) LocalDate deadline,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/arrears/houses/" + houseId,
                () -> arrears.takeStep(houseId, new Arrears.NewStep(measure, takenOn, deadline, note)),
                "arrears.flash.step");
    }

    @PostMapping("/console/arrears/houses/{houseId}/wilful")
    String wilful(@PathVariable long houseId, @RequestParam(required = false) String evidence,
                  RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/arrears/houses/" + houseId,
                () -> arrears.recordWilful(houseId, evidence), "arrears.flash.wilful");
    }

    @PostMapping("/console/arrears/wilful/{id}/objection")
    String object(@PathVariable long id, @RequestParam long houseId, @RequestParam(required = false) String objection,
                  RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/arrears/houses/" + houseId, () -> arrears.object(id, objection),
                "arrears.flash.objection");
    }

    @PostMapping("/console/arrears/wilful/{id}/decision")
    String decide(@PathVariable long id, @RequestParam long houseId, @RequestParam(required = false) Boolean uphold,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return attempt(redirect, "redirect:/console/arrears/houses/" + houseId, () -> arrears.decide(id, uphold, reason),
                "arrears.flash.decision");
    }

    private static boolean isRole(Role role) {
        return Jurisdictions.currentUser().filter(u -> u.role() == role).isPresent();
    }

    /** A list that a bad filter (e.g. a malformed month) leaves empty rather than failing the page. */
    private static <T> Object safe(Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidRequestException e) {
            return null;
        }
    }

    static String attempt(RedirectAttributes redirect, String to, Runnable action, String flash) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (InvalidRequestException e) {
            InvalidRequestException.FieldError first = e.errors().isEmpty() ? null : e.errors().get(0);
            redirect.addFlashAttribute("errorKey", first == null ? e.detailKey() : first.messageKey());
            redirect.addFlashAttribute("errorArgs", first == null ? List.of() : List.of(first.args()));
        }
        return to;
    }
}
