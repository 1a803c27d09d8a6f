package org.anju.disclosure.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.FeeRegime;
import org.anju.disclosure.PricedItem;
import org.anju.platform.InvalidRequestException.FieldError;

/**
 * The board editor's form: text as typed, so that a refused form comes back as it was. Empty price rows are
 * dropped; numbers that do not read are named as field errors.
 */
public class BoardForm {

    /** A priced row of the form. */
    public static class Row {
        private String name;
        private String price;
        private String unit;

        public Row() {
        }

        Row(String name, String price, String unit) {
            this.name = name;
            this.price = price;
            this.unit = unit;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPrice() {
            return price;
        }

        public void setPrice(String price) {
            this.price = price;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        boolean blank() {
            return (name == null || name.isBlank()) && (price == null || price.isBlank());
        }
    }

    static final int FEE_ROWS = 8;
    static final int EXTRA_ROWS = 5;

    private String managerName;
    private String managerPhone;
    private String complaintPhone;
    private String serviceContent;
    private String serviceStandard;
    private String feeRegime;
    private boolean hasLifts = true;
    private String liftContractor;
    private String liftContractorPhone;
    private String fireContractor;
    private String fireContractorPhone;
    private String parkingSpaces;
    private String parkingRented;
    private String parkingMonthlyFee;
    private String parkingNote;
    private String utilityAllocation;
    private String accountsPeriod;
    private String feeIncome;
    private String feeExpense;
    private String commonIncome;
    private String commonExpense;
    private String liftMaintenanceSpent;
    private List<Row> fees = new ArrayList<>();
    private List<Row> extras = new ArrayList<>();

    /** The form filled with a published version (or empty), with blank rows to add items. */
    static BoardForm of(BoardDraft d) {
        BoardForm f = new BoardForm();
        f.managerName = d.managerName();
        f.managerPhone = d.managerPhone();
        f.complaintPhone = d.complaintPhone();
        f.serviceContent = d.serviceContent();
        f.serviceStandard = d.serviceStandard();
        f.feeRegime = d.feeRegime() == null ? null : d.feeRegime().name();
        f.hasLifts = !Boolean.FALSE.equals(d.hasLifts());
        f.liftContractor = d.liftContractor();
        f.liftContractorPhone = d.liftContractorPhone();
        f.fireContractor = d.fireContractor();
        f.fireContractorPhone = d.fireContractorPhone();
        f.parkingSpaces = text(d.parkingSpaces());
        f.parkingRented = text(d.parkingRented());
        f.parkingMonthlyFee = text(d.parkingMonthlyFee());
        f.parkingNote = d.parkingNote();
        f.utilityAllocation = d.utilityAllocation();
        f.accountsPeriod = d.accountsPeriod();
        f.feeIncome = text(d.feeIncome());
        f.feeExpense = text(d.feeExpense());
        f.commonIncome = text(d.commonIncome());
        f.commonExpense = text(d.commonExpense());
        f.liftMaintenanceSpent = text(d.liftMaintenanceSpent());
        d.feeItems().forEach(p -> f.fees.add(new Row(p.name(), p.price().toPlainString(), p.unit())));
        d.extraServices().forEach(p -> f.extras.add(new Row(p.name(), p.price().toPlainString(), p.unit())));
        f.pad();
        return f;
    }

    /** Adds blank rows up to the editor's size. */
    BoardForm pad() {
        int fee = Math.min(30, Math.max(FEE_ROWS, fees.size() + 2));
        while (fees.size() < fee) {
            fees.add(new Row(null, null, "元/平方米·月"));
        }
        int extra = Math.min(30, Math.max(EXTRA_ROWS, extras.size() + 2));
        while (extras.size() < extra) {
            extras.add(new Row(null, null, "元/次"));
        }
        return this;
    }

    /** The draft the form describes; unreadable numbers are added to errors. */
    BoardDraft draft(List<FieldError> errors) {
        return new BoardDraft(managerName, managerPhone, complaintPhone, serviceContent, serviceStandard,
                regime(errors), rows(fees, "feeItems", errors), hasLifts, liftContractor, liftContractorPhone,
                fireContractor, fireContractorPhone, integer("parkingSpaces", parkingSpaces, errors),
                integer("parkingRented", parkingRented, errors), money("parkingMonthlyFee", parkingMonthlyFee, errors),
                parkingNote, utilityAllocation, accountsPeriod, money("feeIncome", feeIncome, errors),
                money("feeExpense", feeExpense, errors), money("commonIncome", commonIncome, errors),
                money("commonExpense", commonExpense, errors),
                money("liftMaintenanceSpent", liftMaintenanceSpent, errors), rows(extras, "extraServices", errors));
    }

    private FeeRegime regime(List<FieldError> errors) {
        if (feeRegime == null || feeRegime.isBlank()) {
            return null;
        }
        try {
            return FeeRegime.valueOf(feeRegime);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("feeRegime", "disclosure.error.regime"));
            return null;
        }
    }

