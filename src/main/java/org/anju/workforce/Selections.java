package org.anju.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.market.Companies;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.workforce.WorkforceView.Nomination;
import org.anju.workforce.WorkforceView.Selection;
import org.anju.workforce.WorkforceView.SelectionDetail;
import org.anju.workforce.internal.SelectionStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 最美物业人 selections (plan §23: 各乡镇办要在物业员工中开展最美物业人评选活动). The county or a township opens a
 * selection for its region; companies (their own staff), communities and townships nominate staff registered in
 * the market module; the organiser opens the vote; each owner of an estate in the region votes once (a unique
 * constraint); the organiser publishes, selecting by {@link SelectionResult}, and the result goes on the public
 * page with names, positions, companies and deeds only.
 */
@Service
@Transactional(readOnly = true)
public class Selections {

    /** A selection to open: year, title and how many staff are to be selected. */
    public record SelectionForm(Integer year, String title, Integer winners) {
    }

    /** A nomination: the staff member (market's staff id) of a company, and the deeds (事迹). */
    public record NominationForm(Long staffId, Long companyId, String deeds) {
    }

    /** An owner's vote. */
    public record VoteForm(Long nominationId) {
    }

    static final Set<Role> ORGANISERS = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE);
    static final Set<Role> NOMINATORS = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.COMMUNITY,
            Role.PROPERTY_COMPANY);

    private final SelectionStore store;
    private final Jurisdictions jurisdictions;
    private final Companies companies;
    private final AuditLog audit;
    private final Clock clock;

    Selections(SelectionStore store, Jurisdictions jurisdictions, Companies companies, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.companies = companies;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Selection> list(PageRequest page) {
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, page), store.count(j), page.page(), page.size());
    }

    public SelectionDetail get(long id) {
        Selection s = selection(id);
        Long owner = ownerId();
        return new SelectionDetail(s, store.nominations(id, false), owner == null ? null
                : store.votedFor(id, owner).orElse(null));
    }

    /** Published selections, for everyone. */
    public PageResult<Selection> publicList(PageRequest page) {
        return new PageResult<>(store.list(null, page), store.count(null), page.page(), page.size());
    }

    /** A published selection with the selected staff only; 404 until published. */
    public SelectionDetail publicDetail(long id) {
        Selection s = store.find(null, id).orElseThrow(() -> new NotFoundException("selection", id));
        return new SelectionDetail(s, store.nominations(id, true), null);
    }

    public static boolean mayOrganise() {
        return has(ORGANISERS);
    }

    public static boolean mayNominate() {
        return has(NOMINATORS);
    }

    public static boolean mayVote() {
        return has(Set.of(Role.OWNER));
    }

    @Transactional
    public Selection create(SelectionForm f) {
        AnjuUser user = role(ORGANISERS);
        List<FieldError> errors = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        if (f == null || f.year() == null || f.year() < thisYear - 1 || f.year() > thisYear + 1) {
            errors.add(new FieldError("year", "workforce.error.year"));
        }
        String title = f == null ? null : Text.of(errors, "title", f.title(), 200);
        if (title == null || title.length() < 2) {
            errors.add(new FieldError("title", "workforce.error.title"));
        }
        if (f == null || f.winners() == null || f.winners() < 1 || f.winners() > 50) {
            errors.add(new FieldError("winners", "workforce.error.winners"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long region = user.binding().regionId();
        if (store.titleTaken(region, f.year(), title)) {
            throw InvalidRequestException.rule("title", "workforce.error.titleTaken");
        }
        long id = store.insert(f.year(), title, region, f.winners(), user.getUsername());
        audit.record(AuditEntry.created("staff-selection", id, "最美物业人评选 " + f.year() + " " + title, f));
        return selection(id);
    }

    /** Nominates a company's staff member while nominations are open; a company only its own staff. */
    @Transactional
    public Nomination nominate(long id, NominationForm f) {
        AnjuUser user = role(NOMINATORS);
        Selection s = selection(id);
        if (f == null || f.staffId() == null || f.companyId() == null) {
            throw InvalidRequestException.field("staffId", "workforce.error.staff");
        }
        List<FieldError> errors = new ArrayList<>();
        String deeds = Text.of(errors, "deeds", f.deeds(), 2000);
        if (deeds == null || deeds.length() < 10) {
            errors.add(new FieldError("deeds", "workforce.error.deeds"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (user.role() == Role.PROPERTY_COMPANY && !f.companyId().equals(user.binding().companyId())) {
            throw new NotFoundException("staff", f.staffId());
        }
        Staff staff = companies.staff(f.companyId()).stream().filter(x -> x.id() == f.staffId()).findFirst()
                .orElseThrow(() -> new NotFoundException("staff", f.staffId()));
        if (s.status() != SelectionStatus.NOMINATING) {
            throw InvalidRequestException.rule("status", "workforce.error.notNominating");
        }
        String company = companies.nameOf(f.companyId()).orElse("#" + f.companyId());
        if (!store.nominate(new SelectionStore.NewNomination(id, staff.id(), f.companyId(), staff.name(),
                staff.position(), company, deeds, user.getUsername(), user.role().name()))) {
            throw InvalidRequestException.rule("staffId", "workforce.error.nominatedTwice");
        }
        Nomination n = store.byStaff(id, staff.id());
        audit.record(AuditEntry.created("staff-nomination", n.id(), "最美物业人推荐 " + staff.name() + " (" + company + ")",
                Map.of("selectionId", id, "staffId", staff.id())));
        return n;
    }

    /** The organiser closes nominations and opens the residents' vote. */
    @Transactional
    public Selection openVoting(long id) {
        Selection s = organised(id);
        if (s.nominations() == 0) {
            throw InvalidRequestException.rule("status", "workforce.error.noNominees");
        }
        if (!store.advance(id, SelectionStatus.NOMINATING, SelectionStatus.VOTING)) {
            throw InvalidRequestException.rule("status", "workforce.error.notNominating");
        }
        audit.record(new AuditEntry("UPDATE", "staff-selection", String.valueOf(id), "开始投票 " + s.title(), s.status(),
                SelectionStatus.VOTING, null));
        return selection(id);
    }

    /** An owner of an estate in the selection's region votes once while voting is open. */
    @Transactional
    public SelectionDetail vote(long id, VoteForm f) {
        role(Set.of(Role.OWNER));
        Long owner = ownerId();
        Selection s = selection(id);
        if (owner == null) {
            throw new AccessDeniedException("OWNER");
        }
        if (f == null || f.nominationId() == null) {
            throw InvalidRequestException.field("nominationId", "workforce.error.nominee");
        }
        Nomination n = store.nomination(id, f.nominationId())
                .orElseThrow(() -> new NotFoundException("nomination", f.nominationId()));
        if (s.status() != SelectionStatus.VOTING) {
            throw InvalidRequestException.rule("status", "workforce.error.notVoting");
        }
        if (!store.vote(id, n.id(), owner)) {
            throw InvalidRequestException.rule("nominationId", "workforce.error.votedTwice");
        }
        audit.record(AuditEntry.created("staff-vote", id, "最美物业人投票 " + s.title(), Map.of("selectionId", id)));
        return get(id);
    }

    /** The organiser closes the vote and publishes the selected staff. */
    @Transactional
    public SelectionDetail publish(long id) {
        Selection s = organised(id);
        if (s.status() != SelectionStatus.VOTING) {
            throw InvalidRequestException.rule("status", "workforce.error.notVoting");
        }
        Set<Long> selected = SelectionResult.selected(store.tallies(id), s.winners());
        if (selected.isEmpty()) {
            throw InvalidRequestException.rule("status", "workforce.error.noVotes");
        }
        store.select(id, selected);
        if (!store.advance(id, SelectionStatus.VOTING, SelectionStatus.PUBLISHED)) {
            throw InvalidRequestException.rule("status", "workforce.error.notVoting");
        }
        audit.record(new AuditEntry("UPDATE", "staff-selection", String.valueOf(id), "公布最美物业人 " + s.title(),
                s.status(), Map.of("selected", selected), null));
        return get(id);
    }

    private Selection selection(long id) {
        return store.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("selection", id));
    }

    private Selection organised(long id) {
        role(ORGANISERS);
        Selection s = selection(id);
        if (!jurisdictions.current().coversRegion(store.regionPath(id))) {
            throw new AccessDeniedException("ORGANISER");
        }
        return s;
    }

    private Long ownerId() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNER).map(u -> jurisdictions.current().ownerId())
                .orElse(null);
    }

    private static boolean has(Set<Role> roles) {
        return Jurisdictions.currentUser().filter(u -> roles.contains(u.role())).isPresent();
    }

    private static AnjuUser role(Set<Role> roles) {
        return Jurisdictions.currentUser().filter(u -> roles.contains(u.role()))
                .orElseThrow(() -> new AccessDeniedException(roles.toString()));
    }
}
