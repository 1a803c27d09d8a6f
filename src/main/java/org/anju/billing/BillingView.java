package org.anju.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What billing returns. Amounts in yuan (scale 2), unit prices scale 4, periods as the month's first day. */
public final class BillingView {

    private BillingView() {
    }

    /** 收费项目 of a project. */
    /** contractItem: the project's contracted fee item it comes from (market); null for an item entered before. */
    public record FeeItem(long id, long projectId, long estateId, String estateName, long companyId, FeeKind kind,
                          FeeBasis basis, String name, BigDecimal unitPrice, LocalDate validFrom, LocalDate validTo,
                          String contractItem) {
    }

    /** A fee item of the project's contract (mkt_fee_item): the one source of the billing fee items' prices. */
    public record ContractItem(String name, BigDecimal unitPrice) {
    }

    /** One run of the monthly batch; a retried run returns the same record. */
    public record Batch(long id, String idempotencyKey, long estateId, LocalDate period, LocalDate dueOn,
                        int billsCreated, BigDecimal amountCreated, String createdBy) {
    }

    /** A bill with its house and what is still owed. */
    public record Bill(long id, long houseId, String house, long estateId, String estateName, long feeItemId,
                       String feeItem, FeeKind kind, LocalDate period, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal amount, BigDecimal paid, BigDecimal outstanding, LocalDate dueOn, BillStatus status) {
    }

    /** A bill with its payments. */
    public record BillDetail(Bill bill, List<Payment> payments) {
    }

    /** 缴费记录 with its receipt number. */
    public record Payment(long id, long billId, BigDecimal amount, PaymentMethod method, String reference,
                          String receiptNo, OffsetDateTime paidAt, String recordedBy) {
    }

    /** An owner's statement for one house: its bills, newest first, and what is owed. */
    public record Statement(long houseId, String house, BigDecimal billed, BigDecimal paid, BigDecimal outstanding,
                            BigDecimal overdue, List<Bill> bills) {
    }

    /** Collection of one estate or company over a period range: paid over billed. */
    public record CollectionRate(long id, String name, long bills, BigDecimal billed, BigDecimal paid,
                                 BigDecimal rate) {
    }

    /** A house with overdue fees, and the last step taken. */
    public record ArrearsCase(long houseId, String house, long estateId, String estateName, BigDecimal overdue,
                              LocalDate oldestDue, ArrearsMeasure lastMeasure, LocalDate lastTakenOn,
                              LocalDate lastDeadline, WilfulStatus wilful) {
    }

    /** A dated arrears step. */
    public record ArrearsStep(long id, long houseId, ArrearsMeasure measure, LocalDate takenOn, LocalDate deadline,
                              BigDecimal amountDue, String note, String recordedBy) {
    }

    /** A wilful-arrears record (恶意欠费) with the owner's objection and the township's decision. */
    public record WilfulRecord(long id, long houseId, String house, long estateId, String estateName,
                               BigDecimal amountDue, String evidence, LocalDate recordedOn, String recordedBy,
                               WilfulStatus status, String objection, LocalDate objectedOn, LocalDate decidedOn,
                               String decisionReason) {
    }

    /** A house's arrears file: overdue amount, steps in order, wilful records. */
    public record ArrearsFile(long houseId, String house, BigDecimal overdue, List<ArrearsStep> steps,
                              List<WilfulRecord> wilful) {
    }

    /** One entry of an estate's common-income account. */
    public record CommonEntry(long id, long estateId, String direction, String category, BigDecimal amount,
                              LocalDate occurredOn, String note, String recordedBy) {
    }

    /** A transfer of common income into the estate's maintenance fund, by an owners' decision. */
    public record FundTransfer(long id, long estateId, BigDecimal amount, String decisionRef, String note,
                               LocalDate transferredOn, String recordedBy, boolean replayed) {
    }

    /** An estate's common-income account: its entries and totals (income, costs, net owed to the owners). */
    public record CommonAccount(long estateId, String estateName, BigDecimal income, BigDecimal costs, BigDecimal net,
                                List<CommonEntry> entries) {
    }
}
