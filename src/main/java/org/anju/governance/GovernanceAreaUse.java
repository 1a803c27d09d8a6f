package org.anju.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anju.region.ManagementAreaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A management area with a committee or an assembly is not emptied or removed (decision 0027). */
@Component
class GovernanceAreaUse implements ManagementAreaUse {

    private final JdbcClient jdbc;

    GovernanceAreaUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> heldBy(long areaId) {
        List<String> held = new ArrayList<>();
        if (jdbc.sql("select exists (select 1 from gov_committee where area_id = ?)").param(areaId)
                .query(Boolean.class).single()) {
            held.add("业委会/物管会");
        }
        if (jdbc.sql("select exists (select 1 from gov_assembly where area_id = ?)").param(areaId)
                .query(Boolean.class).single()) {
            held.add("业主大会");
        }
        if (jdbc.sql("select exists (select 1 from gov_estate_occupancy where area_id = ?)").param(areaId)
                .query(Boolean.class).single()) {
            held.add("交付入住记录");
        }
        return held.isEmpty() ? Optional.empty() : Optional.of(String.join("、", held));
    }
}
