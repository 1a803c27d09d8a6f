package org.anju.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.billing.BillingView.CommonAccount;
import org.anju.billing.BillingView.CommonEntry;
import org.anju.billing.internal.ArrearsStore;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.region.Register;
import org.anju.region.RegisterView.Estate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共有部分经营收益 (Civil Code art. 282: income from common parts, net of reasonable cost, belongs to the
 * owners; art. 943: the company discloses it): per estate, entries of income and cost recorded by the
 * company serving the estate. {@link #publishedFor} is the disclosure board's read. Transfers of a share to
 * the maintenance fund by decision belong to the fund module (not built here).
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

    private final ArrearsStore store;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;

    CommonIncome(ArrearsStore store, Register register, AuditLog audit, Clock clock) {
        this.store = store;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
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
