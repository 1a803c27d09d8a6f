package org.anju.party;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.party.PartyOrganization.Kind;
import org.anju.party.internal.PartyQueries;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Party organisations within the caller's jurisdiction: one is visible where an estate it covers is;
 * recording one needs REGISTER_WRITE and every covered estate inside the jurisdiction, all in one
 * township (集中连片, plan §7). Audited.
 */
@Service
public class PartyOrganizations {

    private final PartyQueries queries;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    PartyOrganizations(PartyQueries queries, Jurisdictions jurisdictions, AuditLog audit) {
        this.queries = queries;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    public PageResult<PartyOrganization> list(Long townshipId, Long communityId, Kind kind, PageRequest page) {
        return queries.list(jurisdictions.current(), townshipId, communityId, kind, page);
    }

    public PartyOrganization get(long id) {
        return queries.find(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("party", id));
    }

    /** The cross-appointments recorded under a visible organisation, the latest first. */
    public List<CrossAppointment> appointments(long organizationId) {
        get(organizationId);
        return queries.appointments(organizationId);
    }

    /** Records a seat held by a committee member or company manager; REGISTER_WRITE, audited. */
    @Transactional
    public CrossAppointment appoint(long organizationId, CrossAppointment.New a) {
        PartyOrganization org = get(organizationId);
        requireWrite();
        PartyRule.checkAppointment(a);
        long id = queries.insertAppointment(organizationId, a);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organizationId", organizationId);
        after.put("personName", a.personName().strip());
        after.put("reference", a.reference());
        after.put("seat", a.seat().name());
        after.put("from", a.from().toString());
        after.put("to", a.to() == null ? null : a.to().toString());
        audit.record(AuditEntry.created("party-cross-appointment", id, "交叉任职 " + org.name() + ": "
                + a.personName().strip(), after));
        return queries.appointments(organizationId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    private static void requireWrite() {
        if (Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)).isEmpty()) {
            throw new AccessDeniedException(Permission.REGISTER_WRITE.name());
        }
    }

    /** Loads organisations in JDBC batches (sample and benchmark data), not audited one by one. */
    @Transactional
    public void load(List<PartyOrganization.New> organizations) {
        queries.insertAll(organizations);
    }

    @Transactional
    public PartyOrganization create(PartyOrganization.New o) {
        Jurisdiction j = jurisdictions.current();
        PartyRule.checkFields(o);
        Set<Long> wanted = Set.copyOf(o.estateIds());
        List<long[]> found = queries.estatesInScope(j, wanted);
        if (found.size() != wanted.size()) { // an estate outside the jurisdiction, or none at all
            throw new NotFoundException("estate", wanted);
        }
        requireWrite();
        PartyRule.checkAdjacent(found, o.communityId(), queries.communityParent(j, o.communityId()).orElse(null));
        long id = queries.insert(o);
        PartyOrganization created = get(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", created.kind().name());
        after.put("name", created.name());
        after.put("communityId", created.communityId());
        after.put("hostKind", created.hostKind().name());
        after.put("hostId", created.hostId());
        after.put("estateIds", created.estateIds().stream().sorted().collect(Collectors.toList()));
        audit.record(AuditEntry.created("party-organization", id, "登记党组织 " + created.name(), after));
        return created;
    }
}
