package org.anju.tender;

import java.util.Optional;

/**
 * Whether a company may bid. Tenders ask every bean and refuse on the first refusal: the market module's
 * registration and exit bar (退出机制), and the credit module's black list.
 */
public interface BidderEligibility {

    /** Empty when the company may bid; otherwise the message key of the reason it may not. */
    Optional<String> refusal(long companyId);
}
