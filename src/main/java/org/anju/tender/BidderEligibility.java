package org.anju.tender;

import java.util.Optional;

/**
 * Whether a company may bid. The default implementation asks the market module; the lead adds the exit bar
 * (退出机制) and the credit black list behind this interface without touching the tender rules.
 */
public interface BidderEligibility {

    /** Empty when the company may bid; otherwise the message key of the reason it may not. */
    Optional<String> refusal(long companyId);
}
