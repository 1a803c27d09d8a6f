package org.anju.identity.internal.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.anju.identity.AnjuUser;
import org.anju.identity.DepartmentDirectory;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.identity.internal.accounts.AccountAdministration.Action;
import org.anju.identity.internal.accounts.AccountDirectory.Filter;
import org.anju.identity.internal.accounts.AccountDirectory.Status;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理: the administrator's list of accounts, the new-account form and the row actions. */
@Controller
@RequestMapping("/console/system/accounts")
class AccountsPage {

    private static final String PATH = "/console/system/accounts";

    private final AccountDirectory directory;
    private final AccountAdministration administration;
    private final Bindings bindings;
    private final DepartmentDirectory departments;
    private final LoginHistory logins;

    AccountsPage(AccountDirectory directory, AccountAdministration administration, Bindings bindings,
                 DepartmentDirectory departments, LoginHistory logins) {
        this.directory = directory;
        this.administration = administration;
        this.bindings = bindings;
        this.departments = departments;
        this.logins = logins;
    }

    @GetMapping
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String keyword,
                @RequestParam(required = false) Status status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        AnjuUser admin = Access.require(Permission.ACCOUNT_ADMIN);
        var filter = new Filter(role, keyword, status);
        var rows = directory.list(filter, PageRequest.ofConsole(page, size));
        model.addAttribute("page", rows);
        model.addAttribute("labels", rows.content().stream().map(a -> bindings.label(a.role(), a.binding())).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("statuses", List.of(Status.values()));
        model.addAttribute("myId", admin.accountId());
        model.addAttribute("pagerPath", PATH);
        model.addAttribute("filterQuery", new QueryString().with("role", role).with("keyword", keyword)
                .with("status", status).toString());
        return "system/accounts";
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(model, new AccountForm());
    }

    @PostMapping
    String create(@ModelAttribute("accountForm") AccountForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        Access.require(Permission.ACCOUNT_ADMIN);
        if (!errors.hasErrors()) {
            try {
                AccountAdministration.Created created = administration.create(form);
                // Shown once in this answer, never kept in the session or the database in clear.
                model.addAttribute("account", directory.find(created.id()));
                model.addAttribute("temporaryPassword", created.temporaryPassword());
                model.addAttribute("created", true);
                return "system/account-password";
            } catch (InvalidRequestException e) {
                e.errors().forEach(f -> errors.rejectValue(f.field(), f.messageKey(), f.args(), f.messageKey()));
            }
        }
        response.setStatus(422); // the form again, with its errors: nothing was written
        return form(model, form);
    }

    @PostMapping("/{id:\\d+}/{action:disable|enable|unlock}")
    String act(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect,
               @RequestParam(required = false) String back) {
        administration.apply(id, Action.valueOf(action.toUpperCase(java.util.Locale.ROOT)));
        redirect.addFlashAttribute("flash", "account.done." + action);
        // Back to the list as it was filtered, never to another site.
        return "redirect:" + (back != null && back.startsWith(PATH) ? back : PATH);
    }

    @PostMapping("/{id:\\d+}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        String temporary = administration.resetPassword(id);
        model.addAttribute("account", directory.find(id));
        model.addAttribute("temporaryPassword", temporary);
        model.addAttribute("created", false);
        return "system/account-password";
    }

    @GetMapping("/{id:\\d+}/logins")
    String logins(@PathVariable long id, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, Model model) {
        Access.require(Permission.ACCOUNT_ADMIN);
        var account = directory.find(id);
        model.addAttribute("account", account);
        model.addAttribute("page", logins.of(account.username(), PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", PATH + "/" + id + "/logins");
        return "account/logins";
    }

    private String form(Model model, AccountForm form) {
        AnjuUser admin = Access.require(Permission.ACCOUNT_ADMIN);
        model.addAttribute("accountForm", form);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("departments", departments.all());
        model.addAttribute("adminRegionId", admin.binding().regionId());
        model.addAttribute("adminRegion", bindings.region(admin.binding().regionId()).map(p -> p.name()).orElse(""));
        return "system/account-form";
    }
}
