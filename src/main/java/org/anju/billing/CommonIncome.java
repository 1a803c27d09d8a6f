package org.anju.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.CommonAccount;
import org.anju.billing.BillingView.CommonEntry;
import org.anju.billing.BillingView.FundTransfer;
import org.anju.billing.internal.ArrearsStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.region.Register;
import org.anju.region.RegisterView.Estate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共有部分经营收益 (Civil Code art. 282: income from common parts, net of reasonable cost, belongs to the
 * owners; art. 943: the company discloses it): per estate, entries of income and cost recorded by the
 * company serving the estate. {@link #publishedFor} is the disclosure board's read. A share goes to the
 * maintenance fund by an owners' decision (plan §18; rules.md §3): {@link #transferToFund} takes it out of the
 * account, once per key and never more than the account holds, and publishes {@link CommonIncomeTransferred},
 * which the fund module posts into the estate's ledger.
 */
@Service
@Transactional(readOnly = true)
public class CommonIncome {

    /** Categories of common-part income and cost. */
    public enum Category {
        /** 停车: parking on common ground. */
        PARKING,
        /** 广告: advertising on lifts, walls, gates. */
        ADVERTISING,
        /** 场地出租: rented common spaces. */
        RENTAL,
        /** 其他 */
        OTHER
    }

    /** An entry to record: INCOME or COST. */
    public record NewEntry(Long estateId, Boolean income, Category category, BigDecimal amount, LocalDate occurredOn,
                           String note) {
    }

    /**
     * A transfer to the fund: decisionRef names the owners' decision (VOTE-vote-motion from the voting module, or
     * the minutes of a paper vote); the key makes a retry harmless.
     */
    public record NewTransfer(Long estateId, BigDecimal amount, String decisionRef, String note,
                              String idempotencyKey) {
    }

    private final ArrearsStore store;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommonIncome(ArrearsStore store, Register register, AuditLog audit, Clock clock,
                 ApplicationEventPublisher events) {
        this.store = store;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The company holding the account transfers a share to the estate's maintenance fund, by the owners' decision:
     * at most what the account holds (income less costs less earlier transfers); the same key again returns the
     * first transfer and moves nothing.
     */
    @Transactional
    public FundTransfer transferToFund(NewTransfer n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "billing.error.estate");
        }
        register.estate(n.estateId());
        Acting.require(Role.PROPERTY_COMPANY);
        String key = Acting.key(n.idempotencyKey());
        var first = store.transferWithKey(key);
        if (first.isPresent()) {
            FundTransfer t = first.get();
            if (t.estateId() != n.estateId()) {
                throw InvalidRequestException.field("idempotencyKey", "billing.error.key");
            }
            return new FundTransfer(t.id(), t.estateId(), t.amount(), t.decisionRef(), t.note(), t.transferredOn(),
                    t.recordedBy(), true);
        }
        if (n.amount() == null || n.amount().signum() <= 0 || n.amount().stripTrailingZeros().scale() > 2
                || n.amount().compareTo(new BigDecimal("100000000")) >= 0) {
            throw InvalidRequestException.field("amount", "billing.error.amount");
        }
        String decision = Acting.text("decisionRef", n.decisionRef(), 1, 100, "commonIncome.error.decisionRef");
        String note = Acting.text("note", n.note(), 0, 200, "commonIncome.error.note");
        store.lockCommon(n.estateId());
        BigDecimal held = store.commonBalance(n.estateId());
        if (n.amount().compareTo(held) > 0) {
            throw InvalidRequestException.rule("amount", "commonIncome.error.overBalance", held);
        }
        LocalDate today = LocalDate.now(clock);
        long id = store.insertTransfer(n.estateId(), n.amount().setScale(2), decision, note, today, key,
                Acting.actor());
        events.publishEvent(new CommonIncomeTransferred(id, n.estateId(), n.amount().setScale(2), decision, today));
        audit.record(AuditEntry.created("common-income-transfer", id, "共有收益转入维修资金 " + n.amount() + " 元",
                Map.of("estateId", n.estateId(), "amount", n.amount(), "decisionRef", decision)));
        return new FundTransfer(id, n.estateId(), n.amount().setScale(2), decision, note, today, Acting.actor(), false);
    }

    /** The estate's transfers to the fund of a year, within the caller's jurisdiction. */
    public List<FundTransfer> transfers(long estateId, int year) {
        register.estate(estateId);
        return store.transfers(estateId, year);
    }

    @Transactional
    public CommonAccount record(NewEntry n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "billing.error.estate");
        }
        register.estate(n.estateId());
        Acting.require(Role.PROPERTY_COMPANY);
        if (n.income() == null) {
            throw InvalidRequestException.field("income", "commonIncome.error.direction");
        }
        if (n.category() == null) {
            throw InvalidRequestException.field("category", "commonIncome.error.category");
        }
        if (n.amount() == null || n.amount().signum() <= 0 || n.amount().stripTrailingZeros().scale() > 2
                || n.amount().compareTo(new BigDecimal("100000000")) >= 0) {
            throw InvalidRequestException.field("amount", "billing.error.amount");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = n.occurredOn() == null ? today : n.occurredOn();
        if (on.isAfter(today) || on.getYear() < 2000) {
            throw InvalidRequestException.field("occurredOn", "commonIncome.error.date");
        }
        String note = Acting.text("note", n.note(), 2, 200, "commonIncome.error.note");
        long id = store.insertCommon(n.estateId(), n.income() ? "INCOME" : "COST", n.category().name(), n.amount(), on,
                note, Acting.actor());
        audit.record(AuditEntry.created("common-income", id, (n.income() ? "共有收益 " : "共有成本 ") + n.amount() + " 元",
                Map.of("estateId", n.estateId(), "amount", n.amount(), "category", n.category())));
        return account(n.estateId(), on.getYear());
    }

    /** An estate's account of a year, within the caller's jurisdiction (404 outside). */
    public CommonAccount account(long estateId, int year) {
        Estate e = register.estate(estateId);
        if (year < 2000 || year > 2100) {
            throw InvalidRequestException.field("year", "commonIncome.error.date");
        }
        return of(estateId, e.name(), year);
    }

    /** The account as the estate's disclosure board publishes it (public: no caller checks). */
    public CommonAccount publishedFor(long estateId, int year) {
        return of(estateId, null, year);
    }

    private CommonAccount of(long estateId, String name, int year) {
        List<CommonEntry> entries = store.common(estateId, year);
        BigDecimal income = sum(entries, "INCOME");
        BigDecimal costs = sum(entries, "COST");
        return new CommonAccount(estateId, name, income, costs, income.subtract(costs), entries);
    }

    private static BigDecimal sum(List<CommonEntry> entries, String direction) {
        return entries.stream().filter(e -> e.direction().equals(direction)).map(CommonEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
