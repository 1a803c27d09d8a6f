package org.anju.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The range a guided fee may take (物业服务收费管理办法, 发改价格〔2003〕1864号, Art. 7: the price and housing
 * departments set a base price and a float range per service grade; the contract picks a fee inside it): from
 * base × (1 − float%) to base × (1 + float%), yuan per m² per month rounded half up to the fen. Only a fee above
 * the ceiling is flagged; the county may set the floor aside (the Huizhou example has no lower limit).
 */
public record FeeRange(BigDecimal base, BigDecimal floatPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal floor() {
        return base.multiply(HUNDRED.subtract(floatPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    public BigDecimal ceiling() {
        return base.multiply(HUNDRED.add(floatPercent)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** Whether the unit price is above the ceiling (at the ceiling is inside). */
    public boolean above(BigDecimal unitPrice) {
        return unitPrice.compareTo(ceiling()) > 0;
    }
}
