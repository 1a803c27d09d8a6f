package org.anju.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.governance.CommitteeView.Member;
import org.anju.governance.internal.AssemblyStore;
import org.anju.governance.internal.CommitteeStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes first assemblies, occupancy and training records as they stand, without a signed-in caller: for the
 * demo data only (the demo loader is the system, not a person), so it bypasses jurisdiction and is not audited.
 */
@Service
public class AssemblySeeds {

    /**
     * An estate's occupancy (shares of the register's area and households) and, if stage is past DUE, its
     * assembly with the dates of each step (null where not reached).
     */
    public record Seed(long estateId, double deliveredShare, double movedInShare, LocalDate contractEnd,
                       AssemblyStage stage, ApplicantKind applicant, LocalDate appliedOn, LocalDate groupFormedOn,
                       LocalDate meetingOn, LocalDate heldOn) {
    }

    private final AssemblyStore store;
    private final CommitteeStore committees;
    private final JdbcClient jdbc;

    AssemblySeeds(AssemblyStore store, CommitteeStore committees, JdbcClient jdbc) {
        this.store = store;
        this.committees = committees;
        this.jdbc = jdbc;
    }

    /** Estates of these that have no committee and no assembly yet, in the given order. */
    /** The developer's owner roll for an estate: due 2 months after the condition, delivered if deliveredOn is given. */
    @Transactional
    public void rollHandover(long estateId, LocalDate triggeredOn, LocalDate deliveredOn) {
        LocalDate due = new HandoverDeadlines(GovernanceSettings.of(committees.settings())).rollDue(triggeredOn);
        jdbc.sql("""
                        insert into gov_roll_handover (estate_id, developer_name, triggered_on, due_on, delivered_on,
                                                       owner_roll, area_records, entered_by)
                        values (?, '台前县安居置业有限公司', ?, ?, ?, ?, ?, 'demo') on conflict do nothing""")
                .params(estateId, triggeredOn, due, deliveredOn, deliveredOn != null, deliveredOn != null).update();
    }

