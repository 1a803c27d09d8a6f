package org.anju.identity.internal;

import java.util.Map;
import org.anju.identity.AuditChain;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.springframework.stereotype.Component;

/**
 * 校验审计链 on demand (console and API): the same check as the nightly job and the command line,
 * for a caller with AUDIT_READ; the check is itself recorded, with its outcome.
 */
@Component
class AuditVerification {

    private final AuditChain chain;
    private final AuditLog audit;

    AuditVerification(AuditChain chain, AuditLog audit) {
        this.chain = chain;
        this.audit = audit;
    }

    AuditChain.Verification run() {
        AuditExport.requireAuditRead();
        AuditChain.Verification v = chain.verify();
        String summary = v.intact() ? "审计链完整: 校验 " + v.entries() + " 条"
                : "审计链被破坏: 首个异常记录 #" + v.firstBadId();
        Map<String, Object> outcome = v.intact()
                ? Map.of("entries", v.entries(), "intact", true, "lastHash", String.valueOf(v.lastHash()))
                : Map.of("entries", v.entries(), "intact", false, "firstBadId", v.firstBadId());
        audit.record(new AuditEntry("VERIFY", "audit_chain", null, summary, null, outcome, null));
        return v;
    }
}
