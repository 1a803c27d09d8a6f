package org.anju.governance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.market.ContractKind;
import org.anju.market.ContractStatus;
import org.anju.market.ContractView.Contract;
import org.anju.market.Contracts;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.stereotype.Component;

/**
 * The preliminary service contract's end (前期物业服务合同) per estate, from the market's filed contracts
 * (Henan 2017 art. 18: the first assembly is due 90 days before it ends, or when it ends early). A contract filed
 * and not returned counts; of several the latest started; a terminated one ends on its termination day, so an
 * early end is an end date like any other. Estates without such a contract keep the date the township typed.
 */
@Component
class PreliminaryContracts {

    private static final Set<ContractStatus> COUNTED = EnumSet.of(ContractStatus.SUBMITTED, ContractStatus.ACCEPTED,
            ContractStatus.TERMINATED);

    private final Contracts contracts;

    PreliminaryContracts(Contracts contracts) {
        this.contracts = contracts;
    }

    /** The effective end of one estate's preliminary contract, if the market holds one within the caller's scope. */
    Optional<LocalDate> end(long estateId) {
        return Optional.ofNullable(ends(estateId).get(estateId));
    }

    /** Estate id → the effective end of its preliminary contract, within the caller's scope. */
    Map<Long, LocalDate> ends() {
        return ends(null);
    }

    private Map<Long, LocalDate> ends(Long estateId) {
        Map<Long, Contract> latest = new HashMap<>();
        var filter = new Contracts.Filter(null, ContractKind.PRELIMINARY, null, null, estateId, null, null);
        for (int page = 0; ; page++) {
            PageResult<Contract> p = contracts.list(filter, new PageRequest(page, PageRequest.MAX_SIZE));
            for (Contract c : p.content()) {
                if (COUNTED.contains(c.status())) {
                    latest.merge(c.estateId(), c, (a, b) -> b.startsOn().isAfter(a.startsOn()) ? b : a);
                }
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= p.totalElements()) {
                break;
            }
        }
        Map<Long, LocalDate> ends = new HashMap<>();
        latest.forEach((estate, c) -> ends.put(estate, end(c)));
        return ends;
    }

    /** The day a contract ends: its termination day if terminated earlier, else its end. */
    static LocalDate end(Contract c) {
        return c.status() == ContractStatus.TERMINATED && c.terminatesOn() != null
                && c.terminatesOn().isBefore(c.endsOn()) ? c.terminatesOn() : c.endsOn();
    }
}
