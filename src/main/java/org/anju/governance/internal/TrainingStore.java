package org.anju.governance.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.anju.governance.AssemblyView.Training;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of training records (培训记录); the facade checks the committee is within reach first. */
@Repository
public class TrainingStore {

    private final JdbcClient jdbc;

    TrainingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long committeeId, LocalDate heldOn, String topic, BigDecimal hours, String organiser,
                       List<Long> memberIds) {
        long id = jdbc.sql("""
                        insert into gov_training (committee_id, held_on, topic, hours, organiser)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(committeeId, heldOn, topic, hours, organiser).query(Long.class).single();
        for (Long m : memberIds) {
            jdbc.sql("insert into gov_training_attendee (training_id, member_id) values (?, ?)").params(id, m).update();
        }
        return id;
    }

    /** A committee's trainings, newest first, paged. */
    public List<Training> list(long committeeId, int limit, long offset) {
        return jdbc.sql("""
                        select t.id, t.committee_id, t.held_on, t.topic, t.hours, t.organiser,
                               array(select a.member_id from gov_training_attendee a join gov_member m on m.id = a.member_id
                                     where a.training_id = t.id order by m.id) ids,
                               array(select m.name from gov_training_attendee a join gov_member m on m.id = a.member_id
                                     where a.training_id = t.id order by m.id) names
                        from gov_training t where t.committee_id = ? order by t.held_on desc, t.id desc
                        limit ? offset ?""")
                .params(committeeId, limit, offset).query((rs, n) -> new Training(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                        Arrays.asList((Long[]) array(rs.getArray(7))), Arrays.asList((String[]) array(rs.getArray(8)))))
                .list();
    }

    public long count(long committeeId) {
        return jdbc.sql("select count(*) from gov_training where committee_id = ?").param(committeeId)
                .query(Long.class).single();
    }

    /** The committee's members who attended a training held within [from, to]. */
    public List<Long> trainedBetween(long committeeId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select distinct a.member_id from gov_training_attendee a join gov_training t on t.id = a.training_id
                        where t.committee_id = ? and t.held_on between ? and ? order by a.member_id""")
                .params(committeeId, from, to).query(Long.class).list();
    }

    private static Object array(Array a) throws java.sql.SQLException {
        return a.getArray();
    }
}
