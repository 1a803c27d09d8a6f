package org.anju.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The first deposit of a commercial house (Order 165 art. 7): its floor area times the county's rate per m², one
 * rate for buildings with a lift and one without (the county sets both within 5–8 % of the local construction cost),
 * rounded half up to the fen. Sold public housing (art. 8): the owner pays {@code publicOwnerPercent} (2 %) of the
 * cost price.
 */
public record DepositStandard(BigDecimal withLift, BigDecimal withoutLift, BigDecimal publicOwnerPercent) {

    public BigDecimal firstDeposit(BigDecimal area, boolean lift) {
        return area.multiply(lift ? withLift : withoutLift).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal publicHousingDeposit(BigDecimal costPrice) {
        return costPrice.multiply(publicOwnerPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
