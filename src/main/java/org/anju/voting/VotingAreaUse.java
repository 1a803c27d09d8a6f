package org.anju.voting;

import java.util.Optional;
import org.anju.region.ManagementAreaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A management area with a vote of its own is not emptied or removed (decision 0027). */
@Component
class VotingAreaUse implements ManagementAreaUse {

    private final JdbcClient jdbc;

    VotingAreaUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> heldBy(long areaId) {
        return jdbc.sql("select exists (select 1 from vot_vote where area_id = ?)").param(areaId)
                .query(Boolean.class).single() ? Optional.of("表决") : Optional.empty();
    }
}
