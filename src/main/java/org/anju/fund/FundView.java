package org.anju.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the fund's reads return. Money in yuan (scale 2); a house account's movements signed + in, − out. */
public final class FundView {

    private FundView() {
    }

    /** A house account (分户账) with its derived balance. */
    public record Account(long accountId, long houseId, long estateId, String estateName, String townshipName,
                          String building, String section, String number, BigDecimal area, BigDecimal balance,
                          BigDecimal firstDeposit, boolean topUpDue, long areaId, String areaName) {
    }

    /** One movement of a house account. */
    public record Movement(long entryId, String kind, LocalDate bookedOn, BigDecimal amount, String memo,
                           Long usageId) {
    }

    /** A house account and its movements (newest first, paged). */
    public record Statement(Account account, List<Movement> movements, long totalMovements, int page, int size) {
    }

    /** A journal entry as the journal lists it. */
    public record Entry(long id, long estateId, String estateName, String kind, String idempotencyKey,
                        BigDecimal amount, LocalDate bookedOn, String memo, Long usageId, int lines,
                        String createdBy, Instant createdAt) {
    }

    /** An estate's ledger in one line (the accounts page's summary). */
    public record EstateSummary(long estateId, String estateName, long accounts, BigDecimal housesTotal,
                                BigDecimal bankBalance, long topUpDue) {
    }

    /**
     * A house short of its first deposit (清缴). chargeId, dueOn: the developer's charge for it when it is unsold and
     * was charged; overdue once that is past.
     */
    public record Arrear(long houseId, long estateId, String estateName, String building, String number,
                         BigDecimal area, boolean lift, BigDecimal required, BigDecimal paid, BigDecimal shortfall,
                         Payer payer, Long chargeId, LocalDate dueOn, boolean overdue) {
    }

    /**
     * The developer's charge for its unsold houses (Order 165 arts. 12, 21; plan §18): charged at a point the county
     * sets after first delivery, due within its days, paid as one deposit entry (entryId).
     */
    public record DeveloperCharge(long id, long estateId, String estateName, String reference, LocalDate deliveredOn,
                                  LocalDate chargedOn, LocalDate dueOn, int houses, BigDecimal total, Long entryId,
                                  LocalDate paidOn, boolean overdue) {
    }

    /** A year's movements of house accounts: closing = opening + deposits + interest + otherIncome + refunds − uses. */
    public record YearFigures(int year, BigDecimal opening, BigDecimal deposits, BigDecimal interest,
                              BigDecimal otherIncome, BigDecimal uses, BigDecimal refunds, BigDecimal closing,
                              int accounts) {
    }

    /** The yearly statement of an estate's fund, published to its owners (rules.md §3: at least once a year). */
    public record YearStatement(long id, long estateId, String estateName, int year, YearFigures figures,
                                Instant generatedAt, boolean replayed) {
    }

    /** Something the county must act on (待办): kind, how many, the oldest date, where to go. */
    public record TodoItem(String kind, long count, LocalDate since, String link) {
    }

    /** A posting's result: replayed = the key had been used, nothing new was written. */
    public record Posted(long entryId, boolean replayed, BigDecimal amount) {
    }

    /** One interest allocation. */
    public record Income(long id, long estateId, LocalDate periodStart, LocalDate periodEnd, BigDecimal ratePercent,
                         BigDecimal total, long entryId, int accounts, boolean replayed) {
    }

    /**
     * 批量结息: one period's interest over a jurisdiction's funded estates, in one transaction. estates: allocated by
     * this batch; alreadyAllocated: this very period allocated before (nothing done again); overlapping: another
     * allocation covers part of the period (left out); nothingToAllocate: no balance, or interest under a fen.
     */
    public record IncomeBatch(long id, String scope, LocalDate periodStart, LocalDate periodEnd,
                              BigDecimal ratePercent, int estates, int accounts, BigDecimal total,
                              int alreadyAllocated, int overlapping, int nothingToAllocate, boolean checkOk,
                              String createdBy, OffsetDateTime createdAt) {
    }

    /** A use of the fund. */
    public record Usage(long id, long estateId, String estateName, String townshipName, UsageKind kind,
                        UsageStatus status, String title, String emergencyItem, BigDecimal budget, String contractor,
                        String decisionRef, boolean decisionCarried, String applicant, String appliedBy,
                        LocalDate appliedOn, LocalDate decideBy, boolean overdue, LocalDate decidedOn,
                        Exclusion exclusion, String reason, BigDecimal paid, BigDecimal refunded,
                        BigDecimal finalAmount, LocalDate completedOn, int houses) {
    }

    /**
     * A use of the fund as the public sees it (approved or completed): estate, what, how much (the final amount once
     * completed, else the approved budget), the contractor and the dates; never the houses sharing it or their owners.
     */
    public record PublicUsage(long id, long estateId, String estateName, String townshipName, UsageKind kind,
                              UsageStatus status, String title, BigDecimal amount, BigDecimal paid, String contractor,
                              LocalDate decidedOn, LocalDate completedOn, int houses) {
    }

    /** A usage's timeline event. */
    public record UsageEvent(String action, BigDecimal amount, String note, String actor, Instant at) {
    }

    /** A house's share of a usage so far. */
    public record Share(long houseId, String building, String number, BigDecimal area, BigDecimal paid) {
    }

    /** A usage with its timeline and the houses sharing it. */
    public record UsageDetail(Usage usage, List<UsageEvent> events, List<Share> shares) {
    }

    /** The invariant check: house accounts = bank = journal, every entry balanced. */
    public record Check(long id, String trigger, BigDecimal housesTotal, BigDecimal bankTotal, BigDecimal journalTotal,
                        int unbalanced, boolean ok, Instant checkedAt, List<String> differences) {
    }

    /** An open alert raised by a check. */
    public record Alert(long id, long checkId, Long estateId, String estateName, String message, Instant raisedAt) {
    }

    /** A county setting; isDefault = the shipped value, not yet changed by the county. */
    public record Setting(String name, BigDecimal value, boolean isDefault) {
    }

    /** An item of the emergency list. */
    public record EmergencyItem(String code, String name, boolean active) {
    }
}
