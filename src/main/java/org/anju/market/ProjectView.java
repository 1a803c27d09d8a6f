package org.anju.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the project API returns (stable: other modules read these). */
public final class ProjectView {

    private ProjectView() {
    }

    /**
     * A service project (物业项目): one company serving one estate (the management area, decision 0007) from
     * {@code startsOn} to {@code endsOn} (null: open-ended). {@code active} = serving today.
     */
    public record Project(long id, long companyId, String companyName, long estateId, String estateName,
                          long townshipId, String townshipName, ServiceMode serviceMode, LocalDate startsOn,
                          LocalDate endsOn, String managerName, String managerPhone, FeeRegime feeRegime,
                          boolean active) {
    }

    /** A fee item in yuan per m² of floor area per month. */
    public record FeeItem(long id, String name, BigDecimal unitPrice, String note) {
    }

    /** A project with its fee items and contracts. */
    public record Detail(Project project, List<FeeItem> feeItems, List<ContractView.Contract> contracts) {
    }
}
