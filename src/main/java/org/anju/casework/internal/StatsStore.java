package org.anju.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.anju.casework.CaseStats;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Casework figures in one grouped query within the caller's scope. */
@Repository
public class StatsStore {

    private final JdbcClient jdbc;

    StatsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CaseStats.Line> lines(Condition scope, CaseStats.Grouping grouping, Long townshipId, Instant from,
                                      Instant to, Instant now) {
        String[] key = switch (grouping) {
            case TOWNSHIP -> new String[] {"t.id::text", "t.name"};
            case BODY -> new String[] {"coalesce(k.body_kind, 'PENDING') || ':' || coalesce(k.body_name, '')",
                    "coalesce(k.body_name, '-')"};
            case MONTH -> new String[] {"to_char(k.received_at at time zone 'Asia/Shanghai', 'YYYY-MM')",
                    "to_char(k.received_at at time zone 'Asia/Shanghai', 'YYYY-MM')"};
        };
        Where w = new Where().and(scope.sql(), scope.params()).andIf(townshipId, "t.id = :township", "township")
                .andIf(from == null ? null : Timestamp.from(from), "k.received_at >= :from", "from")
                .andIf(to == null ? null : Timestamp.from(to), "k.received_at < :to", "to");
        return jdbc.sql("select " + key[0] + " k, " + key[1] + " n, count(*) cases,"
                        + " count(*) filter (where k.accepted_at is not null or k.status in ('RESOLVED', 'CLOSED')) responded,"
                        + " count(*) filter (where k.status in ('RESOLVED', 'CLOSED')) resolved,"
                        + " count(*) filter (where k.resolved_at is not null and k.resolved_at <= k.due_at) on_time,"
                        + " count(*) filter (where k.resolved_at is not null or k.due_at < :now) due,"
                        + " count(*) filter (where k.rating is not null and k.status = 'CLOSED') rated,"
                        + " count(*) filter (where k.rating in ('SATISFIED', 'BASIC') and k.status = 'CLOSED') satisfied,"
                        + " count(*) filter (where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED')) open,"
                        + " count(*) filter (where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED') and k.due_at < :now) overdue"
                        + CaseStore.FROM + " where " + w.sql() + " group by 1, 2 order by 2, 1")
                .params(w.params()).param("now", Timestamp.from(now))
                .query((rs, n) -> CaseStats.Line.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11)))
                .list();
    }

    /** A township's region path, if it is one. */
    public Optional<String> townshipPath(long id) {
        return jdbc.sql("select path from reg_region where id = ? and level = 'TOWNSHIP'").param(id)
                .query(String.class).optional();
    }
}
