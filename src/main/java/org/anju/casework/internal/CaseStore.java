package org.anju.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.casework.BodyKind;
import org.anju.casework.CaseStatus;
import org.anju.casework.CaseView.Event;
import org.anju.casework.CaseView;
import org.anju.casework.CaseView.PhotoRef;
import org.anju.casework.Channel;
import org.anju.casework.PhotoCheck;
import org.anju.casework.Rating;
import org.anju.casework.Urgency;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaints' SQL. Every read ANDs the caller's scope (a {@link Condition} over the alias k). */
@Repository
public class CaseStore {

    /** A complaint as stored, with its place and category name; the facade decides what the caller sees. */
    public record Row(long id, String number, long estateId, String estateName, long townshipId, String townshipName,
                      long communityId, String communityName, String regionPath, String category,
                      String categoryName, Urgency urgency, Channel channel, String text, String location,
                      boolean anonymous, Long reporterAccountId, String reporterName, String reporterPhoneEnc,
                      String enteredBy, CaseStatus status, BodyKind bodyKind, Long departmentId, Long companyId,
                      String bodyName, int returns, int reopens, Instant receivedAt, Instant dueAt, Instant acceptedAt,
                      Instant resolvedAt, Instant closedAt, Instant warnedAt, Instant escalatedAt, String result,
                      Rating rating, int version) {
    }

    /** Filters of the list; null = any. overdue: open past its deadline. */
    public record Filter(CaseStatus status, String category, Long townshipId, Long estateId, BodyKind bodyKind,
                         Boolean overdue, Instant now) {
    }

    /** A complaint to insert, its body already chosen (or none: PENDING). */
    public record Insert(long estateId, String regionPath, String category, Urgency urgency, Channel channel,
                         String text, String location, boolean anonymous, Long reporterAccountId, String reporterName,
                         String reporterPhoneEnc, String enteredBy, CaseStatus status, BodyKind bodyKind,
                         Long departmentId, Long companyId, String bodyName, Instant receivedAt, Instant dueAt) {
    }

    /** Where an estate lies, for dispatch. */
    public record Place(long estateId, String estateName, String regionPath, long communityId, String communityName) {
    }

