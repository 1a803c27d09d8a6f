package org.anju.fund.internal;

import org.anju.billing.CommonIncomeTransferred;
import org.anju.fund.FundIncome;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A transfer of common income (billing) becomes income of the estate's fund, posted once per transfer. */
@Component
class CommonIncomeToFund {

    private final FundIncome income;

    CommonIncomeToFund(FundIncome income) {
        this.income = income;
    }

    @ApplicationModuleListener
    void on(CommonIncomeTransferred t) {
        income.commonIncome(t.transferId(), t.estateId(), t.amount(), t.decisionRef(), t.transferredOn());
    }
}
