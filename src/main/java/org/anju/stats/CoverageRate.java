package org.anju.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The plan's three rates of §(三), each counted over estates. */
public enum CoverageRate {
    /** 业主委员会（物业管理委员会）组建率 */
    COMMITTEE,
    /** 物业服务覆盖率 */
    SERVICE,
    /** 党组织覆盖率 */
    PARTY;

    /** count ÷ estates as a decimal of 4 places (HALF_UP); 0 estates give 0. */
    public static BigDecimal of(long count, long estates) {
        if (estates == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(estates), 4, RoundingMode.HALF_UP);
    }
}
