package org.anju.market;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.market.internal.ServiceModeQueries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads companies' details, staff, projects' managers and fees, contracts, handovers and bars in JDBC batches,
 * for sample and imported data: written as "system", without permission checks or one audit entry each (like
 * {@link ServiceModes#load}). Projects are found as the estate's open project.
 */
@Service
public class MarketSamples {

    /** Registration details of a registered company. */
    public record Details(long companyId, String address, String legalRepresentative, LocalDate registeredOn) {
    }

    /** A staff member. */
    public record StaffMember(long companyId, String name, String position, Integer skillLevel, String certificateNo,
                              LocalDate certifiedOn) {
    }

    /** The manager, regime and fee items of the estate's open project. */
    public record ProjectTerms(long estateId, String managerName, String managerPhone, FeeRegime feeRegime,
                               List<Projects.Fee> fees) {
    }

    /**
     * A contract of the estate's open project as it stands; a TERMINATED one has its termination and, if
     * {@code handover} is given, its inspection: the project ends the day the company left and, with a
     * {@code successorId}, that company's project starts the next day (its service-mode period with it).
     * {@code pdf} is stored as the signed file when not null.
     */
    public record SampleContract(long estateId, ContractKind kind, LocalDate signedOn, LocalDate startsOn,
                                 LocalDate endsOn, LocalDate submittedOn, ContractStatus status, String returnReason,
                                 byte[] pdf, TerminationKind terminationKind, LocalDate noticeOn,
                                 LocalDate terminatesOn, ContractView.Handover handover, Long successorId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MarketClock clock;
    private final ServiceModeQueries modes;

    MarketSamples(JdbcClient jdbc, JdbcTemplate batch, MarketClock clock, ServiceModeQueries modes) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.modes = modes;
    }

    /** Today, as the market counts it. */
    public LocalDate today() {
        return clock.today();
    }

    @Transactional
    public void details(List<Details> details) {
        batch.batchUpdate("update mkt_company set address = ?, legal_representative = ?, registered_on = ? where id = ?",
                details, 500, (ps, d) -> {
                    ps.setString(1, d.address());
                    ps.setString(2, d.legalRepresentative());
                    ps.setDate(3, d.registeredOn() == null ? null : Date.valueOf(d.registeredOn()));
                    ps.setLong(4, d.companyId());
                });
    }

    @Transactional
    public void staff(List<StaffMember> staff) {
        batch.batchUpdate("""
                        insert into mkt_staff (company_id, name, position, skill_level, certificate_no, certified_on)
                        values (?, ?, ?, ?, ?, ?)""", staff, 1_000, (ps, s) -> {
                    ps.setLong(1, s.companyId());
                    ps.setString(2, s.name());
                    ps.setString(3, s.position());
                    ps.setObject(4, s.skillLevel());
                    ps.setString(5, s.certificateNo());
                    ps.setDate(6, s.certifiedOn() == null ? null : Date.valueOf(s.certifiedOn()));
                });
    }

    @Transactional
    public void projectTerms(List<ProjectTerms> terms) {
        Map<Long, Long> projects = openProjects();
        List<ProjectTerms> known = terms.stream().filter(t -> projects.containsKey(t.estateId())).toList();
        batch.batchUpdate("update mkt_project set manager_name = ?, manager_phone = ?, fee_regime = ? where id = ?",
                known, 1_000, (ps, t) -> {
                    ps.setString(1, t.managerName());
                    ps.setString(2, t.managerPhone());
                    ps.setString(3, t.feeRegime().name());
                    ps.setLong(4, projects.get(t.estateId()));
                });
        record Fee(long projectId, String name, BigDecimal price) {
        }
        List<Fee> fees = known.stream().flatMap(t -> t.fees().stream()
                .map(f -> new Fee(projects.get(t.estateId()), f.name(), f.unitPrice()))).toList();
        batch.batchUpdate("insert into mkt_fee_item (project_id, name, unit_price) values (?, ?, ?)", fees, 1_000,
                (ps, f) -> {
                    ps.setLong(1, f.projectId());
                    ps.setString(2, f.name());
                    ps.setBigDecimal(3, f.price());
                });
    }

    /** Contracts one by one (a few hundred at most), ending the project of a terminated one on its day. */
    @Transactional
    public void contracts(List<SampleContract> contracts) {
        Map<Long, Long> projects = openProjects();
        for (SampleContract c : contracts) {
            Long project = projects.get(c.estateId());
            if (project == null) {
                continue;
            }
            long id = jdbc.sql("""
                            insert into mkt_contract (project_id, kind, signed_on, starts_on, ends_on, filing_due,
                                submitted_on, status, return_reason, reviewed_by, reviewed_on, termination_kind, notice_on,
                                terminates_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')
                            returning id""")
                    .params(project, c.kind().name(), c.signedOn(), c.startsOn(), c.endsOn(),
                            ContractTerms.filingDue(c.signedOn()), c.submittedOn(), c.status().name(),
                            c.returnReason(), c.status() == ContractStatus.SUBMITTED ? null : "county",
                            c.status() == ContractStatus.SUBMITTED ? null : c.submittedOn().plusDays(5),
                            c.terminationKind() == null ? null : c.terminationKind().name(), c.noticeOn(),
                            c.terminatesOn()).query(Long.class).single();
            if (c.pdf() != null) {
                jdbc.sql("insert into mkt_contract_file (contract_id, file_name, size_bytes, content, uploaded_by)"
                                + " values (?, ?, ?, ?, 'system')")
                        .params(id, "物业服务合同-" + id + ".pdf", c.pdf().length, c.pdf()).update();
            }
            if (c.handover() != null) {
                var h = c.handover();
                jdbc.sql("update mkt_project set ended_on = ? where id = ? and started_on <= ?")
                        .params(h.leftOn(), project, h.leftOn()).update();
                if (c.successorId() != null) {
                    LocalDate from = h.leftOn().plusDays(1);
                    long next = jdbc.sql("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, ?)"
                            + " returning id").params(c.successorId(), c.estateId(), from).query(Long.class).single();
                    for (long area : modes.areas(c.estateId())) {
                        modes.closeCurrent(area, from);
                        modes.insert(c.estateId(), area, ServiceMode.ENTERPRISE, from, next, "system", "承接查验后新企业进驻");
                    }
                }
                jdbc.sql("""
                                insert into mkt_handover (contract_id, inspected_on, left_on, successor, passed, note,
                                                          recorded_by) values (?, ?, ?, ?, ?, ?, 'system')""")
                        .params(id, h.inspectedOn(), h.leftOn(), h.successor(), h.passed(), h.note()).update();
                for (var i : h.items()) {
                    jdbc.sql("insert into mkt_handover_item (contract_id, item, ok, note) values (?, ?, ?, ?)")
                            .params(id, i.item().name(), i.ok(), i.note()).update();
                }
            }
        }
    }

    /** A bar in force from that day. */
    @Transactional
    public void bar(long companyId, String reason, LocalDate on) {
        jdbc.sql("insert into mkt_company_bar (company_id, reason, barred_on, barred_by) values (?, ?, ?, 'system')")
                .params(companyId, reason, on).update();
    }

    private Map<Long, Long> openProjects() {
        Map<Long, Long> m = new HashMap<>();
        jdbc.sql("select estate_id, id from mkt_project where ended_on is null")
                .query((rs, n) -> m.put(rs.getLong(1), rs.getLong(2))).list();
        return m;
    }
}
