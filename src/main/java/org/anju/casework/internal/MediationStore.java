package org.anju.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.casework.MediationView.Mediation;
import org.anju.casework.MediationView.Meeting;
import org.anju.casework.MediationView.Outcome;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mediation records and joint meetings. Meetings are read within the caller's region (a condition over m). */
@Repository
public class MediationStore {

    private static final String MEETING = """
            select m.id, m.region_id, r.name region_name, m.held_on, m.topic, m.attendees, m.decisions, m.recorded_by,
                   (select count(*) from cas_meeting_case mc where mc.meeting_id = m.id) cases
            from cas_meeting m join reg_region r on r.id = m.region_id
            """;

    private final JdbcClient jdbc;

    MediationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertMediation(long caseId, LocalDate heldOn, String mediator, String parties, String record,
                                Outcome outcome, String actor) {
        return jdbc.sql("""
                        insert into cas_mediation (case_id, held_on, mediator, parties, record, outcome, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, heldOn, mediator, parties, record, outcome.name(), actor).query(Long.class).single();
    }

    public List<Mediation> mediations(long caseId) {
        return jdbc.sql("""
                        select id, held_on, mediator, parties, record, outcome, recorded_by from cas_mediation
                        where case_id = ? order by held_on, id""").param(caseId)
                .query((rs, n) -> new Mediation(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), Outcome.valueOf(rs.getString(6)), rs.getString(7))).list();
    }

    public long insertMeeting(long regionId, String regionPath, LocalDate heldOn, String topic, String attendees,
                              String decisions, String actor, List<Long> caseIds) {
        long id = jdbc.sql("""
                        insert into cas_meeting (region_id, region_path, held_on, topic, attendees, decisions, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(regionId, regionPath, heldOn, topic, attendees, decisions, actor).query(Long.class).single();
        for (Long c : caseIds) {
            jdbc.sql("insert into cas_meeting_case (meeting_id, case_id) values (?, ?) on conflict do nothing")
                    .params(id, c).update();
        }
        return id;
    }

    public List<Meeting> meetings(Condition scope, PageRequest page) {
        return jdbc.sql(MEETING + " where " + scope.sql() + " order by m.held_on desc, m.id desc limit :limit offset :offset")
                .params(scope.params()).param("limit", page.size()).param("offset", page.offset())
                .query(MediationStore::meeting).list();
    }

    public long countMeetings(Condition scope) {
        return jdbc.sql("select count(*) from cas_meeting m where " + scope.sql()).params(scope.params())
                .query(Long.class).single();
    }

    public Optional<Meeting> meeting(Condition scope, long id) {
        Where w = new Where().and(scope.sql(), scope.params()).and("m.id = :id", Map.of("id", id));
        return jdbc.sql(MEETING + " where " + w.sql()).params(w.params()).query(MediationStore::meeting).optional();
    }

    /** The ids of the complaints a meeting discussed. */
    public List<Long> caseIds(long meetingId) {
        return jdbc.sql("select case_id from cas_meeting_case where meeting_id = ? order by case_id").param(meetingId)
                .query(Long.class).list();
    }

    /** The meetings that discussed a complaint (id, date, topic). */
    public List<Meeting> meetingsOf(long caseId) {
        return jdbc.sql(MEETING + " where m.id in (select meeting_id from cas_meeting_case where case_id = ?)"
                + " order by m.held_on, m.id").param(caseId).query(MediationStore::meeting).list();
    }

    private static Meeting meeting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_name"),
                rs.getObject("held_on", LocalDate.class), rs.getString("topic"), rs.getString("attendees"),
                rs.getString("decisions"), rs.getString("recorded_by"), rs.getInt("cases"));
    }
}
