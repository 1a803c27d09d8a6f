package org.anju.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes estates' positions without a signed-in caller: for the demo data only (the demo loader is the system, not
 * a person). Real positions go through {@link Register#setPosition}, checked and audited.
 */
@Service
public class EstatePositionSeeds {

    /** A position to write: longitude and latitude in degrees. */
    public record Position(BigDecimal longitude, BigDecimal latitude) {
    }

    private final JdbcTemplate jdbc;

    EstatePositionSeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes each estate's position (checked as {@link EstatePosition} does), in one batch. */
    @Transactional
    public void seed(Map<Long, Position> positions) {
        List<Object[]> rows = new ArrayList<>();
        positions.forEach((estate, p) -> {
            EstatePosition.check(p.longitude(), p.latitude());
            rows.add(new Object[]{p.longitude(), p.latitude(), estate});
        });
        jdbc.batchUpdate("update reg_estate set longitude = ?, latitude = ? where id = ?", rows);
    }
}
