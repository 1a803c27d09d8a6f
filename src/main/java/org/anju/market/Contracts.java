package org.anju.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.market.ContractView.Contract;
import org.anju.market.ContractView.Handover;
import org.anju.market.ContractView.ItemResult;
import org.anju.market.ContractView.PublicHandover;
import org.anju.market.ProjectView.Project;
import org.anju.market.internal.ContractStore;
import org.anju.market.internal.ContractStore.Row;
import org.anju.market.internal.ProjectStore;
import org.anju.platform.FileSignature;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service contracts (物业服务合同), public API: the company (or the county for it) files a contract with the
 * county within 15 days of signing ({@link ContractTerms}) and attaches the signed PDF; the county accepts the
 * filing or returns it with reasons; a termination needs the Civil Code's notice ({@link NoticePolicy}); the
 * township or county records the handover inspection, whose result is public. Reads within the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class Contracts {

    /** The largest PDF accepted. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** A contract to file (or the corrected dates of a returned one). */
    public record NewContract(Long projectId, ContractKind kind, LocalDate signedOn, LocalDate startsOn,
                              LocalDate endsOn) {
    }

    /** A notice of termination. */
    public record Termination(TerminationKind kind, LocalDate noticeOn, LocalDate terminatesOn, String note) {
    }

    /** A handover inspection: every checklist item once, and the day the outgoing company left. */
    public record HandoverRecord(LocalDate inspectedOn, LocalDate leftOn, String successor, String note,
                                 List<ItemResult> items) {
    }

    /** Filters of the list; null = any. */
    public record Filter(ContractStatus status, ContractKind kind, Long projectId, Long companyId, Long estateId,
                         Boolean expiring, Boolean overstaying) {
    }

    private final ContractStore store;
    private final ProjectStore projects;
    private final Companies companies;
    private final AuditLog audit;
    private final MarketClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Contracts(ContractStore store, ProjectStore projects, Companies companies, AuditLog audit, MarketClock clock,
              org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.projects = projects;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.today();
    }

    public PageResult<Contract> list(Filter f, PageRequest page) {
        LocalDate today = clock.today();
        var filter = new ContractStore.Filter(f.status(), f.kind(), f.projectId(), f.companyId(), f.estateId(),
                f.expiring(), f.overstaying(), today);
        var scope = companies.scope();
        return new PageResult<>(store.list(scope, filter, page).stream().map(r -> view(r, today)).toList(),
                store.count(scope, filter), page.page(), page.size());
    }

    /** The to-do: contracts within 3 months of expiry, and companies not gone after termination. */
    public PageResult<Contract> todo(boolean overstaying, PageRequest page) {
        return list(new Filter(null, null, null, null, null, overstaying ? null : true, overstaying ? true : null),
                page);
    }

    public Contract get(long id) {
        return view(row(id), clock.today());
    }

    @Transactional
    public Contract file(NewContract n) {
        if (n.projectId() == null) {
            throw InvalidRequestException.field("projectId", "contract.error.project");
        }
        LocalDate today = clock.today();
        Project project = projects.find(companies.scope(), n.projectId(), today)
                .orElseThrow(() -> new NotFoundException("project", n.projectId()));
        MarketGuards.requireCountyOrCompany(project.companyId());
        List<FieldError> errors = new ArrayList<>(ContractTerms.check(n.signedOn(), n.startsOn(), n.endsOn(), today));
        if (n.kind() == null) {
            errors.add(0, new FieldError("kind", "contract.error.kind"));
        }
        MarketGuards.throwIfAny(errors);
        long id = store.insert(n.projectId(), n.kind(), n.signedOn(), n.startsOn(), n.endsOn(),
                ContractTerms.filingDue(n.signedOn()), today, MarketGuards.actor());
        audit.record(AuditEntry.created("contract", id, "合同备案申请 " + project.estateName(), n));
        return get(id);
    }

    /** A returned (or not yet reviewed) filing corrected: filed again today. */
    @Transactional
    public Contract correct(long id, NewContract n) {
        Row c = row(id);
        MarketGuards.requireCountyOrCompany(c.companyId());
        if (c.status() != ContractStatus.RETURNED && c.status() != ContractStatus.SUBMITTED) {
            throw InvalidRequestException.rule("status", "contract.error.notCorrectable");
        }
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>(ContractTerms.check(n.signedOn(), n.startsOn(), n.endsOn(), today));
        MarketGuards.throwIfAny(errors);
        store.update(id, """
                        kind = :kind, signed_on = :signed, starts_on = :starts, ends_on = :ends, filing_due = :due,
                        status = 'SUBMITTED', return_reason = null""",
                Map.of("kind", (n.kind() == null ? c.kind() : n.kind()).name(), "signed", n.signedOn(),
                        "starts", n.startsOn(), "ends", n.endsOn(), "due", ContractTerms.filingDue(n.signedOn())));
        return changed(c, "CORRECT", null, "合同备案更正后重新提交");
    }

    /** Attaches the signed contract: a PDF (checked by its %PDF- header) of at most {@link #MAX_FILE_BYTES}. */
    @Transactional
    public Contract attach(long id, String fileName, byte[] content) {
        Row c = row(id);
        MarketGuards.requireCountyOrCompany(c.companyId());
        if (c.status() != ContractStatus.RETURNED && c.status() != ContractStatus.SUBMITTED) {
            throw InvalidRequestException.rule("file", "contract.error.fileLocked");
        }
        if (content == null || content.length == 0) {
            throw InvalidRequestException.field("file", "contract.error.fileMissing");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw InvalidRequestException.field("file", "contract.error.fileTooLarge", MAX_FILE_BYTES / 1024 / 1024);
        }
        if (!FileSignature.typeOf(content).filter(FileSignature.PDF::equals).isPresent()) {
            throw InvalidRequestException.field("file", "contract.error.notPdf");
        }
        String name = fileName == null || fileName.isBlank() ? "contract-" + id + ".pdf" : fileName.strip();
        name = name.replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        store.saveFile(id, name, content, MarketGuards.actor());
        return changed(c, "FILE", name, "上传合同文本");
    }

    /** The PDF, within the caller's scope. */
    public ContractStore.StoredFile pdf(long id) {
        row(id);
        return store.file(id).orElseThrow(() -> new NotFoundException("contract file", id));
    }

    @Transactional
    public Contract accept(long id) {
        Row c = row(id);
        MarketGuards.requireCounty();
        if (c.status() != ContractStatus.SUBMITTED) {
            throw InvalidRequestException.rule("status", "contract.error.notSubmitted");
        }
        if (!c.hasFile()) {
            throw InvalidRequestException.rule("file", "contract.error.fileRequired");
        }
        store.update(id, "status = 'ACCEPTED', reviewed_by = :by, reviewed_on = :today, return_reason = null",
                Map.of("by", MarketGuards.actor(), "today", clock.today()));
        return changed(c, "ACCEPT", null, "合同备案通过");
    }

    @Transactional
    public Contract returnFiling(long id, String reason) {
        Row c = row(id);
        MarketGuards.requireCounty();
        String why = MarketGuards.reason("reason", reason);
        if (c.status() != ContractStatus.SUBMITTED) {
            throw InvalidRequestException.rule("status", "contract.error.notSubmitted");
        }
        store.update(id, "status = 'RETURNED', reviewed_by = :by, reviewed_on = :today, return_reason = :reason",
                Map.of("by", MarketGuards.actor(), "today", clock.today(), "reason", why));
        return changed(c, "RETURN", why, "合同备案退回");
    }

    /**
     * Records a notice of termination (Civil Code arts. 946–948): the township or county records the owners'
     * dismissal or a holdover's end; the company may give its own notice of non-renewal. The project goes on until
     * the handover records the company's leaving (arts. 949–950: it serves until the successor takes over).
     */
    @Transactional
    public Contract terminate(long id, Termination t) {
        Row c = row(id);
        boolean supervisor = MarketGuards.canWriteRegister();
        boolean company = MarketGuards.isCompany(c.companyId());
        if (!supervisor && !(company && t.kind() == TerminationKind.NON_RENEWAL)) {
            throw new AccessDeniedException("REGISTER_WRITE or the company's own non-renewal");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (t.kind() == null) {
            errors.add(new FieldError("kind", "contract.error.terminationKind"));
        }
        if (t.noticeOn() == null || t.noticeOn().isAfter(today) || t.noticeOn().isBefore(c.signedOn())) {
            errors.add(new FieldError("noticeOn", "contract.error.noticeOn"));
        }
        if (t.terminatesOn() == null || t.terminatesOn().isAfter(today.plusYears(2))) {
            errors.add(new FieldError("terminatesOn", "contract.error.terminatesOn"));
        }
        String note = MarketGuards.text(t.note(), 500, "note", errors);
        MarketGuards.throwIfAny(errors);
        if (c.status() != ContractStatus.ACCEPTED) {
            throw InvalidRequestException.rule("status", "contract.error.notAccepted");
        }
        NoticePolicy.check(t.kind(), t.noticeOn(), t.terminatesOn(), c.endsOn()).ifPresent(e -> {
            throw new InvalidRequestException(422, "error.rule", List.of(e));
        });
        store.update(id, """
                        status = 'TERMINATED', termination_kind = :kind, notice_on = :notice, terminates_on = :ends,
                        termination_note = :note""",
                withNull(Map.of("kind", t.kind().name(), "notice", t.noticeOn(), "ends", t.terminatesOn()), "note", note));
        return changed(c, "TERMINATE", t.kind() + " " + t.terminatesOn(), "合同解除");
    }

    /**
     * The handover inspection (承接查验) of a terminated contract, with the day the company left: the project ends that
     * day and the overstay flag clears. The result is public. The estate's service mode stays until the successor's
     * project starts ({@link Projects#create}) or the township records another mode.
     */
    @Transactional
    public Contract handover(long id, HandoverRecord h) {
        Row c = row(id);
        org.anju.region.Register.requirePermission(org.anju.identity.Permission.REGISTER_WRITE);
        if (c.status() != ContractStatus.TERMINATED) {
            throw InvalidRequestException.rule("status", "contract.error.notTerminated");
        }
        if (c.handover() != null) {
            throw InvalidRequestException.rule("status", "contract.error.handoverRecorded");
        }
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = clock.today();
        if (h.inspectedOn() == null || h.inspectedOn().isAfter(today) || h.inspectedOn().isBefore(c.noticeOn())) {
            errors.add(new FieldError("inspectedOn", "handover.error.inspectedOn"));
        }
        if (h.leftOn() == null || h.leftOn().isAfter(today) || h.leftOn().isBefore(c.noticeOn())) {
            errors.add(new FieldError("leftOn", "handover.error.leftOn"));
        }
        String successor = MarketGuards.text(h.successor(), 128, "successor", errors);
        String note = MarketGuards.text(h.note(), 500, "note", errors);
        Map<HandoverItem, ItemResult> items = new EnumMap<>(HandoverItem.class);
        for (ItemResult i : h.items() == null ? List.<ItemResult>of() : h.items()) {
            if (i == null || i.item() == null || items.put(i.item(), new ItemResult(i.item(), i.ok(),
                    MarketGuards.text(i.note(), 200, "items", errors))) != null) {
                errors.add(new FieldError("items", "handover.error.items"));
            }
        }
        if (items.size() != HandoverItem.values().length) {
            errors.add(new FieldError("items", "handover.error.items"));
        }
        MarketGuards.throwIfAny(errors);
        boolean passed = items.values().stream().allMatch(ItemResult::ok);
        store.saveHandover(id, new Handover(h.inspectedOn(), h.leftOn(), successor, passed, note,
                List.copyOf(items.values())), MarketGuards.actor());
        projects.endBy(c.projectId(), h.leftOn());
        long overstay = c.terminatesOn() != null && h.leftOn().isAfter(c.terminatesOn())
                ? java.time.temporal.ChronoUnit.DAYS.between(c.terminatesOn(), h.leftOn()) : 0;
        events.publishEvent(new ContractEnded(id, c.projectId(), c.companyId(), c.estateId(), c.terminationKind(),
                c.terminatesOn(), h.leftOn(), passed, overstay));
        return changed(c, "HANDOVER", passed ? "PASSED" : "ISSUES", "承接查验");
    }

    /** Handover results, for everyone (no login); by estate if given. */
    public PageResult<PublicHandover> publicHandovers(Long estateId, PageRequest page) {
        return new PageResult<>(store.handovers(estateId, page).stream().map(r -> new PublicHandover(r.id(),
                r.estateName(), r.companyName(), r.terminatesOn(), r.handover())).toList(),
                store.countHandovers(estateId), page.page(), page.size());
    }

    /** Whether the caller reviews filings (the county). */
    public static boolean canReview() {
        return MarketGuards.isCounty();
    }

    /** Whether the caller may file or correct contracts of that company. */
    public static boolean canFile(long companyId) {
        return MarketGuards.isCounty() || MarketGuards.isCompany(companyId);
    }

    /** Whether the caller may record terminations of any kind and handovers. */
    public static boolean canSupervise() {
        return MarketGuards.canWriteRegister();
    }

    private Row row(long id) {
        return store.find(companies.scope(), id, clock.today()).orElseThrow(() -> new NotFoundException("contract", id));
    }

    private Contract changed(Row before, String action, String reason, String summary) {
        audit.record(new AuditEntry(action, "contract", String.valueOf(before.id()), summary + " (合同 " + before.id()
                + ", " + before.estateName() + ")", Map.of("status", before.status()),
                Map.of("status", row(before.id()).status()), reason));
        return get(before.id());
    }

    private static Map<String, Object> withNull(Map<String, Object> m, String key, Object value) {
        Map<String, Object> out = new java.util.HashMap<>(m);
        out.put(key, value);
        return out;
    }

    static Contract view(Row r, LocalDate today) {
        LocalDate leftOn = r.handover() == null ? null : r.handover().leftOn();
        boolean expiring = r.status() == ContractStatus.ACCEPTED && ContractTerms.expiring(r.endsOn(), today);
        return new Contract(r.id(), r.projectId(), r.companyId(), r.companyName(), r.estateId(), r.estateName(),
                r.kind(), r.signedOn(), r.startsOn(), r.endsOn(), r.filingDue(), r.submittedOn(),
                ContractTerms.filedLate(r.signedOn(), r.submittedOn()), r.status(), r.returnReason(), r.reviewedBy(),
                r.reviewedOn(), r.hasFile(), r.terminationKind(), r.noticeOn(), r.terminatesOn(),
                r.terminationNote(), expiring, ContractTerms.reminderFrom(r.endsOn()),
                r.status() == ContractStatus.TERMINATED ? NoticePolicy.overstayDays(r.terminatesOn(), leftOn, today) : 0,
                r.handover());
    }
}
