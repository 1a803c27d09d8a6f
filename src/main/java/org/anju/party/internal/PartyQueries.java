package org.anju.party.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.Jurisdiction;
import org.anju.party.CrossAppointment;
import org.anju.party.PartyOrganization;
import org.anju.party.PartyOrganization.HostKind;
import org.anju.party.PartyOrganization.Kind;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.platform.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Party SQL. An organisation is visible where one of the estates it covers is in the jurisdiction. */
@Repository
public class PartyQueries {

    private static final String SELECT = """
            select o.*, c.name as community_name,
                   array(select pe.estate_id from pty_organization_estate pe join reg_estate e2 on e2.id = pe.estate_id
                         where pe.organization_id = o.id order by e2.name) as estate_ids,
                   array(select e2.name from pty_organization_estate pe join reg_estate e2 on e2.id = pe.estate_id
                         where pe.organization_id = o.id order by e2.name) as estate_names
            from pty_organization o join reg_region c on c.id = o.community_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PartyQueries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One statement per organisation (it and its estates), sent in batches. */
    public void insertAll(List<PartyOrganization.New> organizations) {
        batch.batchUpdate("""
                        with o as (insert into pty_organization (kind, name, community_id, host_kind, host_id, secretary,
                                                                 member_count, founded_on)
                                   values (?, ?, ?, ?, ?, ?, ?, ?) returning id)
                        insert into pty_organization_estate (organization_id, estate_id)
                        select o.id, unnest(?::bigint[]) from o""", organizations, 500, (ps, o) -> {
                    ps.setString(1, o.kind().name());
                    ps.setString(2, o.name());
                    ps.setLong(3, o.communityId());
                    ps.setString(4, o.hostKind().name());
                    ps.setObject(5, o.hostId());
                    ps.setString(6, o.secretary());
                    ps.setObject(7, o.memberCount());
                    ps.setObject(8, o.foundedOn());
                    ps.setArray(9, ps.getConnection().createArrayOf("bigint", o.estateIds().toArray()));
                });
    }

    private static Where visible(Jurisdiction j) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return new Where().and("exists (select 1 from pty_organization_estate pe join reg_estate e on e.id = pe.estate_id"
                + " where pe.organization_id = o.id and " + scope.sql() + ")", scope.params());
    }

    public PageResult<PartyOrganization> list(Jurisdiction j, Long townshipId, Long communityId, Kind kind,
                                              PageRequest page) {
        Where where = visible(j)
                .andIf(townshipId, "c.path like (select path from reg_region where id = :township) || '%'", "township")
                .andIf(communityId, "o.community_id = :community", "community")
                .andIf(kind == null ? null : kind.name(), "o.kind = :kind", "kind");
        long total = jdbc.sql("select count(*) from pty_organization o join reg_region c on c.id = o.community_id where "
                + where.sql()).params(where.params()).query(Long.class).single();
        List<PartyOrganization> rows = jdbc.sql(SELECT + " where " + where.sql()
                        + " order by c.name, o.name, o.id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(PartyQueries::organization).list();
        return new PageResult<>(rows, total, page.page(), page.size());
    }

    public Optional<PartyOrganization> find(Jurisdiction j, long id) {
        Where where = visible(j);
        return jdbc.sql(SELECT + " where o.id = :id and " + where.sql()).params(where.params()).param("id", id)
                .query(PartyQueries::organization).optional();
    }

    /** The estates' township paths (community path's parent) and community ids, for those in the jurisdiction. */
    public List<long[]> estatesInScope(Jurisdiction j, Collection<Long> ids) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return jdbc.sql("""
                        select e.id, e.community_id, c.parent_id from reg_estate e join reg_region c on c.id = e.community_id
                        where e.id in (:ids) and """ + " " + scope.sql())
                .params(scope.params()).param("ids", ids)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /** The township of a community inside the jurisdiction; empty for another region or one outside. */
    public Optional<Long> communityParent(Jurisdiction j, long communityId) {
        return jdbc.sql("select parent_id, path from reg_region where id = ? and level = 'COMMUNITY'")
                .param(communityId).query((rs, n) -> j.coversRegion(rs.getString("path")) ? rs.getLong(1) : null)
                .optional();
    }

    public long insert(PartyOrganization.New o) {
        long id = jdbc.sql("""
                        insert into pty_organization (kind, name, community_id, host_kind, host_id, secretary,
                                                      member_count, founded_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(o.kind().name(), o.name().strip(), o.communityId(), o.hostKind().name(), o.hostId(),
                        o.secretary(), o.memberCount(), o.foundedOn())
                .query(Long.class).single();
        for (Long estate : new HashSet<>(o.estateIds())) {
            jdbc.sql("insert into pty_organization_estate (organization_id, estate_id) values (?, ?)")
                    .params(id, estate).update();
        }
        return id;
    }

    public List<CrossAppointment> appointments(long organizationId) {
        return jdbc.sql("select * from pty_cross_appointment where organization_id = ? order by from_date desc, id desc")
                .param(organizationId).query((rs, n) -> new CrossAppointment(rs.getLong("id"),
                        rs.getLong("organization_id"), rs.getString("person_name"), rs.getString("reference"),
                        CrossAppointment.Seat.valueOf(rs.getString("seat")), rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class))).list();
    }

    public long insertAppointment(long organizationId, CrossAppointment.New a) {
        return jdbc.sql("""
                        insert into pty_cross_appointment (organization_id, person_name, reference, seat, from_date, to_date)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, a.personName().strip(), a.reference(), a.seat().name(), a.from(), a.to())
                .query(Long.class).single();
    }

    /** Of the jurisdiction's estates, those covered by at least one branch or grid branch. */
    public Set<Long> covered(Jurisdiction j) {
        Jurisdiction.Condition scope = j.rows("e.region_path", "e.id");
        return new HashSet<>(jdbc.sql("""
                        select distinct pe.estate_id from pty_organization_estate pe
                        join reg_estate e on e.id = pe.estate_id where """ + " " + scope.sql())
                .params(scope.params()).query(Long.class).list());
    }

    public Set<Long> covered(Collection<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct estate_id from pty_organization_estate where estate_id in (:ids)")
                .param("ids", estateIds).query(Long.class).list());
    }

    private static PartyOrganization organization(ResultSet rs, int n) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("estate_ids").getArray();
        String[] names = (String[]) rs.getArray("estate_names").getArray();
        return new PartyOrganization(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getLong("community_id"), rs.getString("community_name"), HostKind.valueOf(rs.getString("host_kind")),
                (Long) rs.getObject("host_id"), rs.getString("secretary"), (Integer) rs.getObject("member_count"),
                rs.getObject("founded_on", LocalDate.class), Arrays.asList(ids), Arrays.asList(names));
    }
}
