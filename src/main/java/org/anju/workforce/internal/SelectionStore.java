package org.anju.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.anju.workforce.SelectionResult;
import org.anju.workforce.SelectionStatus;
import org.anju.workforce.WorkforceView.Nomination;
import org.anju.workforce.WorkforceView.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 最美物业人 SQL. The one-vote rule is the table's unique (selection_id, owner_id): {@link #vote} inserts or does
 * nothing, so two concurrent votes of one owner never both count.
 */
@Repository
public class SelectionStore {

    /** A nomination as written. */
    public record NewNomination(long selectionId, long staffId, long companyId, String staffName, String position,
                                String companyName, String deeds, String actor, String role) {
    }

    private static final String SELECT = """
            select s.id, s.year, s.title, s.region_id, r.name, s.winners, s.status, s.published_at,
                   (select count(*) from wfc_nomination n where n.selection_id = s.id),
                   (select count(*) from wfc_vote v where v.selection_id = s.id)
              from wfc_selection s join reg_region r on r.id = s.region_id
            """;

    private final JdbcClient jdbc;

    SelectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(Jurisdiction j, boolean publicOnly) {
        if (publicOnly) {
            return new Where().and("s.status = 'PUBLISHED'", Map.of());
        }
        Jurisdiction.Condition reach = Reach.of(j, "s.region_path");
        return new Where().and(reach.sql(), reach.params());
    }

    /** Selections the caller may see (j null: the published ones, for everyone). */
    public List<Selection> list(Jurisdiction j, PageRequest page) {
        Where w = where(j, j == null);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by s.year desc, s.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(SelectionStore::selection).list();
    }

    public long count(Jurisdiction j) {
        Where w = where(j, j == null);
        return jdbc.sql("select count(*) from wfc_selection s where " + w.sql()).params(w.params()).query(Long.class)
                .single();
    }

    public Optional<Selection> find(Jurisdiction j, long id) {
        Where w = where(j, j == null).and("s.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(SelectionStore::selection).optional();
    }

    public String regionPath(long id) {
        return jdbc.sql("select region_path from wfc_selection where id = ?").param(id).query(String.class).single();
    }

    public boolean titleTaken(long regionId, int year, String title) {
        return jdbc.sql("select count(*) from wfc_selection where region_id = ? and year = ? and title = ?")
                .params(regionId, year, title).query(Long.class).single() > 0;
    }

    public long insert(int year, String title, long regionId, int winners, String actor) {
        return jdbc.sql("""
                        insert into wfc_selection (year, title, region_id, region_path, winners, status, created_by)
                        values (?, ?, ?, (select path from reg_region where id = ?), ?, 'NOMINATING', ?) returning id""")
                .params(year, title, regionId, regionId, winners, actor).query(Long.class).single();
    }

    /** Moves the selection from one status to the next; false when it was not in {@code from} any more. */
    public boolean advance(long id, SelectionStatus from, SelectionStatus to) {
        return jdbc.sql("update wfc_selection set status = ?, published_at = case when ? = 'PUBLISHED' then now()"
                        + " else published_at end where id = ? and status = ?")
                .params(to.name(), to.name(), id, from.name()).update() == 1;
    }

    /** Nominates; false when the staff member was already nominated for this selection. */
    public boolean nominate(NewNomination n) {
        return jdbc.sql("""
                        insert into wfc_nomination (selection_id, staff_id, company_id, staff_name, position,
                                                    company_name, deeds, nominated_by, nominator_role)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (selection_id, staff_id) do nothing""")
                .params(n.selectionId(), n.staffId(), n.companyId(), n.staffName(), n.position(), n.companyName(),
                        n.deeds(), n.actor(), n.role()).update() == 1;
    }

    /** Nominees with their votes, most votes first (selectedOnly: the published result). */
    public List<Nomination> nominations(long selectionId, boolean selectedOnly) {
        return jdbc.sql("""
                        select n.id, n.staff_id, n.company_id, n.staff_name, n.position, n.company_name, n.deeds,
                               n.nominator_role, (select count(*) from wfc_vote v where v.nomination_id = n.id) votes,
                               n.selected
                          from wfc_nomination n where n.selection_id = ?""" + (selectedOnly ? " and n.selected" : "")
                        + " order by votes desc, n.id").param(selectionId)
                .query((rs, i) -> new Nomination(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9),
                        rs.getBoolean(10))).list();
    }

    public Optional<Nomination> nomination(long selectionId, long nominationId) {
        return nominations(selectionId, false).stream().filter(n -> n.id() == nominationId).findFirst();
    }

    public Nomination byStaff(long selectionId, long staffId) {
        return nominations(selectionId, false).stream().filter(n -> n.staffId() == staffId).findFirst().orElseThrow();
    }

    public List<SelectionResult.Tally> tallies(long selectionId) {
        return nominations(selectionId, false).stream()
                .map(n -> new SelectionResult.Tally(n.id(), n.votes())).toList();
    }

    public void select(long selectionId, Collection<Long> nominationIds) {
        for (long id : nominationIds) {
            jdbc.sql("update wfc_nomination set selected = true where selection_id = ? and id = ?")
                    .params(selectionId, id).update();
        }
    }

    /** Casts the owner's vote; false when the owner had already voted in this selection. */
    public boolean vote(long selectionId, long nominationId, long ownerId) {
        return jdbc.sql("""
                        insert into wfc_vote (selection_id, nomination_id, owner_id) values (?, ?, ?)
                        on conflict (selection_id, owner_id) do nothing""")
                .params(selectionId, nominationId, ownerId).update() == 1;
    }

    public Optional<Long> votedFor(long selectionId, long ownerId) {
        return jdbc.sql("select nomination_id from wfc_vote where selection_id = ? and owner_id = ?")
                .params(selectionId, ownerId).query(Long.class).optional();
    }

    private static Selection selection(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp(8);
        Instant at = published == null ? null : published.toInstant();
        return new Selection(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getInt(6), SelectionStatus.valueOf(rs.getString(7)), at, rs.getLong(9), rs.getLong(10));
    }
}
