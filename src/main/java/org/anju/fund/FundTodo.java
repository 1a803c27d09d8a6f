package org.anju.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.anju.fund.FundView.TodoItem;
import org.anju.fund.internal.FundTodoStore;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the government must act on in the fund (待办), within the caller's jurisdiction: emergency applications past
 * their 3 working days, usages waiting for a decision, open invariant alerts, developers' overdue charges, estates
 * whose statement of last year is not published yet, houses flagged for top-up. Empty for other roles.
 */
@Service
@Transactional(readOnly = true)
public class FundTodo {

    private final FundTodoStore store;
    private final Jurisdictions jurisdictions;
    private final FundLedger ledger;
    private final Clock clock;

    FundTodo(FundTodoStore store, Jurisdictions jurisdictions, FundLedger ledger, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.clock = clock;
    }

    public List<TodoItem> items() {
        boolean government = FundGuards.role().filter(r -> r == Role.COUNTY_AUTHORITY || r == Role.TOWNSHIP_OFFICE
                || r == Role.COMMUNITY).isPresent();
        if (!government) {
            return List.of();
        }
        return store.items(jurisdictions.current(), LocalDate.now(clock), ledger.settings().topUpPercent());
    }
}
