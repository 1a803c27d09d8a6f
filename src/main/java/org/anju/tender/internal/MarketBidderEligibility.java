package org.anju.tender.internal;

import java.util.List;
import java.util.Optional;
import org.anju.identity.JurisdictionSource;
import org.anju.tender.BidderEligibility;
import org.springframework.stereotype.Component;

/**
 * The default eligibility: the company must be registered with the market module (asked through the
 * {@link JurisdictionSource} it implements). The market module in this branch keeps no company status yet, so
 * every registered company counts as active; once it publishes one (active, merged, exited; the exit bar), this
 * is the one place to ask it.
 */
@Component
class MarketBidderEligibility implements BidderEligibility {

    private final List<JurisdictionSource> sources;

    MarketBidderEligibility(List<JurisdictionSource> sources) {
        this.sources = sources;
    }

    @Override
    public Optional<String> refusal(long companyId) {
        boolean registered = sources.stream().anyMatch(s -> s.companyHoldings(companyId).isPresent());
        return registered ? Optional.empty() : Optional.of("tender.error.notRegistered");
    }
}
