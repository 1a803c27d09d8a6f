package org.anju.stats.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.anju.stats.CoverageRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plan's targets per year and rate (sts_target), seeded from plan §(三). */
@Repository
public class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Integer, Map<CoverageRate, BigDecimal>> targets() {
        Map<Integer, Map<CoverageRate, BigDecimal>> m = new TreeMap<>();
        jdbc.sql("select year, rate, target from sts_target order by year").query((rs, n) ->
                m.computeIfAbsent(rs.getInt("year"), y -> new EnumMap<>(CoverageRate.class))
                        .put(CoverageRate.valueOf(rs.getString("rate")), rs.getBigDecimal("target").setScale(4)))
                .list();
        return m;
    }

    /** Sets one existing target; false when that year and rate have no row. */
    public boolean update(int year, CoverageRate rate, BigDecimal target) {
        return jdbc.sql("update sts_target set target = ? where year = ? and rate = ?")
                .params(target, year, rate.name()).update() == 1;
    }
}
