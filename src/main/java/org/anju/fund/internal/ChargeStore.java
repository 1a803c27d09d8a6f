package org.anju.fund.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.fund.FundView.DeveloperCharge;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The developer's charges for unsold houses: SQL, every read within the caller's jurisdiction. */
@Repository
public class ChargeStore {

    /** A house of a charge: its id, account-relevant place and amount. */
    public record ChargedHouse(long houseId, long buildingId, BigDecimal amount) {
    }

    private static final String SELECT = """
            select g.id, g.estate_id, e.name, g.reference, g.delivered_on, g.charged_on, g.due_on, g.houses, g.total,
                   g.entry_id, g.paid_on
            from fnd_developer_charge g join reg_estate e on e.id = g.estate_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ChargeStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The estate's houses with no owner and no first deposit, not yet charged, built since Order 165 (2008), in id
     * order: house id, building id, area, lift.
     */
    public List<LedgerStore.House> unsold(long estateId) {
        return jdbc.sql("""
                        select h.id, h.estate_id, h.building_id, h.exclusive_area, b.has_lift, false, e.region_path,
                               b.floors
                        from reg_house h join reg_building b on b.id = h.building_id join reg_estate e on e.id = h.estate_id
                        where h.estate_id = ? and coalesce(h.built_year, e.built_year, 2008) >= 2008
                          and not exists (select 1 from reg_ownership o where o.house_id = h.id)
                          and not exists (select 1 from fnd_deposit d where d.house_id = h.id and d.kind = 'FIRST')
                          and not exists (select 1 from fnd_developer_charge_house c where c.house_id = h.id)
                        order by h.id""")
                .param(estateId)
                .query((rs, n) -> new LedgerStore.House(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4), rs.getBoolean(5), false, rs.getString(7),
                        rs.getObject(8, Integer.class))).list();
    }

    public Optional<Long> withReference(long estateId, String reference) {
        return jdbc.sql("select id from fnd_developer_charge where estate_id = ? and reference = ?")
                .params(estateId, reference).query(Long.class).optional();
    }

    public long insert(long estateId, String reference, LocalDate deliveredOn, LocalDate chargedOn, LocalDate dueOn,
                       List<Long> houses, List<BigDecimal> amounts, BigDecimal total, String actor) {
        long id = jdbc.sql("""
                        insert into fnd_developer_charge (estate_id, reference, delivered_on, charged_on, due_on, houses,
                                                          total, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(estateId, reference, deliveredOn, chargedOn, dueOn, houses.size(), total, actor)
                .query(Long.class).single();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into fnd_developer_charge_house (charge_id, house_id, amount)
                    select ?, h, m from unnest(?::bigint[], ?::numeric[]) t(h, m)""");
            ps.setLong(1, id);
            ps.setArray(2, con.createArrayOf("bigint", houses.toArray()));
            ps.setArray(3, con.createArrayOf("numeric", amounts.toArray()));
            return ps;
        });
        return id;
    }

    /** The charge's houses still without a first deposit (a house sold and paid meanwhile is left out). */
    public List<ChargedHouse> dueHouses(long chargeId) {
        return jdbc.sql("""
                        select c.house_id, h.building_id, c.amount from fnd_developer_charge_house c
                        join reg_house h on h.id = c.house_id
                        where c.charge_id = ?
                          and not exists (select 1 from fnd_deposit d where d.house_id = c.house_id and d.kind = 'FIRST')
                        order by c.house_id""")
                .param(chargeId).query((rs, n) -> new ChargedHouse(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)))
                .list();
    }

    /** Locks the charge's row (one payment at a time). */
    public void lock(long id) {
        jdbc.sql("select id from fnd_developer_charge where id = ? for update").param(id).query(Long.class).single();
    }

    public void paid(long id, long entryId, LocalDate paidOn) {
        jdbc.sql("update fnd_developer_charge set entry_id = ?, paid_on = ? where id = ? and entry_id is null")
                .params(entryId, paidOn, id).update();
    }

    public Optional<DeveloperCharge> find(Jurisdiction j, long id, LocalDate today) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return jdbc.sql(SELECT + " where g.id = :id and " + in.sql()).params(in.params()).param("id", id)
                .query((rs, n) -> charge(rs, today)).optional();
    }

    private static Where where(Jurisdiction j, Long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "g.estate_id = :estate", "estate");
    }

    public List<DeveloperCharge> list(Jurisdiction j, Long estateId, LocalDate today, PageRequest page) {
        Where w = where(j, estateId);
        return jdbc.sql(SELECT + " where " + w.sql() + " order by g.entry_id is not null, g.due_on, g.id"
                        + " limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> charge(rs, today)).list();
    }

    public long count(Jurisdiction j, Long estateId) {
        Where w = where(j, estateId);
        return jdbc.sql("select count(*) from fnd_developer_charge g join reg_estate e on e.id = g.estate_id where "
                + w.sql()).params(w.params()).query(Long.class).single();
    }

    private static DeveloperCharge charge(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject(7, LocalDate.class);
        Long entry = rs.getObject(10, Long.class);
        return new DeveloperCharge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), due, rs.getInt(8),
                rs.getBigDecimal(9), entry, rs.getObject(11, LocalDate.class), entry == null && due.isBefore(today));
    }
}
