package org.anju.identity.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.anju.identity.AuditChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Walks the audit trail in order, recomputing each hash from the stored fields and the previous hash. */
@Component
class JdbcAuditChain implements AuditChain {

    private final JdbcTemplate jdbc;

    JdbcAuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Verification verify() {
        AtomicLong count = new AtomicLong();
        AtomicReference<String> prev = new AtomicReference<>(AuditHash.GENESIS);
        AtomicReference<Long> firstBad = new AtomicReference<>();
        jdbc.setFetchSize(1000);
        jdbc.query("""
                select id, occurred_at, actor, actor_role, action, entity_type, entity_id, summary, reason, remote_addr,
                       before_state, after_state, prev_hash, hash
                from idn_audit_event order by id""", rs -> {
            count.incrementAndGet();
            AuditHash entry = new AuditHash(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
                    rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                    rs.getString("reason"), rs.getString("remote_addr"), rs.getString("before_state"),
                    rs.getString("after_state"), rs.getString("prev_hash"));
            String stored = rs.getString("hash");
            boolean linked = prev.get().equals(entry.prevHash());
            if (firstBad.get() == null && (!linked || stored == null || !stored.equals(entry.compute()))) {
                firstBad.set(entry.id());
            }
            prev.set(stored == null ? "" : stored);
        });
        return new Verification(count.get(), firstBad.get() == null, firstBad.get(),
                count.get() == 0 ? null : prev.get());
    }
}
