package org.anju.rating;

import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.rating.RatingView.Entry;
import org.anju.rating.RatingView.EvidenceFile;
import org.anju.rating.RatingView.StoredFile;
import org.anju.rating.internal.EvidenceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料 of a self-assessment (plan §8: the company self-assesses each project with evidence): the company adds
 * photos and PDF documents to its own project, for the project or one item of the standard, and deletes them, only
 * while its self-assessment is open (round open, township not yet reviewed). The raters (township, county, who
 * enter the experts' sheets) and the company see them inside their jurisdiction; nobody else, and never the public.
 */
@Service
@Transactional
public class Evidence {

    /** The roles that see the files: the raters and the company itself. */
    private static final Role[] READERS = {Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE, Role.PROPERTY_COMPANY};

    private final EvidenceStore store;
    private final Rounds rounds;
    private final Standards standards;
    private final RatingAccess access;
    private final AuditLog audit;

    Evidence(EvidenceStore store, Rounds rounds, Standards standards, RatingAccess access, AuditLog audit) {
        this.store = store;
        this.rounds = rounds;
        this.standards = standards;
        this.access = access;
        this.audit = audit;
    }

    /** Whether the caller's role may see evidence files at all (the page shows the list only then). */
    public boolean readable() {
        return Jurisdictions.currentUser().map(u -> List.of(READERS).contains(u.role())).orElse(false);
    }

    /** The project's files; 403 for a role that never sees them, 404 outside the caller's view. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> list(long roundId, long projectId) {
        access.require(READERS);
        return store.list(rounds.entry(roundId, projectId).id());
    }

    /** One file to serve, under the same rule as the list. */
    @Transactional(readOnly = true)
    public StoredFile file(long roundId, long projectId, long evidenceId) {
        access.require(READERS);
        Entry e = rounds.entry(roundId, projectId);
        return store.file(e.id(), evidenceId).orElseThrow(() -> new NotFoundException("rating-evidence", evidenceId));
    }

    /** Adds the files to the company's own project, for the item given (null: the project as a whole). */
    public List<EvidenceFile> add(long roundId, long projectId, Long itemId, List<EvidenceFiles.Upload> uploads) {
        AnjuUser company = access.require(Role.PROPERTY_COMPANY);
        Entry e = selfAssessing(roundId, projectId);
        if (itemId != null && standards.byId(rounds.get(roundId).standardId()).items().stream()
                .noneMatch(i -> i.id() == itemId)) {
            throw InvalidRequestException.field("itemId", "rating.error.evidenceItem");
        }
        List<EvidenceFiles.Checked> files = EvidenceFiles.check(uploads, store.count(e.id()));
        List<Long> ids = files.stream().map(f -> store.add(e.id(), itemId, f.fileName(), f.contentType(), f.data(),
                company.getUsername())).toList();
        audit.record(new AuditEntry("EVIDENCE", "rating-entry", String.valueOf(e.id()), "上传自评佐证材料: "
                + e.estateName(), null, Map.of("files", files.stream().map(EvidenceFiles.Checked::fileName).toList(),
                "ids", ids), null));
        return store.list(e.id()).stream().filter(f -> ids.contains(f.id())).toList();
    }

    /** Deletes one of the company's files while its self-assessment is open. */
    public void delete(long roundId, long projectId, long evidenceId) {
        access.require(Role.PROPERTY_COMPANY);
        Entry e = selfAssessing(roundId, projectId);
        String name = store.name(e.id(), evidenceId)
                .orElseThrow(() -> new NotFoundException("rating-evidence", evidenceId));
        store.delete(e.id(), evidenceId);
        audit.record(new AuditEntry("DELETE", "rating-evidence", String.valueOf(evidenceId), "删除自评佐证材料: "
                + e.estateName(), Map.of("file", name), null, null));
    }

    /** The entry inside the caller's view (404 outside) whose self-assessment is still open (422 otherwise). */
    private Entry selfAssessing(long roundId, long projectId) {
        Entry e = rounds.entry(roundId, projectId);
        if (rounds.get(roundId).status() != RoundStatus.OPEN) {
            throw InvalidRequestException.rule("status", "rating.error.published");
        }
        if (e.stage() != EntryStage.PENDING && e.stage() != EntryStage.SELF_ASSESSED) {
            throw InvalidRequestException.rule("stage", "rating.error.evidenceClosed");
        }
        return e;
    }
}
