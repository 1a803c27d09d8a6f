package org.anju.market.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.AnjuUser;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Role;

/**
 * Who sees which companies, projects and contracts: a company account its own company and its projects
 * (ended ones too); the county every company; other accounts the companies with a project in their
 * jurisdiction, and the projects of the estates in it.
 */
public record MarketScope(Jurisdiction jurisdiction, Long companyId, boolean county) {

    public static MarketScope of(Jurisdiction jurisdiction, Optional<AnjuUser> user) {
        Long company = user.filter(u -> u.role() == Role.PROPERTY_COMPANY).map(u -> u.binding().companyId())
                .orElse(null);
        boolean county = user.filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
        if (user.filter(u -> u.role() == Role.PROPERTY_COMPANY).isPresent() && company == null) {
            company = -1L; // a company account without a company sees nothing
        }
        return new MarketScope(jurisdiction, company, county);
    }

    /** Over mkt_company co. */
    public Jurisdiction.Condition companies() {
        if (companyId != null) {
            return new Jurisdiction.Condition("co.id = :s_company", Map.of("s_company", companyId));
        }
        if (county) {
            return new Jurisdiction.Condition("true", Map.of());
        }
        Jurisdiction.Condition in = jurisdiction.rows("se.region_path", "se.id");
        return new Jurisdiction.Condition("exists (select 1 from mkt_project sp join reg_estate se on se.id = sp.estate_id"
                + " where sp.company_id = co.id and " + in.sql() + ")", in.params());
    }

    /** Over mkt_project p joined to reg_estate e. */
    public Jurisdiction.Condition projects() {
        if (companyId != null) {
            return new Jurisdiction.Condition("p.company_id = :s_company", Map.of("s_company", companyId));
        }
        return jurisdiction.rows("e.region_path", "e.id");
    }

    /** Both conditions' parameters, for a query that uses both. */
    public static Map<String, Object> merge(Jurisdiction.Condition a, Jurisdiction.Condition b) {
        Map<String, Object> m = new HashMap<>(a.params());
        m.putAll(b.params());
        return m;
    }
}
