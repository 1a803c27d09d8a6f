package org.anju.market;

import java.util.Optional;
import org.anju.region.ManagementAreaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A management area with a service mode history is not emptied or removed (decision 0027). */
@Component
class MarketAreaUse implements ManagementAreaUse {

    private final JdbcClient jdbc;

    MarketAreaUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> heldBy(long areaId) {
        return jdbc.sql("select exists (select 1 from mkt_service_mode where area_id = ?)").param(areaId)
                .query(Boolean.class).single() ? Optional.of("物业服务形式") : Optional.empty();
    }
}
