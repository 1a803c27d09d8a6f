package org.anju.governance.internal;

import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.anju.governance.CommitteeView.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of committee decisions; the facade checks the committee is within reach first. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long committeeId, String title, LocalDate decidedOn, LocalDate postedOn, List<Long> signers) {
        long id = jdbc.sql("""
                        insert into gov_decision (committee_id, title, decided_on, posted_on) values (?, ?, ?, ?)
                        returning id""").params(committeeId, title, decidedOn, postedOn).query(Long.class).single();
        for (Long m : signers) {
            jdbc.sql("insert into gov_decision_signer (decision_id, member_id) values (?, ?)").params(id, m).update();
        }
        return id;
    }

    /** A committee's decisions, newest first, without postedUntil (the facade counts it). */
    public List<Decision> list(long committeeId, int limit, long offset) {
        return jdbc.sql("""
                        select d.id, d.committee_id, d.title, d.decided_on, d.posted_on,
                               array(select m.name from gov_decision_signer s join gov_member m on m.id = s.member_id
                                     where s.decision_id = d.id order by m.id) names
                        from gov_decision d where d.committee_id = ? order by d.decided_on desc, d.id desc
                        limit ? offset ?""")
                .params(committeeId, limit, offset).query((rs, n) -> new Decision(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), null,
                        Arrays.asList((String[]) array(rs.getArray(6))))).list();
    }

    public long count(long committeeId) {
        return jdbc.sql("select count(*) from gov_decision where committee_id = ?").param(committeeId)
                .query(Long.class).single();
    }

    private static Object array(Array a) throws java.sql.SQLException {
        return a.getArray();
    }
}
