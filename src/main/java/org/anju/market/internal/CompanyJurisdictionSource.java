package org.anju.market.internal;

import java.util.HashSet;
import java.util.Optional;
import org.anju.identity.JurisdictionSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A company account sees the estates of its active projects, and nothing else. */
@Component
class CompanyJurisdictionSource implements JurisdictionSource {

    private final JdbcClient jdbc;

    CompanyJurisdictionSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Holdings> companyHoldings(long companyId) {
        return jdbc.sql("select name from mkt_company where id = ?").param(companyId).query(String.class).optional()
                .map(name -> new Holdings(name, new HashSet<>(jdbc.sql("""
                                select estate_id from mkt_project
                                where company_id = ? and (ended_on is null or ended_on >= current_date)""")
                        .param(companyId).query(Long.class).list()), java.util.Set.of(), null));
    }
}