    private static List<PricedItem> rows(List<Row> rows, String field, List<FieldError> errors) {
        List<PricedItem> items = new ArrayList<>();
        for (Row r : rows) {
            if (r != null && !r.blank()) {
                BigDecimal price = money(field + "[" + items.size() + "].price", r.price, errors);
                items.add(new PricedItem(r.name, price, r.unit));
            }
        }
        return items;
    }

    private static Integer integer(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "disclosure.error.count"));
            return null;
        }
    }

    private static BigDecimal money(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("¥", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "disclosure.error.money"));
            return BigDecimal.ZERO;
        }
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    public String getManagerName() { return managerName; }
    public void setManagerName(String v) { managerName = v; }
    public String getManagerPhone() { return managerPhone; }
    public void setManagerPhone(String v) { managerPhone = v; }
    public String getComplaintPhone() { return complaintPhone; }
    public void setComplaintPhone(String v) { complaintPhone = v; }
    public String getServiceContent() { return serviceContent; }
    public void setServiceContent(String v) { serviceContent = v; }
    public String getServiceStandard() { return serviceStandard; }
    public void setServiceStandard(String v) { serviceStandard = v; }
    public String getFeeRegime() { return feeRegime; }
    public void setFeeRegime(String v) { feeRegime = v; }
    public boolean isHasLifts() { return hasLifts; }
    public void setHasLifts(boolean v) { hasLifts = v; }
    public String getLiftContractor() { return liftContractor; }
    public void setLiftContractor(String v) { liftContractor = v; }
    public String getLiftContractorPhone() { return liftContractorPhone; }
    public void setLiftContractorPhone(String v) { liftContractorPhone = v; }
    public String getFireContractor() { return fireContractor; }
    public void setFireContractor(String v) { fireContractor = v; }
    public String getFireContractorPhone() { return fireContractorPhone; }
    public void setFireContractorPhone(String v) { fireContractorPhone = v; }
    public String getParkingSpaces() { return parkingSpaces; }
    public void setParkingSpaces(String v) { parkingSpaces = v; }
    public String getParkingRented() { return parkingRented; }
    public void setParkingRented(String v) { parkingRented = v; }
    public String getParkingMonthlyFee() { return parkingMonthlyFee; }
    public void setParkingMonthlyFee(String v) { parkingMonthlyFee = v; }
    public String getParkingNote() { return parkingNote; }
    public void setParkingNote(String v) { parkingNote = v; }
    public String getUtilityAllocation() { return utilityAllocation; }
    public void setUtilityAllocation(String v) { utilityAllocation = v; }
    public String getAccountsPeriod() { return accountsPeriod; }
    public void setAccountsPeriod(String v) { accountsPeriod = v; }
    public String getFeeIncome() { return feeIncome; }
    public void setFeeIncome(String v) { feeIncome = v; }
    public String getFeeExpense() { return feeExpense; }
    public void setFeeExpense(String v) { feeExpense = v; }
    public String getCommonIncome() { return commonIncome; }
    public void setCommonIncome(String v) { commonIncome = v; }
    public String getCommonExpense() { return commonExpense; }
    public void setCommonExpense(String v) { commonExpense = v; }
    public String getLiftMaintenanceSpent() { return liftMaintenanceSpent; }
    public void setLiftMaintenanceSpent(String v) { liftMaintenanceSpent = v; }
    public List<Row> getFees() { return fees; }
    public void setFees(List<Row> v) { fees = v; }
    public List<Row> getExtras() { return extras; }
    public void setExtras(List<Row> v) { extras = v; }
}
