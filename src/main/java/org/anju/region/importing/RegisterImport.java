package org.anju.region.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Permission;
import org.anju.region.Register;
import org.anju.region.RegisterView.Estate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a register file into one estate in the caller's jurisdiction: all rows or none (plan §22).
 * The estate is locked while the rows are checked against the register and written, so two
 * imports into one estate cannot both add the same house.
 */
@Service
class RegisterImport {

    private final Register register;
    private final ImportStore store;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    RegisterImport(Register register, ImportStore store, AuditLog audit, TransactionTemplate transaction,
                   MessageSource messages) {
        this.register = register;
        this.store = store;
        this.audit = audit;
        this.transaction = transaction;
        this.messages = messages;
    }

    /** The estate, if the caller may import into it: 404 outside the jurisdiction, 403 without the permission. */
    Estate target(long estateId) {
        Estate estate = register.estate(estateId);
        Register.requirePermission(Permission.REGISTER_WRITE);
        return estate;
    }

    /** Imports the file, or throws {@link ImportRefused} with every problem found and writes nothing. */
    ImportCounts importFile(long estateId, String fileName, byte[] content, ImportProgress progress) {
        Estate estate = target(estateId);
        List<SourceRow> rows = RegisterFileReader.read(fileName, content);
        progress.update(ImportProgress.Stage.VALIDATING, 0, rows.size());
        return transaction.execute(status -> {
            store.lockEstate(estateId);
            ImportPlan plan = new ImportValidator(store.existing(estateId, idNumbers(rows))).validate(rows, progress);
            int total = plan.houses().size() + plan.owners().size() + plan.ownerships().size();
            progress.update(ImportProgress.Stage.WRITING, 0, total);
            int buildings = store.write(estateId, plan,
                    done -> progress.update(ImportProgress.Stage.WRITING, done, total));
            int reused = (int) plan.owners().stream().filter(o -> o.existingId() != null).count();
            ImportCounts counts = new ImportCounts(plan.rows(), buildings, plan.houses().size(),
                    plan.owners().size() - reused, reused, plan.ownerships().size());
            audit.record(new AuditEntry("IMPORT", "estate", String.valueOf(estateId),
                    messages.getMessage("import.audit.summary", new Object[] {estate.name(), counts.rows(),
                            counts.buildings(), counts.houses(), counts.owners(), counts.ownerships()},
                            Locale.SIMPLIFIED_CHINESE),
                    null, Map.of("file", fileName == null ? "" : fileName, "counts", counts), null));
            return counts;
        });
    }

    private static Set<String> idNumbers(List<SourceRow> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(ImportValidator.normalizeId(r.cell(ImportColumn.ID_NUMBER))));
        return ids;
    }
}
