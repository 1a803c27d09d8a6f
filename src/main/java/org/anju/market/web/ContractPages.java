package org.anju.market.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anju.market.ContractKind;
import org.anju.market.ContractStatus;
import org.anju.market.ContractView.Contract;
import org.anju.market.ContractView.ItemResult;
import org.anju.market.Contracts;
import org.anju.market.HandoverItem;
import org.anju.market.TerminationKind;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 物业服务合同: the list (the county's review queue), the to-do of expiring contracts and companies not gone, and
 * a contract's page with its PDF, review, termination and handover forms.
 */
@Controller
@RequestMapping("/console/contracts")
class ContractPages {

    /** The list's filters, as the template reads them. */
    record Filter(ContractStatus status, ContractKind kind, Boolean expiring, Boolean overstaying) {
    }

    private final Contracts contracts;

    ContractPages(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    String list(@RequestParam(required = false) ContractStatus status, @RequestParam(required = false) ContractKind kind,
                @RequestParam(required = false) Boolean expiring, @RequestParam(required = false) Boolean overstaying,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("filter", new Filter(status, kind, expiring, overstaying));
        model.addAttribute("page", contracts.list(new Contracts.Filter(status, kind, null, null, null, expiring,
                overstaying), PageRequest.ofConsole(page, size)));
        model.addAttribute("pagerPath", "/console/contracts");
        model.addAttribute("filterQuery", new QueryString().with("status", status).with("kind", kind)
                .with("expiring", expiring).with("overstaying", overstaying).toString());
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("kinds", ContractKind.values());
        return "market/contracts";
    }

    @GetMapping("/todo")
    String todo(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        model.addAttribute("page", contracts.todo(false, PageRequest.ofConsole(page, size)));
        model.addAttribute("overstaying", contracts.todo(true, new PageRequest(0, PageRequest.MAX_SIZE)));
        model.addAttribute("pending", contracts.list(new Contracts.Filter(ContractStatus.SUBMITTED, null, null, null,
                null, null, null), new PageRequest(0, 1)).totalElements());
        model.addAttribute("pagerPath", "/console/contracts/todo");
        model.addAttribute("today", contracts.today());
        return "market/contracts-todo";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        Contract c = contracts.get(id);
        model.addAttribute("c", c);
        model.addAttribute("canFile", Contracts.canFile(c.companyId()));
        model.addAttribute("canReview", Contracts.canReview());
        model.addAttribute("canSupervise", Contracts.canSupervise());
        model.addAttribute("kinds", ContractKind.values());
        model.addAttribute("terminationKinds", Contracts.canSupervise() ? List.of(TerminationKind.values())
                : List.of(TerminationKind.NON_RENEWAL));
        model.addAttribute("items", HandoverItem.values());
        model.addAttribute("today", contracts.today());
        model.addAttribute("maxMb", Contracts.MAX_FILE_BYTES / 1024 / 1024);
        return "market/contract";
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return Forms.pdf(contracts.pdf(id));
    }

    @PostMapping("/{id:\\d+}")
    String correct(@PathVariable long id, @RequestParam(required = false) ContractKind kind,
                   @RequestParam(required = false) String signedOn, @RequestParam(required = false) String startsOn,
                   @RequestParam(required = false) String endsOn, Model model, RedirectAttributes redirect,
                   HttpServletResponse response) {
        return act(id, () -> contracts.correct(id, new Contracts.NewContract(null, kind, Forms.date(signedOn),
                Forms.date(startsOn), Forms.date(endsOn))), "contract.flash.corrected", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/file")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> {
            try {
                if (file == null || file.isEmpty()) {
                    throw InvalidRequestException.field("file", "contract.error.fileMissing");
                }
                return contracts.attach(id, file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw InvalidRequestException.field("file", "contract.error.fileMissing");
            }
        }, "contract.flash.uploaded", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/accept")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> contracts.accept(id), "contract.flash.accepted", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/return")
    String returnFiling(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, () -> contracts.returnFiling(id, reason), "contract.flash.returned", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/termination")
    String terminate(@PathVariable long id, @RequestParam(required = false) TerminationKind kind,
                     @RequestParam(required = false) String noticeOn, @RequestParam(required = false) String terminatesOn,
                     @RequestParam(required = false) String note, Model model, RedirectAttributes redirect,
                     HttpServletResponse response) {
        return act(id, () -> contracts.terminate(id, new Contracts.Termination(kind, Forms.date(noticeOn),
                Forms.date(terminatesOn), note)), "contract.flash.terminated", model, redirect, response);
    }

    @PostMapping("/{id:\\d+}/handover")
    String handover(@PathVariable long id, @RequestParam(required = false) String inspectedOn,
                    @RequestParam(required = false) String leftOn, @RequestParam(required = false) String successor,
                    @RequestParam(required = false) String note,
                    @RequestParam(name = "ok", required = false) List<HandoverItem> ok,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<ItemResult> items = new ArrayList<>();
        for (HandoverItem item : HandoverItem.values()) {
            items.add(new ItemResult(item, ok != null && ok.contains(item), null));
        }
        return act(id, () -> contracts.handover(id, new Contracts.HandoverRecord(Forms.date(inspectedOn),
                Forms.date(leftOn), successor, note, items)), "contract.flash.handedOver", model, redirect, response);
    }

    private String act(long id, java.util.function.Supplier<?> write, String flash, Model model,
                       RedirectAttributes redirect, HttpServletResponse response) {
        return Forms.act(() -> {
            write.get();
            return "/console/contracts/" + id;
        }, flash, model, redirect, response, () -> detail(id, model));
    }
}