    static final String FROM = """
             from cas_case k join reg_estate e on e.id = k.estate_id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                 join cas_category g on g.code = k.category_code
            """;
    private static final String SELECT = "select k.*, e.name estate_name, c.id community_id, c.name community_name,"
            + " t.id township_id, t.name township_name, g.name category_name" + FROM;

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Condition scope, Filter f) {
        Where w = new Where().and(scope.sql(), scope.params())
                .andIf(f.status() == null ? null : f.status().name(), "k.status = :status", "status")
                .andIf(f.category(), "k.category_code = :category", "category")
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.estateId(), "k.estate_id = :estate", "estate")
                .andIf(f.bodyKind() == null ? null : f.bodyKind().name(), "k.body_kind = :body", "body");
        if (Boolean.TRUE.equals(f.overdue())) {
            w.and("k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED') and k.due_at < :now",
                    Map.of("now", Timestamp.from(f.now())));
        }
        return w;
    }

    public List<Row> list(Condition scope, Filter f, PageRequest page) {
        Where w = where(scope, f);
        String order = Boolean.TRUE.equals(f.overdue()) ? "k.due_at, k.id" : "k.received_at desc, k.id desc";
        return jdbc.sql(SELECT + " where " + w.sql() + " order by " + order + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(CaseStore::row).list();
    }

    /**
     * Per estate of the scope with cases matching the filter (status and overdue ignored): open, overdue and all
     * cases, and the estate's coordinates (null when not recorded).
     */
    public List<CaseView.MapPoint> mapCounts(Condition scope, Filter f) {
        Where w = where(scope, new Filter(null, f.category(), f.townshipId(), f.estateId(), f.bodyKind(), null, f.now()));
        return jdbc.sql("select e.id, e.name, t.name, e.longitude, e.latitude,"
                        + " count(*) filter (where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED')),"
                        + " count(*) filter (where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED') and k.due_at < :now),"
                        + " count(*)" + FROM + " where " + w.sql()
                        + " group by e.id, e.name, t.name, e.longitude, e.latitude order by e.id")
                .params(w.params()).param("now", Timestamp.from(f.now()))
                .query((rs, n) -> new CaseView.MapPoint(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    public long count(Condition scope, Filter f) {
        Where w = where(scope, f);
        return jdbc.sql("select count(*)" + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Row> find(Condition scope, long id) {
        Where w = new Where().and(scope.sql(), scope.params()).and("k.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(CaseStore::row).optional();
    }

    /** A complaint whoever asks (for the deadline job and events). */
    public Optional<Row> find(long id) {
        return find(new Condition("true", Map.of()), id);
    }

    public Optional<Place> place(long estateId) {
        return jdbc.sql("""
                        select e.id, e.name, e.region_path, c.id, c.name from reg_estate e
                        join reg_region c on c.id = e.community_id where e.id = ?""")
                .param(estateId).query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5))).optional();
    }

    public long insert(Insert i) {
        return jdbc.sql("""
                        insert into cas_case (number, estate_id, region_path, category_code, urgency, channel, text,
                            location, anonymous, reporter_account_id, reporter_name, reporter_phone_enc, entered_by,
                            status, body_kind, department_id, company_id, body_name, received_at, due_at)
                        values ('GD' || to_char(:at at time zone 'Asia/Shanghai', 'YYYYMMDD')
                                     || lpad(nextval('cas_case_number')::text, 6, '0'),
                                :estate, :path, :category, :urgency, :channel, :text, :location, :anonymous, :account,
                                :name, :phone, :enteredBy, :status, :bodyKind, :department, :company, :bodyName, :at,
                                :due)
                        returning id""")
                .param("at", Timestamp.from(i.receivedAt())).param("estate", i.estateId())
                .param("path", i.regionPath()).param("category", i.category()).param("urgency", i.urgency().name())
                .param("channel", i.channel().name()).param("text", i.text()).param("location", i.location())
                .param("anonymous", i.anonymous()).param("account", i.reporterAccountId())
                .param("name", i.reporterName()).param("phone", i.reporterPhoneEnc()).param("enteredBy", i.enteredBy())
                .param("status", i.status().name())
                .param("bodyKind", i.bodyKind() == null ? null : i.bodyKind().name())
                .param("department", i.departmentId()).param("company", i.companyId())
                .param("bodyName", i.bodyName()).param("due", Timestamp.from(i.dueAt()))
                .query(Long.class).single();
    }

    /** Applies the assignments if the complaint is still at that version; answers whether it was. */
    public boolean update(long id, int version, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        p.put("version", version);
        return jdbc.sql("update cas_case set " + assignments + ", version = version + 1 where id = :id"
                + " and version = :version").params(p).update() == 1;
    }

    public void event(long caseId, String action, String note, String actor, Instant at) {
        jdbc.sql("insert into cas_case_event (case_id, action, note, actor, at) values (?, ?, ?, ?, ?)")
                .params(caseId, action, note, actor, Timestamp.from(at)).update();
    }

    public List<Event> timeline(long caseId) {
        return jdbc.sql("select action, note, actor, at from cas_case_event where case_id = ? order by at, id")
                .param(caseId).query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** Locks the case row (photos added at once by two callers are counted one after the other). */
    public void lock(long caseId) {
        jdbc.sql("select id from cas_case where id = ? for update").param(caseId).query(Long.class).single();
    }

    public int photoCount(long caseId, String stage) {
        return jdbc.sql("select count(*) from cas_photo where case_id = ? and stage = ?").params(caseId, stage)
                .query(Integer.class).single();
    }

    public void photos(long caseId, String stage, List<PhotoCheck.Photo> photos) {
        for (PhotoCheck.Photo p : photos) {
            jdbc.sql("insert into cas_photo (case_id, stage, content_type, size, data) values (?, ?, ?, ?, ?)")
                    .params(caseId, stage, p.contentType(), p.data().length, p.data()).update();
        }
    }

    public List<PhotoRef> photos(long caseId) {
        return jdbc.sql("select id, stage, content_type from cas_photo where case_id = ? order by id").param(caseId)
                .query((rs, n) -> new PhotoRef(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<PhotoCheck.Photo> photo(long caseId, long photoId) {
        return jdbc.sql("select content_type, data from cas_photo where case_id = ? and id = ?")
                .params(caseId, photoId).query((rs, n) -> new PhotoCheck.Photo(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** Open complaints past their warning time and not yet warned. */
    public List<Row> toWarn(Instant now) {
        return jdbc.sql(SELECT + """
                         where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED') and k.warned_at is null
                           and k.received_at + (k.due_at - k.received_at) * 0.75 <= :now and k.due_at > :now
                        order by k.id""").param("now", Timestamp.from(now)).query(CaseStore::row).list();
    }

    /** Open complaints past their deadline and not yet escalated. */
    public List<Row> toEscalate(Instant now) {
        return jdbc.sql(SELECT + """
                         where k.status in ('PENDING', 'DISPATCHED', 'ACCEPTED') and k.escalated_at is null
                           and k.due_at <= :now
                        order by k.id""").param("now", Timestamp.from(now)).query(CaseStore::row).list();
    }

    /** Marks a warning or an escalation (not a user's act: no version check, the version is not bumped). */
    public void mark(long id, String column, Instant at) {
        if (!column.equals("warned_at") && !column.equals("escalated_at")) {
            throw new IllegalArgumentException(column);
        }
        jdbc.sql("update cas_case set " + column + " = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** Sets a seeded complaint's later state at once (demo and benchmark data, not a user's act). */
    public void seedState(long id, CaseStatus status, Instant acceptedAt, Instant resolvedAt, Instant closedAt,
                          String result, Rating rating, Instant escalatedAt) {
        jdbc.sql("""
                        update cas_case set status = ?, accepted_at = ?, resolved_at = ?, closed_at = ?, result = ?,
                            rating = ?, escalated_at = ?, warned_at = ? where id = ?""")
                .params(status.name(), ts(acceptedAt), ts(resolvedAt), ts(closedAt), result,
                        rating == null ? null : rating.name(), ts(escalatedAt), ts(escalatedAt), id).update();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return (Long) rs.getObject(column);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String body = rs.getString("body_kind");
        String rating = rs.getString("rating");
        return new Row(rs.getLong("id"), rs.getString("number"), rs.getLong("estate_id"), rs.getString("estate_name"),
                rs.getLong("township_id"), rs.getString("township_name"), rs.getLong("community_id"),
                rs.getString("community_name"), rs.getString("region_path"), rs.getString("category_code"),
                rs.getString("category_name"), Urgency.valueOf(rs.getString("urgency")),
                Channel.valueOf(rs.getString("channel")), rs.getString("text"), rs.getString("location"),
                rs.getBoolean("anonymous"), longOrNull(rs, "reporter_account_id"), rs.getString("reporter_name"),
                rs.getString("reporter_phone_enc"), rs.getString("entered_by"),
                CaseStatus.valueOf(rs.getString("status")), body == null ? null : BodyKind.valueOf(body),
                longOrNull(rs, "department_id"), longOrNull(rs, "company_id"), rs.getString("body_name"),
                rs.getInt("returns"), rs.getInt("reopens"), instant(rs, "received_at"), instant(rs, "due_at"),
                instant(rs, "accepted_at"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
                instant(rs, "warned_at"), instant(rs, "escalated_at"), rs.getString("result"),
                rating == null ? null : Rating.valueOf(rating), rs.getInt("version"));
    }
}
