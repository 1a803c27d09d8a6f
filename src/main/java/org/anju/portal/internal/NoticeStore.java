package org.anju.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction.Condition;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.portal.NoticeCategory;
import org.anju.portal.NoticeStatus;
import org.anju.portal.NoticeView.Attachment;
import org.anju.portal.NoticeView.File;
import org.anju.portal.NoticeView.Notice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices' SQL. The public reads see only published notices; the console's AND the caller's county. */
@Repository
public class NoticeStore {

    /** The fields a county writes. */
    public record Fields(NoticeCategory category, String title, String body, String issuer, String docNumber) {
    }

    private static final String SELECT = """
            select n.id, n.category, n.title, n.issuer, n.doc_number, n.status, n.published_on, n.updated_at,
                   n.version, (select count(*) from ptl_notice_attachment a where a.notice_id = n.id) attachments
            from ptl_notice n
            """;

    /** No jurisdiction: what is published is for everyone. */
    public static final Condition EVERYWHERE = new Condition("true", Map.of());

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Condition scope, NoticeStatus status, NoticeCategory category, String text) {
        return new Where().and(scope.sql(), scope.params())
                .andIf(status == null ? null : status.name(), "n.status = :status", "status")
                .andIf(category == null ? null : category.name(), "n.category = :category", "category")
                .andIf(Where.contains(text), "(n.title ilike :text or n.body ilike :text or n.doc_number ilike :text)",
                        "text");
    }

    /** Published notices, newest first: everyone's list. */
    public List<Notice> published(NoticeCategory category, String text, PageRequest page) {
        Where w = where(EVERYWHERE, NoticeStatus.PUBLISHED, category, text);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by n.published_on desc, n.id desc"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(NoticeStore::row).list();
    }

    public long countPublished(NoticeCategory category, String text) {
        return count(EVERYWHERE, NoticeStatus.PUBLISHED, category, text);
    }

    /** The county's own notices in any status, last changed first. */
    public List<Notice> list(Condition scope, NoticeStatus status, NoticeCategory category, String text,
                             PageRequest page) {
        Where w = where(scope, status, category, text);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by n.updated_at desc, n.id desc"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(NoticeStore::row).list();
    }

    public long count(Condition scope, NoticeStatus status, NoticeCategory category, String text) {
        Where w = where(scope, status, category, text);
        return jdbc.sql("select count(*) from ptl_notice n where " + w.sql()).params(w.params())
                .query(Long.class).single();
    }

    /** A notice inside the scope (the public passes status PUBLISHED). */
    public Optional<Notice> find(Condition scope, NoticeStatus status, long id) {
        Where w = where(scope, status, null, null).and("n.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(NoticeStore::row).optional();
    }

    public String body(long id) {
        return jdbc.sql("select body from ptl_notice where id = ?").param(id).query(String.class).single();
    }

    public long insert(String regionPath, Fields f, String actor) {
        return jdbc.sql("""
                        insert into ptl_notice (region_path, category, title, body, issuer, doc_number, status, created_by)
                        values (:path, :category, :title, :body, :issuer, :doc, 'DRAFT', :actor) returning id""")
                .param("path", regionPath).param("category", f.category().name()).param("title", f.title())
                .param("body", f.body()).param("issuer", f.issuer()).param("doc", f.docNumber())
                .param("actor", actor).query(Long.class).single();
    }

    /** Changes the fields if the notice is still at the version the caller saw. */
    public boolean update(long id, int version, Fields f) {
        return jdbc.sql("""
                        update ptl_notice set category = :category, title = :title, body = :body, issuer = :issuer,
                               doc_number = :doc, updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("category", f.category().name()).param("title", f.title()).param("body", f.body())
                .param("issuer", f.issuer()).param("doc", f.docNumber()).param("id", id).param("version", version)
                .update() == 1;
    }

    public boolean status(long id, int version, NoticeStatus status, LocalDate publishedOn) {
        return jdbc.sql("""
                        update ptl_notice set status = :status, published_on = coalesce(:on, published_on),
                               updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("status", status.name()).param("on", publishedOn).param("id", id).param("version", version)
                .update() == 1;
    }

    public List<Attachment> attachments(long noticeId) {
        return jdbc.sql("select id, filename, content_type, size from ptl_notice_attachment where notice_id = ?"
                        + " order by id").param(noticeId)
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public long attach(long noticeId, String filename, String contentType, byte[] data) {
        return jdbc.sql("""
                        insert into ptl_notice_attachment (notice_id, filename, content_type, size, data)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(noticeId, filename, contentType, data.length, data).query(Long.class).single();
    }

    public Optional<File> file(long noticeId, long attachmentId) {
        return jdbc.sql("select filename, content_type, data from ptl_notice_attachment where notice_id = ? and id = ?")
                .params(noticeId, attachmentId)
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static Notice row(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getLong("id"), NoticeCategory.valueOf(rs.getString("category")), rs.getString("title"),
                rs.getString("issuer"), rs.getString("doc_number"), NoticeStatus.valueOf(rs.getString("status")),
                rs.getObject("published_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("attachments"), rs.getInt("version"));
    }
}
