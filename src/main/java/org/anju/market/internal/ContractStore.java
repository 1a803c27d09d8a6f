package org.anju.market.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.market.ContractKind;
import org.anju.market.ContractStatus;
import org.anju.market.ContractView.Handover;
import org.anju.market.ContractView.ItemResult;
import org.anju.market.HandoverItem;
import org.anju.market.TerminationKind;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contracts' SQL; every read ANDs the caller's {@link MarketScope} over the contract's project. */
@Repository
public class ContractStore {

    /** The list's filters; null = any. {@code expiring}/{@code overstaying} as the facade defines them. */
    public record Filter(ContractStatus status, ContractKind kind, Long projectId, Long companyId, Long estateId,
                         Boolean expiring, Boolean overstaying, LocalDate today) {
    }

    /** A contract row as stored, with its company and estate. */
    public record Row(long id, long projectId, long companyId, String companyName, long estateId, String estateName,
                      ContractKind kind, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                      LocalDate filingDue, LocalDate submittedOn, ContractStatus status, String returnReason,
                      String reviewedBy, LocalDate reviewedOn, boolean hasFile, TerminationKind terminationKind,
                      LocalDate noticeOn, LocalDate terminatesOn, String terminationNote, Handover handover) {
    }

    /** The stored PDF. */
    public record StoredFile(String name, byte[] content) {
    }

    private static final String FROM = """
            from mkt_contract k join mkt_project p on p.id = k.project_id join mkt_company co on co.id = p.company_id
                 join reg_estate e on e.id = p.estate_id left join mkt_handover h on h.contract_id = k.id
            """;
    private static final String SELECT = """
            select k.*, p.company_id, co.name company_name, p.estate_id, e.name estate_name,
                   exists (select 1 from mkt_contract_file f where f.contract_id = k.id) has_file,
                   h.contract_id h_id, h.inspected_on, h.left_on, h.successor, h.passed, h.note h_note
            """ + FROM;
    /** On the expiry to-do: accepted, within 3 months of the last day (rules.md §2, Art. 51). */
    static final String EXPIRING = "k.status = 'ACCEPTED' and cast(k.ends_on - interval '3 months' as date) <= :today"
            + " and k.ends_on >= :today";
    /** 未按期退出: terminated, past the day, not left. */
    static final String OVERSTAYING = "k.status = 'TERMINATED' and k.terminates_on < :today and h.left_on is null";

    private final JdbcClient jdbc;

    ContractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Where where(MarketScope scope, Filter f) {
        Jurisdiction.Condition in = scope.projects();
        Where w = new Where().and(in.sql(), in.params()).and("true", Map.of("today", f.today()))
                .andIf(f.status() == null ? null : f.status().name(), "k.status = :status", "status")
                .andIf(f.kind() == null ? null : f.kind().name(), "k.kind = :kind", "kind")
                .andIf(f.projectId(), "k.project_id = :project", "project")
                .andIf(f.companyId(), "p.company_id = :company", "company")
                .andIf(f.estateId(), "p.estate_id = :estate", "estate");
        if (f.expiring() != null) {
            w.and(f.expiring() ? EXPIRING : "not (" + EXPIRING + ")", Map.of());
        }
        if (f.overstaying() != null) {
            w.and(f.overstaying() ? OVERSTAYING : "not (" + OVERSTAYING + ")", Map.of());
        }
        return w;
    }

