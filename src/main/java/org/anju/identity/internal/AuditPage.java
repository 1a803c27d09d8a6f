package org.anju.identity.internal;

import java.time.LocalDate;
import java.util.List;
import org.anju.identity.AuditTrail;
import org.anju.platform.PageRequest;
import org.anju.platform.QueryString;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 操作审计: the county browses the audit trail by actor, action, record and date range. */
@Controller
class AuditPage {

    /** The actions written today; the filter offers them in this order. */
    static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "IMPORT", "EXPORT", "REVEAL",
            "SELF_ACCESS", "SELF_EXPORT", "VERIFY", "LOGIN");

    private final AuditTrail trail;
    private final AuditVerification verification;
    private final AuditExport export;

    AuditPage(AuditTrail trail, AuditVerification verification, AuditExport export) {
        this.trail = trail;
        this.verification = verification;
        this.export = export;
    }

    /** 校验审计链: runs the verification and shows its outcome above the list. */
    @PostMapping("/console/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", verification.run());
        return list(null, null, null, null, null, null, null, null, model);
    }

    /** 导出: the filtered trail as CSV; without a full date range the list says so instead. */
    @GetMapping("/console/audit/export")
    String export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  HttpServletResponse response, Model model) {
        if (from == null || to == null || from.isAfter(to)) {
            AuditExport.requireAuditRead();
            model.addAttribute("exportError", true);
            return list(actor, action, entityType, entityId, from, to, null, null, model);
        }
        AuditApi.stream(export, new AuditTrail.Query(actor, action, entityType, entityId, from, to), response);
        return null;
    }

    @GetMapping("/console/audit")
    String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                Model model) {
        var query = new AuditTrail.Query(actor, action, entityType, entityId, from, to);
        model.addAttribute("page", trail.search(query, PageRequest.ofConsole(page, size)));
        model.addAttribute("query", query);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("filterQuery", new QueryString().with("actor", actor).with("action", action)
                .with("entityType", entityType).with("entityId", entityId).with("from", from).with("to", to)
                .toString());
        model.addAttribute("pagerPath", "/console/audit");
        return "audit/list";
    }
}
