package org.anju.billing;

import java.util.List;
import org.anju.billing.BillingView.ContractItem;

/**
 * How a contracted fee item (market's mkt_fee_item: a name and a monthly price) is billed. The contract gives no
 * kind, so the name decides: the first item named 物业服务费 is the property fee (one in force at a time); an item
 * naming 车位 or 停车 is parking, billed per space rented; any other is a shared cost billed per m² (电梯运行费,
 * 公共能耗分摊). A company that needs another reading enters the item itself, at the contracted price.
 */
public final class ContractFeeKinds {

    private ContractFeeKinds() {
    }

    public static FeeKind kindOf(List<ContractItem> items, int index) {
        String name = items.get(index).name();
        if (name.contains("车位") || name.contains("停车")) {
            return FeeKind.PARKING;
        }
        if (name.contains("物业服务费")) {
            for (int i = 0; i < index; i++) {
                if (items.get(i).name().contains("物业服务费")) {
                    return FeeKind.SHARED_UTILITY;
                }
            }
            return FeeKind.PROPERTY;
        }
        return FeeKind.SHARED_UTILITY;
    }

    public static FeeBasis basisOf(FeeKind kind) {
        return kind == FeeKind.PARKING ? FeeBasis.PER_SPACE : FeeBasis.PER_M2;
    }
}
