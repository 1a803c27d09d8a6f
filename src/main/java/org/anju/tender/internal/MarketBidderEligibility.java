package org.anju.tender.internal;

import java.util.List;
import java.util.Optional;
import org.anju.identity.JurisdictionSource;
import org.anju.market.Companies;
import org.anju.tender.BidderEligibility;
import org.springframework.stereotype.Component;

/**
 * The default eligibility: the company must be registered with the market module (asked through the
 * {@link JurisdictionSource} it implements) and free to take new projects (active, not merged or exited, no exit
 * bar in force). The credit module's black list will be asked here too once it exists.
 */
@Component
class MarketBidderEligibility implements BidderEligibility {

    private final List<JurisdictionSource> sources;
    private final Companies companies;

    MarketBidderEligibility(List<JurisdictionSource> sources, Companies companies) {
        this.sources = sources;
        this.companies = companies;
    }

    @Override
    public Optional<String> refusal(long companyId) {
        boolean registered = sources.stream().anyMatch(s -> s.companyHoldings(companyId).isPresent());
        if (!registered) {
            return Optional.of("tender.error.notRegistered");
        }
        return companies.mayTakeProjects(companyId) ? Optional.empty() : Optional.of("tender.error.barred");
    }
}
