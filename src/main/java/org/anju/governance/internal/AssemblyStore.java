package org.anju.governance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.governance.ApplicantKind;
import org.anju.governance.AssemblyView.Applicant;
import org.anju.governance.AssemblyView.GroupMember;
import org.anju.governance.AssemblyView.Proposal;
import org.anju.governance.GroupMemberKind;
import org.anju.identity.Jurisdiction;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the first assembly and of estates' occupancy. Every read ANDs the caller's jurisdiction over the estate. */
@Repository
public class AssemblyStore {

    /**
     * A management area of an estate with its register totals, occupancy (null if none entered) and latest assembly
     * (null if none); areaName is null where the estate is one area.
     */
    public record EstateRow(long areaId, String areaName, long estateId, String estateName, long townshipId, String townshipName, long communityId,
                            String communityName, long households, BigDecimal totalArea, BigDecimal deliveredArea,
                            Long movedIn, LocalDate contractEnd, boolean endedEarly, String enteredBy,
                            boolean ownersCommitteeFiled, boolean ownersCommitteeRecorded, Long assemblyId, String assemblyStatus, LocalDate appliedOn,
                            LocalDate groupFormedOn, LocalDate meetingOn, LocalDate heldOn, boolean contractFromMarket) {

        /** The same estate with the preliminary contract's end as the market's filed contract says. */
        public EstateRow withMarketContract(LocalDate end) {
            return new EstateRow(areaId, areaName, estateId, estateName, townshipId, townshipName, communityId, communityName, households,
                    totalArea, deliveredArea, movedIn, end, false, enteredBy, ownersCommitteeFiled,
                    ownersCommitteeRecorded, assemblyId, assemblyStatus, appliedOn, groupFormedOn, meetingOn, heldOn,
                    true);
        }
    }

    /** A stored assembly. */
    public record AssemblyRow(long id, long areaId, String areaName, long estateId, String estateName,
                              String townshipName, String communityName,
                              org.anju.governance.AssemblyForm form, String status, ApplicantKind applicantKind, String developerName, LocalDate appliedOn,
                              LocalDate groupFormedOn, LocalDate meetingOn, LocalDate heldOn, Boolean committeeElected,
                              String result) {
    }

    private static final String ESTATES = """
            select m.id area_id, case when exists (select 1 from reg_management_area x where x.estate_id = e.id
                                                   and x.id <> m.id) then m.name end area_name,
                   e.id estate_id, e.name estate_name, t.id township_id, t.name township_name, c.id community_id,
                   c.name community_name, h.households, h.total_area, o.delivered_area, o.moved_in_households::bigint moved_in_households,
                   o.preliminary_contract_end, coalesce(o.contract_ended_early, false) ended_early, o.entered_by,
                   exists (select 1 from gov_committee g where g.area_id = m.id and g.kind = 'OWNERS'
                           and g.status = 'FILED') owners_filed,
                   exists (select 1 from gov_committee g where g.area_id = m.id and g.kind = 'OWNERS'
                           and g.status <> 'DISSOLVED') owners_recorded,
                   a.id assembly_id, a.status, a.applied_on, a.group_formed_on, a.meeting_on, a.held_on
            from reg_estate e join reg_management_area m on m.estate_id = e.id
                 join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                 left join gov_estate_occupancy o on o.area_id = m.id
                 left join lateral (select x.* from gov_assembly x where x.area_id = m.id order by x.id desc limit 1) a
                   on true
                 left join lateral (select count(*) households, coalesce(sum(r.exclusive_area), 0) total_area
                                    from reg_house r join reg_building b on b.id = r.building_id
                                    where r.estate_id = e.id and b.management_area_id = m.id) h on true
            """;

    private final JdbcClient jdbc;

    AssemblyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Estates within reach that have occupancy entered or an assembly, narrowed by region (null = any). */
    public List<EstateRow> estates(Jurisdiction j, Long townshipId, Long communityId, Long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params())
                .and("(o.estate_id is not null or a.id is not null)", Map.of())
                .andIf(townshipId, "t.id = :township", "township")
                .andIf(communityId, "c.id = :community", "community")
                .andIf(estateId, "e.id = :estate", "estate");
        return jdbc.sql(ESTATES + " where " + w.sql() + " order by t.name, c.name, e.name, e.id, m.id")
                .params(w.params()).query(AssemblyStore::estate).list();
    }

    /** An estate within reach, through its default management area (for what stays per estate: the owner roll). */
    public Optional<EstateRow> estate(Jurisdiction j, long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("e.id = :estate", Map.of("estate", estateId))
                .and("m.id = reg_default_area(e.id)", Map.of());
        return jdbc.sql(ESTATES + " where " + w.sql()).params(w.params()).query(AssemblyStore::estate).optional();
    }

    /** One management area of an estate within reach, whether or not anything is entered for it. */
    public Optional<EstateRow> area(Jurisdiction j, long estateId, long areaId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("e.id = :estate", Map.of("estate", estateId))
                .and("m.id = :area", Map.of("area", areaId));
        return jdbc.sql(ESTATES + " where " + w.sql()).params(w.params()).query(AssemblyStore::estate).optional();
    }

    public void saveOccupancy(long estateId, long areaId, BigDecimal delivered, long movedIn, LocalDate contractEnd,
                              boolean endedEarly, String by) {
        jdbc.sql("""
                        insert into gov_estate_occupancy (estate_id, area_id, delivered_area, moved_in_households,
                                                          preliminary_contract_end, contract_ended_early, entered_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (area_id) do update set delivered_area = excluded.delivered_area,
                          moved_in_households = excluded.moved_in_households,
                          preliminary_contract_end = excluded.preliminary_contract_end,
                          contract_ended_early = excluded.contract_ended_early, entered_by = excluded.entered_by,
                          updated_at = now()""")
                .params(estateId, areaId, delivered, movedIn, contractEnd, endedEarly, by).update();
    }

    public Optional<AssemblyRow> find(Jurisdiction j, long id) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("a.id = :id", Map.of("id", id));
        return jdbc.sql("""
                        select a.*, e.name estate_name, t.name township_name, c.name community_name,
                               case when exists (select 1 from reg_management_area x where x.estate_id = a.estate_id
                                                 and x.id <> a.area_id)
                                    then (select x.name from reg_management_area x where x.id = a.area_id) end area_name
                        from gov_assembly a join reg_estate e on e.id = a.estate_id
                             join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                        where """ + " " + w.sql()).params(w.params())
                .query((rs, n) -> new AssemblyRow(rs.getLong("id"), rs.getLong("area_id"), rs.getString("area_name"),
                        rs.getLong("estate_id"), rs.getString("estate_name"),
                        rs.getString("township_name"), rs.getString("community_name"),
                        org.anju.governance.AssemblyForm.valueOf(rs.getString("form")), rs.getString("status"),
                        ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("developer_name"),
                        rs.getObject("applied_on", LocalDate.class), rs.getObject("group_formed_on", LocalDate.class),
                        rs.getObject("meeting_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        (Boolean) rs.getObject("committee_elected"), rs.getString("result"))).optional();
    }

    /** Whether the management area has an assembly in progress (applied or group formed). */
    public boolean hasOpen(long areaId) {
        return jdbc.sql("select count(*) from gov_assembly where area_id = ? and status in ('APPLIED', 'GROUP_FORMED')")
                .param(areaId).query(Long.class).single() > 0;
    }

    public long insert(long estateId, long areaId, ApplicantKind kind, String developerName, LocalDate appliedOn,
                       org.anju.governance.AssemblyForm form) {
        return jdbc.sql("""
                        insert into gov_assembly (estate_id, area_id, status, applicant_kind, developer_name, applied_on,
                                                  form)
                        values (?, ?, 'APPLIED', ?, ?, ?, ?) returning id""")
                .params(estateId, areaId, kind.name(), developerName, appliedOn, form.name()).query(Long.class).single();
    }

    public void applicant(long assemblyId, long ownerId, String name) {
        jdbc.sql("insert into gov_assembly_applicant (assembly_id, owner_id, name) values (?, ?, ?)")
                .params(assemblyId, ownerId, name).update();
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update gov_assembly set " + assignments + " where id = :id").params(p).update();
    }

    public void groupMember(long assemblyId, String name, GroupMemberKind kind, boolean chair) {
        jdbc.sql("insert into gov_preparatory_member (assembly_id, name, kind, chair) values (?, ?, ?, ?)")
                .params(assemblyId, name, kind.name(), chair).update();
    }

    public long proposal(long assemblyId, String title, LocalDate postedOn, LocalDate postedUntil) {
        return jdbc.sql("""
                        insert into gov_assembly_proposal (assembly_id, title, posted_on, posted_until)
                        values (?, ?, ?, ?) returning id""")
                .params(assemblyId, title, postedOn, postedUntil).query(Long.class).single();
    }

    public List<Applicant> applicants(long assemblyId) {
        return jdbc.sql("select owner_id, name from gov_assembly_applicant where assembly_id = ? order by owner_id")
                .param(assemblyId).query((rs, n) -> new Applicant(rs.getLong(1), rs.getString(2))).list();
    }

    public List<GroupMember> group(long assemblyId) {
        return jdbc.sql("select id, name, kind, chair from gov_preparatory_member where assembly_id = ? order by chair desc, id")
                .param(assemblyId).query((rs, n) -> new GroupMember(rs.getLong(1), rs.getString(2),
                        GroupMemberKind.valueOf(rs.getString(3)), rs.getBoolean(4))).list();
    }

    public List<Proposal> proposals(long assemblyId) {
        return jdbc.sql("select id, title, posted_on, posted_until from gov_assembly_proposal where assembly_id = ? order by posted_on, id")
                .param(assemblyId).query((rs, n) -> new Proposal(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).list();
    }

    private static EstateRow estate(ResultSet rs, int n) throws SQLException {
        return new EstateRow(rs.getLong("area_id"), rs.getString("area_name"), rs.getLong("estate_id"), rs.getString("estate_name"), rs.getLong("township_id"),
                rs.getString("township_name"), rs.getLong("community_id"), rs.getString("community_name"),
                rs.getLong("households"), rs.getBigDecimal("total_area"), rs.getBigDecimal("delivered_area"),
                (Long) rs.getObject("moved_in_households", Long.class),
                rs.getObject("preliminary_contract_end", LocalDate.class), rs.getBoolean("ended_early"),
                rs.getString("entered_by"), rs.getBoolean("owners_filed"), rs.getBoolean("owners_recorded"),
                (Long) rs.getObject("assembly_id"),
                rs.getString("status"), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("group_formed_on", LocalDate.class), rs.getObject("meeting_on", LocalDate.class),
                rs.getObject("held_on", LocalDate.class), false);
    }
}
