package org.anju.disclosure;

import java.math.BigDecimal;

/**
 * A fee item (收费项目) or an extra service (家政、养老…) with its price in yuan per unit, e.g. 1.20 元/平方米·月.
 */
public record PricedItem(String name, BigDecimal price, String unit) {
}
