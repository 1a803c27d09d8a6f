package org.anju.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.anju.platform.InvalidRequestException.FieldError;

/** The shape a board draft must have before it is published: lengths, phones, money (yuan, 2 decimals). */
public final class DraftValidation {

    /** The largest amount numeric(14,2) holds. */
    static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    static final int MAX_ITEMS = 30;
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{4,19}");

    private DraftValidation() {
    }

    public static List<FieldError> check(BoardDraft d) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "managerName", d.managerName(), 32);
        phone(errors, "managerPhone", d.managerPhone());
        phone(errors, "complaintPhone", d.complaintPhone());
        text(errors, "serviceContent", d.serviceContent(), 2000);
        text(errors, "serviceStandard", d.serviceStandard(), 2000);
        text(errors, "liftContractor", d.liftContractor(), 128);
        phone(errors, "liftContractorPhone", d.liftContractorPhone());
        text(errors, "fireContractor", d.fireContractor(), 128);
        phone(errors, "fireContractorPhone", d.fireContractorPhone());
        count(errors, "parkingSpaces", d.parkingSpaces());
        count(errors, "parkingRented", d.parkingRented());
        if (d.parkingSpaces() != null && d.parkingRented() != null && d.parkingRented() > d.parkingSpaces()) {
            errors.add(new FieldError("parkingRented", "disclosure.error.parkingRented"));
        }
        money(errors, "parkingMonthlyFee", d.parkingMonthlyFee());
        text(errors, "parkingNote", d.parkingNote(), 1000);
        text(errors, "utilityAllocation", d.utilityAllocation(), 1000);
        text(errors, "accountsPeriod", d.accountsPeriod(), 64);
        money(errors, "feeIncome", d.feeIncome());
        money(errors, "feeExpense", d.feeExpense());
        money(errors, "commonIncome", d.commonIncome());
        money(errors, "commonExpense", d.commonExpense());
        money(errors, "liftMaintenanceSpent", d.liftMaintenanceSpent());
        items(errors, "feeItems", d.feeItems());
        items(errors, "extraServices", d.extraServices());
        return errors;
    }

    static void text(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "disclosure.error.tooLong", max));
        }
    }

    private static void phone(List<FieldError> errors, String field, String value) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
            errors.add(new FieldError(field, "disclosure.error.phone"));
        }
    }

    private static void count(List<FieldError> errors, String field, Integer value) {
        if (value != null && (value < 0 || value > 100_000)) {
            errors.add(new FieldError(field, "disclosure.error.count"));
        }
    }

    static boolean badMoney(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(MAX_MONEY) > 0 || value.stripTrailingZeros().scale() > 2;
    }

    private static void money(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && badMoney(value)) {
            errors.add(new FieldError(field, "disclosure.error.money"));
        }
    }

    private static void items(List<FieldError> errors, String field, List<PricedItem> items) {
        if (items.size() > MAX_ITEMS) {
            errors.add(new FieldError(field, "disclosure.error.tooMany", MAX_ITEMS));
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            PricedItem item = items.get(i);
            String at = field + "[" + i + "]";
            if (item == null || item.name() == null || item.name().isBlank() || item.name().strip().length() > 64) {
                errors.add(new FieldError(at + ".name", "disclosure.error.itemName"));
            }
            if (item == null || item.price() == null || badMoney(item.price())) {
                errors.add(new FieldError(at + ".price", "disclosure.error.money"));
            }
            if (item == null || item.unit() == null || item.unit().isBlank() || item.unit().strip().length() > 32) {
                errors.add(new FieldError(at + ".unit", "disclosure.error.unit"));
            }
        }
    }
}
