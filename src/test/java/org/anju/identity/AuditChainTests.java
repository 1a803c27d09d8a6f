package org.anju.identity;

import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTests extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Test
    void eachEntryCarriesTheHashOfTheOneBefore() {
        audit.record(new AuditEntry("UPDATE", "estate", "1", "改名", java.util.Map.of("name", "旧"),
                java.util.Map.of("name", "新"), null));
        audit.record(new AuditEntry("REVEAL", "owner", "2", "查看", null, null, "核实身份"));
        var rows = jdbc.sql("select prev_hash, hash from idn_audit_event order by id desc limit 2")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows.get(0)[0]).isEqualTo(rows.get(1)[1]);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theTrailRefusesUpdatesAndDeletes() {
        audit.record(new AuditEntry("CREATE", "estate", "3", "新增", null, null, null));
        assertThatThrownBy(() -> jdbc.sql("update idn_audit_event set summary = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from idn_audit_event").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anEditedEntryIsDetected() {
        audit.record(new AuditEntry("CREATE", "estate", "4", "原文", null, null, null));
        audit.record(new AuditEntry("CREATE", "estate", "5", "之后", null, null, null));
        long target = jdbc.sql("select max(id) - 1 from idn_audit_event").query(Long.class).single();
        // An intruder with database rights disables the guard and edits an entry.
        jdbc.sql("alter table idn_audit_event disable trigger idn_audit_no_update").update();
        try {
            jdbc.sql("update idn_audit_event set summary = '篡改' where id = ?").param(target).update();
            AuditChain.Verification v = chain.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadId()).isEqualTo(target);
        } finally {
            jdbc.sql("update idn_audit_event set summary = '原文' where id = ?").param(target).update();
            jdbc.sql("alter table idn_audit_event enable trigger idn_audit_no_update").update();
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void appendsFromManyTransactionsAtOnceKeepOneUnbrokenChain() throws Exception {
        long before = jdbc.sql("select count(*) from idn_audit_event").query(Long.class).single();
        int threads = 8;
        int each = 15;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        // each append in its own transaction that does a little more work after it, as intake does
                        tx.executeWithoutResult(s -> {
                            audit.record(new AuditEntry("CREATE", "chain-test", thread + "-" + n, "并发", null,
                                    java.util.Map.of("n", n), null));
                            jdbc.sql("select pg_sleep(0.001)").query((rs, k) -> 1).list();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var f : futures) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from idn_audit_event").query(Long.class).single())
                .isEqualTo(before + threads * each);
        // no two entries claim the same predecessor, and the whole trail verifies
        assertThat(jdbc.sql("select count(*) - count(distinct prev_hash) from idn_audit_event").query(Long.class)
                .single()).isZero();
        assertThat(chain.verify().intact()).isTrue();
    }
}
