package org.anju.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.governance.HandoverView.Petition;
import org.anju.governance.PetitionKind;
import org.anju.governance.PetitionStatus;
import org.anju.governance.Proposer;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of petitions (temporary meetings, removals). Every read ANDs the caller's jurisdiction over the estate. */
@Repository
public class PetitionStore {

    /** Filters of the list; null = any. */
    public record Filter(Long townshipId, Long committeeId, PetitionKind kind, PetitionStatus status) {
    }

    private static final String FROM = """
            from gov_petition p join gov_committee g on g.id = p.committee_id
                 join reg_estate e on e.id = g.estate_id join reg_region c on c.id = e.community_id
                 join reg_region t on t.id = c.parent_id left join gov_member m on m.id = p.member_id
            """;

    private final JdbcClient jdbc;

    PetitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, Filter f) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params())
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.committeeId(), "p.committee_id = :committee", "committee")
                .andIf(f.kind() == null ? null : f.kind().name(), "p.kind = :kind", "kind")
                .andIf(f.status() == null ? null : f.status().name(), "p.status = :status", "status");
    }

    public List<Petition> list(Jurisdiction j, Filter f, PageRequest page) {
        Where w = where(j, f);
        return jdbc.sql("select p.*, g.estate_id, e.name estate_name, t.name township_name, c.name community_name,"
                        + " m.name member_name " + FROM + " where " + w.sql()
                        + " order by p.status = 'DECIDED', p.filed_on desc, p.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(PetitionStore::petition).list();
    }

    public long count(Jurisdiction j, Filter f) {
        Where w = where(j, f);
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Petition> find(Jurisdiction j, long id) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("p.id = :id", Map.of("id", id));
        return jdbc.sql("select p.*, g.estate_id, e.name estate_name, t.name township_name, c.name community_name,"
                + " m.name member_name " + FROM + " where " + w.sql()).params(w.params())
                .query(PetitionStore::petition).optional();
    }

    public long insert(long committeeId, PetitionKind kind, Proposer proposer, Long memberId, long supporters,
                       long base, String reason, LocalDate filedOn) {
        return jdbc.sql("""
                        insert into gov_petition (committee_id, kind, proposer, member_id, supporters, base, reason,
                                                  filed_on, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'FILED') returning id""")
                .params(committeeId, kind.name(), proposer.name(), memberId, supporters, base, reason, filedOn)
                .query(Long.class).single();
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update gov_petition set " + assignments + " where id = :id").params(p).update();
    }

    private static Petition petition(ResultSet rs, int n) throws SQLException {
        return new Petition(rs.getLong("id"), PetitionKind.valueOf(rs.getString("kind")),
                PetitionStatus.valueOf(rs.getString("status")), rs.getLong("committee_id"), rs.getLong("estate_id"),
                rs.getString("estate_name"), rs.getString("township_name"), rs.getString("community_name"),
                Proposer.valueOf(rs.getString("proposer")), rs.getObject("member_id", Long.class),
                rs.getString("member_name"), rs.getLong("supporters"), rs.getLong("base"), rs.getString("reason"),
                rs.getObject("filed_on", LocalDate.class), rs.getObject("ordered_on", LocalDate.class),
                rs.getString("order_text"), rs.getObject("decided_on", LocalDate.class),
                (Boolean) rs.getObject("carried"), rs.getString("result"));
    }
}