    public List<Long> withoutCommittee(List<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return List.of();
        }
        List<Long> taken = jdbc.sql("""
                        select estate_id from gov_committee where estate_id in (:ids)
                        union select estate_id from gov_assembly where estate_id in (:ids)""")
                .param("ids", estateIds).query(Long.class).list();
        return estateIds.stream().filter(id -> !taken.contains(id)).toList();
    }

    @Transactional
    public void seed(List<Seed> seeds) {
        for (Seed s : seeds) {
            jdbc.sql("""
                            insert into gov_estate_occupancy (estate_id, delivered_area, moved_in_households,
                                                              preliminary_contract_end, entered_by)
                            select :estate, round(coalesce(sum(exclusive_area), 0) * cast(:area as numeric), 2),
                                   floor(count(*) * cast(:moved as numeric))::int, :contractEnd, 'demo'
                            from reg_house where estate_id = :estate""")
                    .param("estate", s.estateId()).param("area", s.deliveredShare()).param("moved", s.movedInShare())
                    .param("contractEnd", s.contractEnd()).update();
            if (s.appliedOn() == null) {
                continue;
            }
            long id = store.insert(s.estateId(), jdbc.sql("select reg_default_area(?)").param(s.estateId())
                            .query(Long.class).single(), s.applicant(),
                    s.applicant() == ApplicantKind.DEVELOPER ? "台前县安居置业有限公司" : null, s.appliedOn(),
                    AssemblyForm.GENERAL);
            if (s.applicant() == ApplicantKind.OWNERS) {
                jdbc.sql("""
                                insert into gov_assembly_applicant (assembly_id, owner_id, name)
                                select distinct on (o.id) :id, o.id, o.name from reg_ownership w
                                join reg_house h on h.id = w.house_id join reg_owner o on o.id = w.owner_id
                                where h.estate_id = :estate order by o.id limit 12""")
                        .param("id", id).param("estate", s.estateId()).update();
            }
            if (s.groupFormedOn() != null) {
                store.groupMember(id, "乡镇工作人员 李军", GroupMemberKind.TOWNSHIP_OFFICIAL, true);
                store.groupMember(id, "社区居委会 周静", GroupMemberKind.RESIDENTS_COMMITTEE, false);
                store.groupMember(id, "建设单位代表 高伟", GroupMemberKind.DEVELOPER, false);
                for (String owner : List.of("业主代表 王芳", "业主代表 陈涛", "业主代表 赵丽")) {
                    store.groupMember(id, owner, GroupMemberKind.OWNER, false);
                }
                Map<String, Object> dates = new java.util.HashMap<>();
                dates.put("on", s.groupFormedOn());
                dates.put("meeting", s.meetingOn());
                store.update(id, "status = 'GROUP_FORMED', group_formed_on = :on, meeting_on = :meeting", dates);
            }
            if (s.meetingOn() != null) {
                LocalDate posted = s.meetingOn().minusDays(20);
                store.proposal(id, "审议《业主大会议事规则》《管理规约》, 选举第一届业主委员会", posted, posted.plusDays(9));
            }
            if (s.heldOn() != null) {
                store.update(id, "status = 'HELD', held_on = :on, committee_elected = true, result = :result",
                        Map.of("on", s.heldOn(), "result", "通过议事规则和管理规约, 选举产生第一届业主委员会委员 7 名"));
            }
        }
    }

    /**
     * One interim committee among these estates whose owners' committee was filed over 30 days ago and which is
     * not dissolved yet (overdue on the to-do list): adds the filed owners' committee and the dissolution due.
     */
    @Transactional
    public void overdueDissolution(List<Long> estateIds, LocalDate today, List<Member> owners) {
        if (estateIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select estate_id from gov_committee where kind = 'INTERIM' and status = 'FILED' and estate_id in (:ids)
                        order by estate_id limit 1""").param("ids", estateIds).query(Long.class).optional()
                .ifPresent(estate -> {
                    LocalDate formed = today.minusDays(60);
                    long id = committees.insert(estate, CommitteeKind.OWNERS, formed, formed.plusYears(5),
                            formed.plusDays(30), CommitteeStatus.FILED);
                    committees.update(id, "filed_on = :on", Map.of("on", today.minusDays(40)));
                    committees.event(id, "FORMED", null, "demo");
                    committees.event(id, "ACCEPTED", null, "demo");
                    owners.forEach(m -> committees.insertMember(id, m));
                    for (long interim : committees.actingInterims(estate)) {
                        committees.update(interim, "dissolution_due = :due", Map.of("due", today.minusDays(10)));
                        committees.event(interim, "DISSOLUTION_DUE", today.minusDays(10).toString(), "demo");
                    }
                });
    }

    /**
     * Training records of the filed committees among these estates: a county course most members attended last
     * year and, for two in three committees, a township course this year that two members missed; the first six
     * also have a decision signed by more than half of their members.
     */
    @Transactional
    public void trainings(List<Long> estateIds, LocalDate today) {
        if (estateIds.isEmpty()) {
            return;
        }
        List<Long> filed = jdbc.sql("select id from gov_committee where status = 'FILED' and estate_id in (:ids) order by id")
                .param("ids", estateIds).query(Long.class).list();
        int n = 0;
        for (long committee : filed) {
            List<Long> members = committees.members(committee).stream().map(Member::id).toList();
            if (members.isEmpty()) {
                continue;
            }
            insertTraining(committee, today.minusYears(1).withMonth(6).withDayOfMonth(18), "《民法典》物权编与业主自治",
                    "3.0", "台前县住房和城乡建设局", members.subList(0, Math.max(1, members.size() - 1)));
            if (n <= 6) {
                // a decision signed by more than half, posted the next day
                LocalDate decided = today.minusDays(8L + n);
                long d = jdbc.sql("""
                                insert into gov_decision (committee_id, title, decided_on, posted_on)
                                values (?, ?, ?, ?) returning id""")
                        .params(committee, n % 2 == 0 ? "续聘物业服务企业并公示收费标准" : "公共收益使用方案",
                                decided, decided.plusDays(1)).query(Long.class).single();
                for (long m : members.subList(0, members.size() / 2 + 1)) {
                    jdbc.sql("insert into gov_decision_signer (decision_id, member_id) values (?, ?)").params(d, m).update();
                }
            }
            if (n++ % 3 != 2 && today.getDayOfYear() > 20) {
                LocalDate held = today.withDayOfYear(1).plusDays((n * 17L) % Math.max(1, today.getDayOfYear() - 1));
                insertTraining(committee, held, "业委会履职与维修资金使用", "2.5", "乡镇物业管理办公室",
                        members.subList(0, Math.max(1, members.size() - 2)));
            }
        }
    }

    private void insertTraining(long committee, LocalDate on, String topic, String hours, String organiser,
                                List<Long> attendees) {
        long id = jdbc.sql("""
                        insert into gov_training (committee_id, held_on, topic, hours, organiser)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(committee, on, topic, new java.math.BigDecimal(hours), organiser).query(Long.class).single();
        for (long m : attendees) {
            jdbc.sql("insert into gov_training_attendee (training_id, member_id) values (?, ?)").params(id, m).update();
        }
    }
}
