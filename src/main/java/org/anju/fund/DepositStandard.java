package org.anju.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The first deposit of a commercial house (Order 165 art. 7): its floor area times the county's rate per m², one
 * rate for buildings with a lift and one without (the county sets both within 5–8 % of the local construction cost),
 * rounded half up to the fen. Sold public housing (art. 8): the owner pays {@code publicOwnerPercent} (2 %) of the
 * housing-reform cost price; the selling unit sets aside {@code sellerMultiPercent} (20 %) of the sale price for a
 * multi-storey building, {@code sellerHighPercent} (30 %) for a high-rise one ({@value #HIGH_RISE_FLOORS} floors or
 * more, the residential high-rise line of GB 50352).
 */
public record DepositStandard(BigDecimal withLift, BigDecimal withoutLift, BigDecimal publicOwnerPercent,
                              BigDecimal sellerMultiPercent, BigDecimal sellerHighPercent) {

    public static final int HIGH_RISE_FLOORS = 10;

    /** The selling unit's share of a public house's sale price. */
    public BigDecimal sellerShare(BigDecimal salePrice, Integer floors) {
        BigDecimal pct = floors != null && floors >= HIGH_RISE_FLOORS ? sellerHighPercent : sellerMultiPercent;
        return salePrice.multiply(pct).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal firstDeposit(BigDecimal area, boolean lift) {
        return area.multiply(lift ? withLift : withoutLift).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal publicHousingDeposit(BigDecimal costPrice) {
        return costPrice.multiply(publicOwnerPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