    public List<Row> list(MarketScope scope, Filter f, PageRequest page) {
        Where w = where(scope, f);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by k.status = 'SUBMITTED' desc, k.ends_on, k.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ContractStore::row).list().stream().map(this::withItems).toList();
    }

    public long count(MarketScope scope, Filter f) {
        Where w = where(scope, f);
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    public Optional<Row> find(MarketScope scope, long id, LocalDate today) {
        Where w = where(scope, new Filter(null, null, null, null, null, null, null, today))
                .and("k.id = :id", Map.of("id", id));
        return jdbc.sql(SELECT + " where " + w.sql()).params(w.params()).query(ContractStore::row).optional()
                .map(this::withItems);
    }

    public long insert(long projectId, ContractKind kind, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                       LocalDate filingDue, LocalDate submittedOn, String by) {
        return jdbc.sql("""
                        insert into mkt_contract (project_id, kind, signed_on, starts_on, ends_on, filing_due, submitted_on,
                                                  status, created_by) values (?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?) returning id""")
                .params(projectId, kind.name(), signedOn, startsOn, endsOn, filingDue, submittedOn, by)
                .query(Long.class).single();
    }

    public void update(long id, String assignments, Map<String, ?> params) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("id", id);
        jdbc.sql("update mkt_contract set " + assignments + " where id = :id").params(p).update();
    }

    public void saveFile(long contractId, String name, byte[] content, String by) {
        jdbc.sql("delete from mkt_contract_file where contract_id = ?").param(contractId).update();
        jdbc.sql("insert into mkt_contract_file (contract_id, file_name, size_bytes, content, uploaded_by) values (?, ?, ?, ?, ?)")
                .params(contractId, name, content.length, content, by).update();
    }

    public Optional<StoredFile> file(long contractId) {
        return jdbc.sql("select file_name, content from mkt_contract_file where contract_id = ?").param(contractId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getBytes(2))).optional();
    }

    public void saveHandover(long contractId, Handover h, String by) {
        jdbc.sql("""
                        insert into mkt_handover (contract_id, inspected_on, left_on, successor, passed, note, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(contractId, h.inspectedOn(), h.leftOn(), h.successor(), h.passed(), h.note(), by).update();
        for (ItemResult i : h.items()) {
            jdbc.sql("insert into mkt_handover_item (contract_id, item, ok, note) values (?, ?, ?, ?)")
                    .params(contractId, i.item().name(), i.ok(), i.note()).update();
        }
    }

    /** Handovers recorded, for the public list; by estate if given. */
    public List<Row> handovers(Long estateId, PageRequest page) {
        Where w = new Where().and("h.contract_id is not null", Map.of()).andIf(estateId, "p.estate_id = :estate", "estate");
        return jdbc.sql(SELECT + " where " + w.sql() + " order by h.inspected_on desc, k.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(ContractStore::row).list().stream().map(this::withItems).toList();
    }

    public long countHandovers(Long estateId) {
        Where w = new Where().and("h.contract_id is not null", Map.of()).andIf(estateId, "p.estate_id = :estate", "estate");
        return jdbc.sql("select count(*) " + FROM + " where " + w.sql()).params(w.params()).query(Long.class).single();
    }

    private Row withItems(Row r) {
        if (r.handover() == null) {
            return r;
        }
        List<ItemResult> items = jdbc.sql("select item, ok, note from mkt_handover_item where contract_id = ? order by item")
                .param(r.id()).query((rs, n) -> new ItemResult(HandoverItem.valueOf(rs.getString(1)), rs.getBoolean(2),
                        rs.getString(3))).list();
        items = items.stream().sorted(java.util.Comparator.comparing(ItemResult::item)).toList();
        Handover h = r.handover();
        return new Row(r.id(), r.projectId(), r.companyId(), r.companyName(), r.estateId(), r.estateName(), r.kind(),
                r.signedOn(), r.startsOn(), r.endsOn(), r.filingDue(), r.submittedOn(), r.status(), r.returnReason(),
                r.reviewedBy(), r.reviewedOn(), r.hasFile(), r.terminationKind(), r.noticeOn(), r.terminatesOn(),
                r.terminationNote(), new Handover(h.inspectedOn(), h.leftOn(), h.successor(), h.passed(), h.note(), items));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Handover h = rs.getObject("h_id") == null ? null : new Handover(rs.getObject("inspected_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class), rs.getString("successor"), rs.getBoolean("passed"),
                rs.getString("h_note"), List.of());
        String tk = rs.getString("termination_kind");
        return new Row(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("company_id"),
                rs.getString("company_name"), rs.getLong("estate_id"), rs.getString("estate_name"),
                ContractKind.valueOf(rs.getString("kind")), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getObject("filing_due", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                ContractStatus.valueOf(rs.getString("status")), rs.getString("return_reason"),
                rs.getString("reviewed_by"), rs.getObject("reviewed_on", LocalDate.class), rs.getBoolean("has_file"),
                tk == null ? null : TerminationKind.valueOf(tk), rs.getObject("notice_on", LocalDate.class),
                rs.getObject("terminates_on", LocalDate.class), rs.getString("termination_note"), h);
    }
}
