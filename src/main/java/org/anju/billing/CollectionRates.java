package org.anju.billing;

import java.time.LocalDate;
import java.util.List;
import org.anju.billing.BillingView.CollectionRate;
import org.anju.billing.internal.ArrearsStore;
import org.anju.identity.Jurisdictions;
import org.anju.platform.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee collection rates (收缴率): paid over billed, per estate or per company, over a range of months. The
 * console and API read them within the caller's jurisdiction; the rating and assessment modules read them
 * through {@link #ofEstates} and {@link #ofCompanies}, unscoped, as their scheduled jobs need.
 */
@Service
@Transactional(readOnly = true)
public class CollectionRates {

    /** Whether rates are grouped by estate or by company. */
    public enum By {
        /** One row per estate. */
        ESTATE,
        /** One row per company (the company billing). */
        COMPANY
    }

    private final ArrearsStore store;
    private final Jurisdictions jurisdictions;

    CollectionRates(ArrearsStore store, Jurisdictions jurisdictions) {
        this.store = store;
        this.jurisdictions = jurisdictions;
    }

    /** Within the caller's jurisdiction; from and to are yyyy-MM. Lowest rate first. */
    public List<CollectionRate> rates(By by, Long estateId, Long companyId, String from, String to, PageRequest page) {
        LocalDate start = Bills.period(from);
        LocalDate end = to == null || to.isBlank() ? start : Bills.period(to);
        return store.collection(jurisdictions.current(), by == By.COMPANY, estateId, companyId, start, end, page);
    }

    /** Every estate's rate over the months (first days) from..to, for the rating and assessment jobs. */
    public List<CollectionRate> ofEstates(LocalDate from, LocalDate to) {
        return store.collection(null, false, null, null, from, to, new PageRequest(0, Integer.MAX_VALUE));
    }

    /** Every company's rate over the months from..to. */
    public List<CollectionRate> ofCompanies(LocalDate from, LocalDate to) {
        return store.collection(null, true, null, null, from, to, new PageRequest(0, Integer.MAX_VALUE));
    }
}
