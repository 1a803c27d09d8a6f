package org.anju.tender;

import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.tender.TenderView.Expert;
import org.anju.tender.internal.TenderStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's expert pool (评标专家库): the county authority adds experts and records their conflicts with
 * companies (an expert who worked for a company is never drawn for a tender it bids in). Audited.
 */
@Service
@Transactional(readOnly = true)
public class ExpertPool {

    private final TenderStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;

    ExpertPool(TenderStore store, Jurisdictions jurisdictions, AuditLog audit) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    public List<Expert> experts() {
        county();
        return store.experts(jurisdictions.current().regionPath());
    }

    @Transactional
    public Expert add(String name, String specialty) {
        AnjuUser county = county();
        List<FieldError> errors = new java.util.ArrayList<>();
        String n = Tenders.text(errors, "name", name, 2, 32);
        String s = Tenders.text(errors, "specialty", specialty, 2, 64);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.addExpert(county.binding().regionId(), jurisdictions.current().regionPath(), n, s);
        audit.record(AuditEntry.created("tender-expert", id, "评标专家入库: " + n, Map.of("specialty", s)));
        return experts().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** Records that the expert may not judge bids of the company, with the reason (e.g. worked for it). */
    @Transactional
    public Expert conflict(long expertId, Long companyId, String reason) {
        county();
        if (!store.expertIn(expertId, jurisdictions.current().regionPath())) {
            throw new NotFoundException("tender-expert", expertId);
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (companyId == null || companyId < 1) {
            errors.add(new FieldError("companyId", "tender.error.company"));
        }
        String why = Tenders.text(errors, "reason", reason, 2, 200);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        store.addConflict(expertId, companyId, why);
        audit.record(new AuditEntry("CONFLICT", "tender-expert", String.valueOf(expertId), "登记专家回避关系",
                null, Map.of("companyId", companyId), why));
        return experts().stream().filter(e -> e.id() == expertId).findFirst().orElseThrow();
    }

    private AnjuUser county() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .orElseThrow(() -> new AccessDeniedException("COUNTY_AUTHORITY"));
    }
}
