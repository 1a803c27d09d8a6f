package org.anju.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The amount of one monthly bill (rules.md §4: the fee is the contract's price per m² per month, posted
 * clearly): quantity (exclusive area in m², houses = 1, or spaces) times the unit price, rounded half up to
 * the fen (0.01 yuan). The batch computes the same in SQL with PostgreSQL's {@code round(numeric, 2)}, which
 * rounds halves away from zero, the same as HALF_UP for these non-negative amounts; a test holds them equal.
 */
public final class FeeRule {

    /** Yuan are kept to the fen. */
    public static final int SCALE = 2;

    private FeeRule() {
    }

    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
