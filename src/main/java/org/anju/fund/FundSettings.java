package org.anju.fund;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anju.fund.FundView.Setting;

/** The county's numbers for the fund (fnd_setting), with the rules they feed. */
public record FundSettings(List<Setting> all) {

    public Map<String, BigDecimal> asMap() {
        return all.stream().collect(Collectors.toMap(Setting::name, Setting::value, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public BigDecimal value(String name) {
        return asMap().get(name);
    }

    public DepositStandard standard() {
        return new DepositStandard(value("RATE_WITH_LIFT"), value("RATE_WITHOUT_LIFT"), value("PUBLIC_OWNER_PERCENT"),
                value("PUBLIC_SELLER_MULTI_PERCENT"), value("PUBLIC_SELLER_HIGH_PERCENT"));
    }

    public TopUpRule topUp() {
        return new TopUpRule(value("TOP_UP_PERCENT"));
    }

    public BigDecimal topUpPercent() {
        return value("TOP_UP_PERCENT");
    }

    public BigDecimal demandRate() {
        return value("DEMAND_RATE_PERCENT");
    }

    public int emergencyDays() {
        return value("EMERGENCY_DECISION_DAYS").intValue();
    }
}
