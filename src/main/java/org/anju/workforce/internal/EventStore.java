package org.anju.workforce.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.workforce.Audience;
import org.anju.workforce.EventKind;
import org.anju.workforce.WorkforceView.Attendance;
import org.anju.workforce.WorkforceView.Event;
import org.anju.workforce.WorkforceView.Material;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Trainings' and competitions' SQL; a company also sees the events its staff attended. */
@Repository
public class EventStore {

    /** An event as written. */
    public record NewEvent(EventKind kind, Audience audience, String title, LocalDate heldOn, BigDecimal hours,
                           String organiser, String regionPath, String actor) {
    }

    /** A committee's attendance link. */
    public record CommitteeLink(long committeeId, long trainingId) {
    }

    private static final String SELECT = """
            select w.id, w.kind, w.audience, w.title, w.held_on, w.hours, w.organiser,
                   (select count(*) from wfc_attendance a where a.event_id = w.id), (select count(*) from wfc_material m
                    where m.event_id = w.id) from wfc_event w
            """;

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, Long companyId, EventKind kind, Audience audience, Integer year) {
        Jurisdiction.Condition reach = Reach.of(j, "w.region_path");
        Map<String, Object> params = new HashMap<>(reach.params());
        String sql = reach.sql();
        if (companyId != null) {
            sql = "(" + sql + " or exists (select 1 from wfc_attendance a where a.event_id = w.id and a.company_id = :own))";
            params.put("own", companyId);
        }
        return new Where().and(sql, params)
                .andIf(kind == null ? null : kind.name(), "w.kind = :kind", "kind")
                .andIf(audience == null ? null : audience.name(), "w.audience = :audience", "audience")
                .andIf(year, "extract(year from w.held_on) = :year", "year");
    }

    public List<Event> list(Jurisdiction j, Long companyId, EventKind kind, Audience audience, Integer year,
                            PageRequest page) {
        Where w = where(j, companyId, kind, audience, year);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by w.held_on desc, w.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(EventStore::event).list();
    }

    public long count(Jurisdiction j, Long companyId, EventKind kind, Audience audience, Integer year) {
        Where w = where(j, companyId, kind, audience, year);
        return jdbc.sql("select count(*) from wfc_event w where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Event> find(Jurisdiction j, Long companyId, long id) {
        Where w = where(j, companyId, null, null, null).and("w.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(EventStore::event).optional();
    }

    public String regionPath(long id) {
        return jdbc.sql("select region_path from wfc_event where id = ?").param(id).query(String.class).single();
    }

    public long insert(NewEvent e) {
        return jdbc.sql("""
                        insert into wfc_event (kind, audience, title, held_on, hours, organiser, region_path, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.kind().name(), e.audience().name(), e.title(), e.heldOn(), e.hours(), e.organiser(),
                        e.regionPath(), e.actor()).query(Long.class).single();
    }

    /** Records an attendee; false when that staff member was already recorded. */
    public boolean attend(long eventId, Long staffId, Long companyId, String name, String unit, String result) {
        return jdbc.sql("""
                        insert into wfc_attendance (event_id, staff_id, company_id, name, unit, result)
                        values (?, ?, ?, ?, ?, ?) on conflict (event_id, staff_id) do nothing""")
                .params(eventId, staffId, companyId, name, unit, result).update() == 1;
    }

    public List<Attendance> attendance(long eventId) {
        return jdbc.sql("""
                        select id, staff_id, company_id, name, unit, result from wfc_attendance where event_id = ?
                        order by id""").param(eventId)
                .query((rs, n) -> new Attendance(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    public boolean linkCommittee(long eventId, long committeeId, long trainingId) {
        return jdbc.sql("""
                        insert into wfc_committee_training (event_id, committee_id, training_id) values (?, ?, ?)
                        on conflict do nothing""").params(eventId, committeeId, trainingId).update() == 1;
    }

    public boolean committeeLinked(long eventId, long committeeId) {
        return jdbc.sql("select count(*) from wfc_committee_training where event_id = ? and committee_id = ?")
                .params(eventId, committeeId).query(Long.class).single() > 0;
    }

    public List<CommitteeLink> committees(long eventId) {
        return jdbc.sql("select committee_id, training_id from wfc_committee_training where event_id = ? order by committee_id")
                .param(eventId).query((rs, n) -> new CommitteeLink(rs.getLong(1), rs.getLong(2))).list();
    }

    public long addMaterial(long eventId, String fileName, String contentType, byte[] content, String actor) {
        return jdbc.sql("""
                        insert into wfc_material (event_id, file_name, content_type, size, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, fileName, contentType, content.length, content, actor).query(Long.class).single();
    }

    public List<Material> materials(long eventId) {
        return jdbc.sql("select id, file_name, content_type, size from wfc_material where event_id = ? order by id")
                .param(eventId).query((rs, n) -> new Material(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4))).list();
    }

    public Optional<byte[]> content(long eventId, long materialId) {
        return jdbc.sql("select content from wfc_material where event_id = ? and id = ?").params(eventId, materialId)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static Event event(ResultSet rs, int n) throws SQLException {
        return new Event(rs.getLong(1), EventKind.valueOf(rs.getString(2)), Audience.valueOf(rs.getString(3)),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getString(7), rs.getLong(8),
                rs.getLong(9));
    }
}
