package org.anju.market;

import java.time.LocalDate;

/**
 * Published when a terminated contract's handover inspection is recorded, the day the company's project ends: how it
 * ended (the termination kind), whether the handover passed, and how many days the company stayed on site after the
 * termination day (0 if it left on time; rules.md §2, Art. 83). The credit module scores it.
 */
public record ContractEnded(long contractId, long projectId, long companyId, long estateId,
                            TerminationKind terminationKind, LocalDate terminatesOn, LocalDate leftOn,
                            boolean handoverPassed, long overstayDays) {
}
