package org.anju.fund;

import java.math.BigDecimal;

/**
 * 续筹: a house whose balance falls below {@code percent} (shipped 30) of its first deposit tops up (Order 165 art. 17;
 * HN art. 68 [V]). Exactly 30 % is not below. A house that never made a first deposit is in arrears, not here.
 */
public record TopUpRule(BigDecimal percent) {

    public boolean needsTopUp(BigDecimal balance, BigDecimal firstDeposit) {
        if (firstDeposit == null || firstDeposit.signum() <= 0) {
            return false;
        }
        return balance.multiply(BigDecimal.valueOf(100)).compareTo(firstDeposit.multiply(percent)) < 0;
    }
}
