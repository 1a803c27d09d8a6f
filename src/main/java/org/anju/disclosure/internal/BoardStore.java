package org.anju.disclosure.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.BoardState;
import org.anju.disclosure.BoardSummary;
import org.anju.disclosure.BoardVersion;
import org.anju.disclosure.DisclosureItem;
import org.anju.disclosure.FeeRegime;
import org.anju.disclosure.PricedItem;
import org.anju.disclosure.Violation;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Boards' SQL. Reads for the console AND the caller's jurisdiction over the estate; the public reads take only
 * the latest version. Versions are only ever inserted (the table's trigger refuses updates).
 */
@Repository
public class BoardStore {

    /** An estate as the board needs it. */
    public record Place(long estateId, String estateName, String townshipName) {
    }

    /** A stored version with its place. */
    public record Stored(long id, Place place, int version, Long companyId, String companyName, BoardDraft content,
                         List<DisclosureItem> missing, LocalDate publishedOn) {
    }

    private static final String PLACE = """
            select e.id, e.name, t.name township from reg_estate e join reg_region c on c.id = e.community_id
                 join reg_region t on t.id = c.parent_id where e.id = :id""";

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The estate, if inside the jurisdiction. */
    public Optional<Place> place(Jurisdiction j, long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql(PLACE + " and " + in.sql()).params(in.params()).param("id", estateId)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The estate whoever asks (public pages: its name is public). */
    public Optional<Place> publicPlace(long estateId) {
        return jdbc.sql(PLACE).param("id", estateId)
                .query((rs, n) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public Optional<Stored> latest(Place place) {
        return jdbc.sql("select * from dsc_board where estate_id = ? order by version desc limit 1")
                .param(place.estateId()).query((rs, n) -> stored(rs, place)).optional();
    }

    public Optional<Stored> version(Place place, int version) {
        return jdbc.sql("select * from dsc_board where estate_id = ? and version = ?")
                .params(place.estateId(), version).query((rs, n) -> stored(rs, place)).optional();
    }

    public List<BoardVersion> versions(long estateId) {
        return jdbc.sql("""
                        select id, version, company_name, published_on, published_at, missing_count
                        from dsc_board where estate_id = ? order by version desc""").param(estateId)
                .query((rs, n) -> new BoardVersion(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getInt(6))).list();
    }

    /** Inserts the next version and its items; two at once collide on unique (estate_id, version). */
    public long insert(long estateId, Long companyId, String companyName, BoardDraft d, List<DisclosureItem> missing,
                       LocalDate publishedOn, String actor) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from dsc_board where estate_id = ?")
                .param(estateId).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into dsc_board (estate_id, version, company_id, company_name, manager_name, manager_phone,
                            complaint_phone, service_content, service_standard, fee_regime, has_lifts, lift_contractor,
                            lift_contractor_phone, fire_contractor, fire_contractor_phone, parking_spaces, parking_rented,
                            parking_monthly_fee, parking_note, utility_allocation, accounts_period, fee_income,
                            fee_expense, common_income, common_expense, lift_maintenance_spent, missing_items,
                            missing_count, published_on, published_by)
                        values (:estate, :version, :company, :companyName, :managerName, :managerPhone, :complaintPhone,
                            :serviceContent, :serviceStandard, :feeRegime, :hasLifts, :liftContractor,
                            :liftContractorPhone, :fireContractor, :fireContractorPhone, :parkingSpaces, :parkingRented,
                            :parkingMonthlyFee, :parkingNote, :utilityAllocation, :accountsPeriod, :feeIncome,
                            :feeExpense, :commonIncome, :commonExpense, :liftMaintenanceSpent, :missing,
                            :missingCount, :publishedOn, :actor) returning id""")
                .param("estate", estateId).param("version", version).param("company", companyId)
                .param("companyName", companyName).param("managerName", s(d.managerName()))
                .param("managerPhone", s(d.managerPhone())).param("complaintPhone", s(d.complaintPhone()))
                .param("serviceContent", s(d.serviceContent())).param("serviceStandard", s(d.serviceStandard()))
                .param("feeRegime", d.feeRegime() == null ? null : d.feeRegime().name())
                .param("hasLifts", !Boolean.FALSE.equals(d.hasLifts()))
                .param("liftContractor", s(d.liftContractor())).param("liftContractorPhone", s(d.liftContractorPhone()))
                .param("fireContractor", s(d.fireContractor())).param("fireContractorPhone", s(d.fireContractorPhone()))
                .param("parkingSpaces", d.parkingSpaces()).param("parkingRented", d.parkingRented())
                .param("parkingMonthlyFee", d.parkingMonthlyFee()).param("parkingNote", s(d.parkingNote()))
                .param("utilityAllocation", s(d.utilityAllocation())).param("accountsPeriod", s(d.accountsPeriod()))
                .param("feeIncome", d.feeIncome()).param("feeExpense", d.feeExpense())
                .param("commonIncome", d.commonIncome()).param("commonExpense", d.commonExpense())
                .param("liftMaintenanceSpent", d.liftMaintenanceSpent())
                .param("missing", String.join(",", missing.stream().map(Enum::name).toList()))
                .param("missingCount", missing.size()).param("publishedOn", publishedOn).param("actor", actor)
                .query(Long.class).single();
        items("dsc_fee_item", id, d.feeItems());
        items("dsc_extra_service", id, d.extraServices());
        return id;
    }

    private void items(String table, long boardId, List<PricedItem> items) {
        for (int i = 0; i < items.size(); i++) {
            PricedItem p = items.get(i);
            jdbc.sql("insert into " + table + " (board_id, position, name, price, unit) values (?, ?, ?, ?, ?)")
                    .params(boardId, i, p.name().strip(), p.price(), p.unit().strip()).update();
        }
    }

    /** Filters of the overview; null = any. */
    public record Filter(Long townshipId, Long communityId, String name, BoardState state, Set<Long> served) {
    }

    private static final String OVERVIEW_FROM = """
             from reg_estate e join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
                  left join lateral (select * from dsc_board b where b.estate_id = e.id order by b.version desc limit 1)
                  b on true
            """;

    private static final String STATE = """
            case when b.id is null then 'NONE' when b.missing_count > 0 then 'INCOMPLETE'
                 when b.published_on < :cutoff then 'STALE' else 'CURRENT' end""";

    private static Where where(Jurisdiction j, Filter f, LocalDate cutoff) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("true", Map.of("cutoff", cutoff))
                .and(f.served().isEmpty() ? "b.id is not null" : "b.id is not null or e.id in (:served)",
                        f.served().isEmpty() ? Map.of() : Map.of("served", f.served()))
                .andIf(f.townshipId(), "t.id = :township", "township")
                .andIf(f.communityId(), "c.id = :community", "community")
                .andIf(Where.contains(f.name()), "e.name like :name", "name");
        if (f.state() != null) {
            w.and(STATE + " = :state", Map.of("state", f.state().name()));
        }
        return w;
    }

    public List<BoardSummary> overview(Jurisdiction j, Filter f, LocalDate cutoff, PageRequest page) {
        Where w = where(j, f, cutoff);
        return jdbc.sql("select e.id, e.name, t.name township, c.name community, b.version, b.company_name,"
                        + " b.published_on, b.missing_items, " + STATE + " state" + OVERVIEW_FROM + " where " + w.sql()
                        + " order by " + STATE + " = 'CURRENT', t.name, c.name, e.name, e.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new BoardSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        items(rs.getString(8)), BoardState.valueOf(rs.getString(9)))).list();
    }

    public long count(Jurisdiction j, Filter f, LocalDate cutoff) {
        Where w = where(j, f, cutoff);
        return jdbc.sql("select count(*)" + OVERVIEW_FROM + " where " + w.sql()).params(w.params())
                .query(Long.class).single();
    }

    /** How many estates in the jurisdiction stand in each state. */
    public Map<BoardState, Long> counts(Jurisdiction j, Set<Long> served, LocalDate cutoff) {
        Where w = where(j, new Filter(null, null, null, null, served), cutoff);
        Map<BoardState, Long> counts = new java.util.EnumMap<>(BoardState.class);
        for (BoardState s : BoardState.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select " + STATE + " state, count(*)" + OVERVIEW_FROM + " where " + w.sql() + " group by 1")
                .params(w.params()).query((rs, n) -> counts.put(BoardState.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** Estates with a published board whose name contains the text, whoever asks (the public search). */
    public List<BoardSummary> published(String name, LocalDate cutoff, PageRequest page) {
        Where w = new Where().and("b.id is not null", Map.of("cutoff", cutoff))
                .andIf(Where.contains(name), "e.name like :name", "name");
        return jdbc.sql("select e.id, e.name, t.name township, c.name community, b.version, b.company_name,"
                        + " b.published_on, b.missing_items, " + STATE + " state" + OVERVIEW_FROM + " where " + w.sql()
                        + " order by t.name, e.name, e.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new BoardSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        items(rs.getString(8)), BoardState.valueOf(rs.getString(9)))).list();
    }

    public long countPublished(String name) {
        Where w = new Where().and("b.id is not null", Map.of()).andIf(Where.contains(name), "e.name like :name", "name");
        return jdbc.sql("select count(*)" + OVERVIEW_FROM + " where " + w.sql()).params(w.params())
                .query(Long.class).single();
    }

    public long insertViolation(long estateId, Long boardId, Long companyId, String item, BigDecimal amount,
                                LocalDate chargedOn, String evidence, String actor) {
        return jdbc.sql("""
                        insert into dsc_violation (estate_id, board_id, company_id, item, amount, charged_on, evidence,
                                                   recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, boardId, companyId, item, amount, chargedOn, evidence, actor).query(Long.class)
                .single();
    }

    public List<Violation> violations(long estateId) {
        return jdbc.sql("""
                        select v.*, b.version from dsc_violation v left join dsc_board b on b.id = v.board_id
                        where v.estate_id = ? order by v.charged_on desc, v.id desc""").param(estateId)
                .query((rs, n) -> new Violation(rs.getLong("id"), rs.getLong("estate_id"),
                        (Integer) rs.getObject("version"), (Long) rs.getObject("company_id"), rs.getString("item"),
                        rs.getBigDecimal("amount"), rs.getObject("charged_on", LocalDate.class),
                        rs.getString("evidence"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant())).list();
    }

    private Stored stored(ResultSet rs, Place place) throws SQLException {
        long id = rs.getLong("id");
        String regime = rs.getString("fee_regime");
        BoardDraft d = new BoardDraft(rs.getString("manager_name"), rs.getString("manager_phone"),
                rs.getString("complaint_phone"), rs.getString("service_content"), rs.getString("service_standard"),
                regime == null ? null : FeeRegime.valueOf(regime), priced("dsc_fee_item", id),
                rs.getBoolean("has_lifts"), rs.getString("lift_contractor"), rs.getString("lift_contractor_phone"),
                rs.getString("fire_contractor"), rs.getString("fire_contractor_phone"),
                (Integer) rs.getObject("parking_spaces"), (Integer) rs.getObject("parking_rented"),
                rs.getBigDecimal("parking_monthly_fee"), rs.getString("parking_note"),
                rs.getString("utility_allocation"), rs.getString("accounts_period"), rs.getBigDecimal("fee_income"),
                rs.getBigDecimal("fee_expense"), rs.getBigDecimal("common_income"), rs.getBigDecimal("common_expense"),
                rs.getBigDecimal("lift_maintenance_spent"), priced("dsc_extra_service", id));
        return new Stored(id, place, rs.getInt("version"), (Long) rs.getObject("company_id"),
                rs.getString("company_name"), d, items(rs.getString("missing_items")),
                rs.getObject("published_on", LocalDate.class));
    }

    private List<PricedItem> priced(String table, long boardId) {
        return jdbc.sql("select name, price, unit from " + table + " where board_id = ? order by position")
                .param(boardId).query((rs, n) -> new PricedItem(rs.getString(1), rs.getBigDecimal(2), rs.getString(3)))
                .list();
    }

    private static List<DisclosureItem> items(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(DisclosureItem::valueOf).toList();
    }

    private static String s(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
