package org.anju.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.region.RegisterView.DatedCount;
import org.anju.region.internal.RegisterStatisticsQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions by id and path for work that runs without a caller or for a region the caller has already been
 * allowed to see: the measures of the township assessment, scheduled reports. Unlike {@link Register} it does
 * not apply the caller's jurisdiction; the reader must decide first which region it may look at.
 */
@Service
@Transactional(readOnly = true)
public class RegionPlaces {

    /** A region with its path (the prefix of its estates' region paths). */
    public record Place(long id, String name, RegionLevel level, String path, Long parentId) {
    }

    private final JdbcClient jdbc;
    private final RegisterStatisticsQuery statistics;

    RegionPlaces(JdbcClient jdbc, RegisterStatisticsQuery statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    /** One region, if it exists. */
    public Optional<Place> place(long id) {
        return jdbc.sql("select id, name, level, path, parent_id from reg_region where id = ?").param(id)
                .query((rs, n) -> place(rs)).optional();
    }

    /** The direct children of a region (a county's townships), in the register's order. */
    public List<Place> children(long parentId) {
        return jdbc.sql("select id, name, level, path, parent_id from reg_region where parent_id = ?"
                        + " order by sort_order, id").param(parentId)
                .query((rs, n) -> place(rs)).list();
    }

    /** Every region of a level (all counties, for the scheduled reports). */
    public List<Place> ofLevel(RegionLevel level) {
        return jdbc.sql("select id, name, level, path, parent_id from reg_region where level = ? order by sort_order, id")
                .param(level.name()).query((rs, n) -> place(rs)).list();
    }

    /**
     * The counts of {@link Register#estateCountsOn} over every estate under the path, whoever calls: the same
     * query and conditions as the coverage dashboard's trend, so a measure equals the dashboard for the same date.
     */
    public List<DatedCount> estateCountsOn(String regionPath, List<LocalDate> dates, List<String> conditions) {
        return statistics.estateCountsOn(Jurisdiction.region(regionPath, ""), null, null, dates, conditions);
    }

    private static Place place(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Place(rs.getLong("id"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("path"), (Long) rs.getObject("parent_id"));
    }
}
