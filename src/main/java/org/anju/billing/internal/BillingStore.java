package org.anju.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.billing.BillStatus;
import org.anju.billing.BillingView.Batch;
import org.anju.billing.BillingView.Bill;
import org.anju.billing.BillingView.ContractItem;
import org.anju.billing.BillingView.FeeItem;
import org.anju.billing.BillingView.Payment;
import org.anju.billing.FeeBasis;
import org.anju.billing.FeeKind;
import org.anju.billing.PaymentMethod;
import org.anju.identity.Jurisdiction;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fee items, batches, bills and payments. Every read ANDs the caller's jurisdiction (an owner: own houses). */
@Repository
public class BillingStore {

    /** Filters of the bill list; null = any. */
    public record BillFilter(Long estateId, Long houseId, LocalDate period, BillStatus status) {
    }

    /** A new fee item. */
    public record NewFeeItem(long projectId, long estateId, long companyId, FeeKind kind, FeeBasis basis, String name,
                             BigDecimal unitPrice, LocalDate validFrom, LocalDate validTo, String contractItem) {
    }

    /** The house label: building, section, number. */
    public static final String HOUSE = "concat_ws(' ', bd.name, nullif(h.section, ''), h.number)";

    private static final String BILL = """
            select b.id, b.house_id, %s house, b.estate_id, e.name estate_name, b.fee_item_id, f.name fee_name, f.kind,
                   b.period, b.quantity, b.unit_price, b.amount, b.paid, b.due_on
            from bil_bill b join reg_estate e on e.id = b.estate_id join bil_fee_item f on f.id = b.fee_item_id
                 join reg_house h on h.id = b.house_id join reg_building bd on bd.id = h.building_id
            """.formatted(HOUSE);

    private static final String FEE_ITEM = """
            select f.id, f.project_id, f.estate_id, e.name estate_name, f.company_id, f.kind, f.basis, f.name,
                   f.unit_price, f.valid_from, f.valid_to, f.contract_item
            from bil_fee_item f join reg_estate e on e.id = f.estate_id
            """;

    private final JdbcClient jdbc;

    BillingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's active project serving the estate, if any (read from the market's mkt_project). */
    public Optional<Long> activeProject(long estateId, long companyId) {
        return jdbc.sql("""
                        select id from mkt_project where estate_id = ? and company_id = ?
                          and (ended_on is null or ended_on >= current_date) order by id desc limit 1""")
                .params(estateId, companyId).query(Long.class).optional();
    }

    public long insertFeeItem(NewFeeItem f) {
        return jdbc.sql("""
                        insert into bil_fee_item (project_id, estate_id, company_id, kind, basis, name, unit_price,
                                                  valid_from, valid_to, contract_item)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(f.projectId(), f.estateId(), f.companyId(), f.kind().name(), f.basis().name(), f.name(),
                        f.unitPrice(), f.validFrom(), f.validTo(), f.contractItem())
                .query(Long.class).single();
    }

    /** The project's contracted fee items (read from the market's mkt_fee_item, decision 0016), in their order. */
    public List<ContractItem> contractItems(long projectId) {
        return jdbc.sql("select name, unit_price from mkt_fee_item where project_id = ? order by id").param(projectId)
                .query((rs, n) -> new ContractItem(rs.getString(1), rs.getBigDecimal(2))).list();
    }

    /** The project's items from that contracted item still open on the day (valid_to null or on/after it). */
    public List<FeeItem> openFromContract(long projectId, String contractItem, LocalDate day) {
        return jdbc.sql(FEE_ITEM + " where f.project_id = ? and f.contract_item = ?"
                        + " and (f.valid_to is null or f.valid_to >= ?) order by f.valid_from")
                .params(projectId, contractItem, day).query(BillingStore::feeItem).list();
    }

    /** Serialises the project's fee-item changes (one import at a time). */
    public void lockProjectItems(long projectId) {
        jdbc.sql("select pg_advisory_xact_lock(20261127, ?::int)").param((int) projectId).query((rs, n) -> 1).list();
    }

    /** Ends an item on the day (its last day in force); bills already made keep their figures. */
    public void endFeeItem(long id, LocalDate lastDay) {
        jdbc.sql("update bil_fee_item set valid_to = ? where id = ?").params(lastDay, id).update();
    }

    /** The project's open items of a kind not from the contract (entered before it), begun before the day. */
    public List<Long> openLocal(long projectId, FeeKind kind, LocalDate day) {
        return jdbc.sql("""
                        select id from bil_fee_item where project_id = ? and kind = ? and contract_item is null
                          and (valid_to is null or valid_to >= ?) and valid_from < ?""")
                .params(projectId, kind.name(), day, day).query(Long.class).list();
    }

    public boolean feeItemExists(long projectId, String name, LocalDate validFrom) {
        return jdbc.sql("select count(*) from bil_fee_item where project_id = ? and name = ? and valid_from = ?")
                .params(projectId, name, validFrom).query(Long.class).single() > 0;
    }

    /** Whether another item of that kind of the project is in force in any month of [from, to]. */
    public boolean overlaps(long projectId, FeeKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) from bil_fee_item where project_id = ? and kind = ?
                          and (valid_to is null or valid_to >= ?) and (?::date is null or valid_from <= ?::date)""")
                .params(projectId, kind.name(), from, to, to).query(Long.class).single() > 0;
    }

    public List<FeeItem> feeItems(Jurisdiction j, Long estateId, PageRequest page) {
        Where w = feeWhere(j, estateId);
        return jdbc.sql(FEE_ITEM + " where " + w.sql() + " order by f.estate_id, f.kind, f.valid_from desc, f.id"
                        + " limit :limit offset :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset()).query(BillingStore::feeItem).list();
    }

    public long countFeeItems(Jurisdiction j, Long estateId) {
        Where w = feeWhere(j, estateId);
        return jdbc.sql("select count(*) from bil_fee_item f join reg_estate e on e.id = f.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    /** The estate's fee items in force on the day, whoever asks (the public disclosure board). */
    public List<FeeItem> feeItemsInForce(long estateId, LocalDate day) {
        return jdbc.sql(FEE_ITEM + """
                         where f.estate_id = ? and f.valid_from <= ? and (f.valid_to is null or f.valid_to >= ?)
                        order by f.kind, f.name""").params(estateId, day, day).query(BillingStore::feeItem).list();
    }

    public Optional<FeeItem> feeItem(Jurisdiction j, long id) {
        Where w = feeWhere(j, null).and("f.id = :id", Map.of("id", id));
        return jdbc.sql(FEE_ITEM + " where " + w.sql()).params(w.params()).query(BillingStore::feeItem).optional();
    }

    private static Where feeWhere(Jurisdiction j, Long estateId) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "f.estate_id = :estate", "estate");
    }

    public void putSpaces(long feeItemId, long houseId, int spaces) {
        jdbc.sql("""
                        insert into bil_fee_space (fee_item_id, house_id, spaces) values (?, ?, ?)
                        on conflict (fee_item_id, house_id) do update set spaces = excluded.spaces""")
                .params(feeItemId, houseId, spaces).update();
    }

    public Optional<Batch> batch(String idempotencyKey) {
        return jdbc.sql("""
                        select id, idempotency_key, estate_id, period, due_on, bills_created, amount_created, created_by
                        from bil_batch where idempotency_key = ?""").param(idempotencyKey)
                .query((rs, n) -> new Batch(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6),
                        rs.getBigDecimal(7), rs.getString(8))).optional();
    }

    /**
     * Claims the idempotency key for a run: the new batch's id, or empty when another run holds the key
     * (a retry, or a concurrent duplicate that waits for the first's commit).
     */
    public Optional<Long> claimBatch(String key, long estateId, LocalDate period, LocalDate dueOn, String actor) {
        return jdbc.sql("""
                        insert into bil_batch (idempotency_key, estate_id, period, due_on, bills_created,
                                               amount_created, created_by)
                        values (?, ?, ?, ?, 0, 0, ?) on conflict (idempotency_key) do nothing returning id""")
                .params(key, estateId, period, dueOn, actor).query(Long.class).optional();
    }

    /**
     * Creates the estate's bills of the period for every fee item in force, each house once per item
     * (unique house, period, item: a second run creates nothing). Amount = round(quantity x price, 2), as
     * {@code FeeRule}. Returns how many were created.
     */
    public int generate(long batchId, long estateId, LocalDate period, LocalDate dueOn) {
        // the batch's count and total come from the rows just inserted (no second scan of the bills)
        return jdbc.sql("""
                        with ins as (
                            insert into bil_bill (house_id, estate_id, fee_item_id, period, quantity, unit_price, amount,
                                                  due_on, batch_id)
                            select h.id, h.estate_id, f.id, :period, q.quantity, f.unit_price,
                                   round(q.quantity * f.unit_price, 2), :due, :batch
                            from bil_fee_item f join reg_house h on h.estate_id = f.estate_id
                                 left join bil_fee_space s on s.fee_item_id = f.id and s.house_id = h.id
                                 cross join lateral (select case f.basis when 'PER_M2' then h.exclusive_area
                                                            when 'PER_HOUSE' then 1 else s.spaces end quantity) q
                            where f.estate_id = :estate and f.valid_from <= :period
                              and (f.valid_to is null or f.valid_to >= :period) and q.quantity is not null
                            on conflict on constraint bil_bill_once do nothing
                            returning amount)
                        update bil_batch set bills_created = (select count(*) from ins),
                               amount_created = (select coalesce(sum(amount), 0) from ins)
                        where id = :batch returning bills_created""")
                .param("period", period).param("due", dueOn).param("batch", batchId).param("estate", estateId)
                .query(Integer.class).single();
    }

    /** Estates with a fee item in force in the period (for a county-wide run: demo and benchmark). */
    public List<Long> estatesWithFees(LocalDate period) {
        return jdbc.sql("""
                        select distinct estate_id from bil_fee_item
                        where valid_from <= ? and (valid_to is null or valid_to >= ?) order by estate_id""")
                .params(period, period).query(Long.class).list();
    }

    private static Where billWhere(Jurisdiction j, BillFilter f, LocalDate today) {
        Jurisdiction.Condition in = j.houses("e.region_path", "b.estate_id", "b.house_id");
        Where w = new Where().and(in.sql(), in.params())
                .andIf(f.estateId(), "b.estate_id = :estate", "estate")
                .andIf(f.houseId(), "b.house_id = :house", "house")
                .andIf(f.period(), "b.period = :period", "period");
        if (f.status() != null) {
            w.and(switch (f.status()) {
                case PAID -> "b.paid >= b.amount";
                case OVERDUE -> "b.paid < b.amount and b.due_on < :today";
                case UNPAID -> "b.paid < b.amount and b.due_on >= :today";
            }, f.status() == BillStatus.PAID ? Map.of() : Map.of("today", today));
        }
        return w;
    }

    public List<Bill> bills(Jurisdiction j, BillFilter f, LocalDate today, PageRequest page) {
        Where w = billWhere(j, f, today);
        return jdbc.sql(BILL + " where " + w.sql() + " order by b.period desc, b.estate_id, bd.name, h.section,"
                        + " h.number, f.kind, b.id limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> bill(rs, today)).list();
    }

    public long countBills(Jurisdiction j, BillFilter f, LocalDate today) {
        Where w = billWhere(j, f, today);
        return jdbc.sql("select count(*) from bil_bill b join reg_estate e on e.id = b.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    public Optional<Bill> bill(Jurisdiction j, long id, LocalDate today) {
        Where w = billWhere(j, new BillFilter(null, null, null, null), today).and("b.id = :id", Map.of("id", id));
        return jdbc.sql(BILL + " where " + w.sql()).params(w.params()).query((rs, n) -> bill(rs, today)).optional();
    }

    /** A house's bills, newest first (the statement; at most 120 months). */
    public List<Bill> billsOfHouse(long houseId, LocalDate today) {
        return jdbc.sql(BILL + " where b.house_id = :house order by b.period desc, f.kind, b.id limit 120")
                .param("house", houseId).query((rs, n) -> bill(rs, today)).list();
    }

    /** What a house owes past the due date (the arrears). */
    public BigDecimal overdue(long houseId, LocalDate today) {
        return jdbc.sql("select coalesce(sum(amount - paid), 0) from bil_bill where house_id = ? and due_on < ?")
                .params(houseId, today).query(BigDecimal.class).single();
    }

    /** Locks the bill's row for a payment, so that two payments cannot both fit the same outstanding amount. */
    public Optional<BigDecimal[]> lockAmounts(long billId) {
        return jdbc.sql("select amount, paid from bil_bill where id = ? for update").param(billId)
                .query((rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).optional();
    }

    public Optional<Payment> paymentByKey(String key) {
        return jdbc.sql(PAYMENT + " where p.idempotency_key = ?").param(key).query(BillingStore::payment).optional();
    }

    /** Records the payment and adds it to the bill; the bill's check refuses an overpayment. */
    public long insertPayment(long billId, BigDecimal amount, PaymentMethod method, String reference, String key,
                              String actor) {
        // receipt number: SF, the day in Shanghai, the payment's id
        long id = jdbc.sql("""
                        with n as (select nextval('bil_payment_id_seq') id)
                        insert into bil_payment (id, bill_id, amount, method, reference, idempotency_key, receipt_no,
                                                 recorded_by)
                        select n.id, ?, ?, ?, ?, ?, 'SF' || to_char(now() at time zone 'Asia/Shanghai', 'YYYYMMDD')
                               || lpad(n.id::text, 10, '0'), ? from n returning id""")
                .params(billId, amount, method.name(), reference, key, actor).query(Long.class).single();
        jdbc.sql("update bil_bill set paid = paid + ? where id = ?").params(amount, billId).update();
        return id;
    }

    private static final String PAYMENT = """
            select p.id, p.bill_id, p.amount, p.method, p.reference, p.receipt_no, p.paid_at, p.recorded_by
            from bil_payment p""";

    public List<Payment> paymentsOf(long billId) {
        return jdbc.sql(PAYMENT + " where p.bill_id = ? order by p.paid_at, p.id").param(billId)
                .query(BillingStore::payment).list();
    }

    private static Where paymentWhere(Jurisdiction j, Long estateId, Long billId) {
        Jurisdiction.Condition in = j.houses("e.region_path", "b.estate_id", "b.house_id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "b.estate_id = :estate", "estate")
                .andIf(billId, "p.bill_id = :bill", "bill");
    }

    private static final String PAYMENT_JOIN = " join bil_bill b on b.id = p.bill_id join reg_estate e on e.id = b.estate_id";

    public List<Payment> payments(Jurisdiction j, Long estateId, Long billId, PageRequest page) {
        Where w = paymentWhere(j, estateId, billId);
        return jdbc.sql(PAYMENT + PAYMENT_JOIN + " where " + w.sql()
                        + " order by p.paid_at desc, p.id desc limit :limit offset :offset")
                .params(w.params()).param("limit", page.size()).param("offset", page.offset())
                .query(BillingStore::payment).list();
    }

    public long countPayments(Jurisdiction j, Long estateId, Long billId) {
        Where w = paymentWhere(j, estateId, billId);
        return jdbc.sql("select count(*) from bil_payment p" + PAYMENT_JOIN + " where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    public Optional<Payment> payment(Jurisdiction j, long id) {
        Where w = paymentWhere(j, null, null).and("p.id = :id", Map.of("id", id));
        return jdbc.sql(PAYMENT + PAYMENT_JOIN + " where " + w.sql()).params(w.params())
                .query(BillingStore::payment).optional();
    }

    static FeeItem feeItem(ResultSet rs, int n) throws SQLException {
        return new FeeItem(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("estate_id"),
                rs.getString("estate_name"), rs.getLong("company_id"), FeeKind.valueOf(rs.getString("kind")),
                FeeBasis.valueOf(rs.getString("basis")), rs.getString("name"), rs.getBigDecimal("unit_price"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getString("contract_item"));
    }

    static Bill bill(ResultSet rs, LocalDate today) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        BigDecimal paid = rs.getBigDecimal("paid");
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        BillStatus status = paid.compareTo(amount) >= 0 ? BillStatus.PAID
                : due.isBefore(today) ? BillStatus.OVERDUE : BillStatus.UNPAID;
        return new Bill(rs.getLong("id"), rs.getLong("house_id"), rs.getString("house"), rs.getLong("estate_id"),
                rs.getString("estate_name"), rs.getLong("fee_item_id"), rs.getString("fee_name"),
                FeeKind.valueOf(rs.getString("kind")), rs.getObject("period", LocalDate.class),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), amount, paid, amount.subtract(paid),
                due, status);
    }

    static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(rs.getLong("id"), rs.getLong("bill_id"), rs.getBigDecimal("amount"),
                PaymentMethod.valueOf(rs.getString("method")), rs.getString("reference"), rs.getString("receipt_no"),
                rs.getObject("paid_at", OffsetDateTime.class), rs.getString("recorded_by"));
    }
}
