package org.anju.rating.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.anju.rating.RatingView.EvidenceFile;
import org.anju.rating.RatingView.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evidence files of an entry. The facade loads the entry inside the caller's condition first; every statement
 * here is then bound to that entry's id, so a file of another entry is never read or deleted.
 */
@Repository
public class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(long entryId, Long itemId, String fileName, String contentType, byte[] data, String actor) {
        return jdbc.sql("""
                        insert into rat_evidence (entry_id, item_id, file_name, content_type, size, data, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entryId, itemId, fileName, contentType, data.length, data, actor).query(Long.class).single();
    }

    public int count(long entryId) {
        return jdbc.sql("select count(*) from rat_evidence where entry_id = ?").param(entryId).query(Integer.class)
                .single();
    }

    public List<EvidenceFile> list(long entryId) {
        return jdbc.sql("""
                        select v.id, v.item_id, i.name, v.file_name, v.content_type, v.size, v.uploaded_by,
                               v.uploaded_at
                          from rat_evidence v left join rat_standard_item i on i.id = v.item_id
                         where v.entry_id = ? order by v.id""")
                .param(entryId).query((rs, n) -> new EvidenceFile(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class))).list();
    }

    public Optional<StoredFile> file(long entryId, long id) {
        return jdbc.sql("select file_name, content_type, data from rat_evidence where id = ? and entry_id = ?")
                .params(id, entryId).query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2),
                        rs.getBytes(3))).optional();
    }

    public Optional<String> name(long entryId, long id) {
        return jdbc.sql("select file_name from rat_evidence where id = ? and entry_id = ?").params(id, entryId)
                .query(String.class).optional();
    }

    public boolean delete(long entryId, long id) {
        return jdbc.sql("delete from rat_evidence where id = ? and entry_id = ?").params(id, entryId).update() == 1;
    }
}
