package org.anju.region.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.anju.identity.Jurisdiction;
import org.anju.region.RegionLevel;
import org.anju.region.RegisterView.RegionNode;
import org.anju.region.RegisterView.RegionOption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the region tree, limited to what the caller's jurisdiction reaches. */
@Repository
public class RegionQueries {

    /** One row of reg_region. */
    public record Region(long id, Long parentId, RegionLevel level, String code, String name, String path) {
    }

    private final JdbcClient jdbc;

    RegionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(long id) {
        return jdbc.sql("select id, parent_id, level, code, name, path from reg_region where id = ?")
                .param(id).query(Region.class).optional();
    }

    /** "台前县 城关镇": the names from the county down to this region. */
    public String fullName(Region region) {
        List<Long> ids = ids(region.path());
        return String.join(" ", jdbc.sql("""
                        select name from reg_region where id in (:ids) and level not in ('PROVINCE', 'CITY')
                        order by length(path)""")
                .param("ids", ids).query(String.class).list());
    }

    /**
     * The tree the caller may see: under a region jurisdiction its subtree; for estate-bound
     * accounts the branches leading to their estates; nothing for an anonymous caller.
     */
    public List<RegionNode> tree(Jurisdiction j) {
        List<Region> rows = visible(j);
        Map<Long, List<Region>> byParent = new HashMap<>();
        Set<Long> present = new LinkedHashSet<>();
        rows.forEach(r -> present.add(r.id()));
        List<Region> roots = new ArrayList<>();
        for (Region r : rows) {
            if (r.parentId() == null || !present.contains(r.parentId())) {
                roots.add(r);
            } else {
                byParent.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
            }
        }
        return roots.stream().map(r -> node(r, byParent)).toList();
    }

    /** The children of a region (or the top regions) within reach, for cascading filters. */
    public List<RegionOption> children(Jurisdiction j, Long parentId) {
        List<Region> rows = visible(j);
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return rows.stream()
                .filter(r -> parentId == null ? r.level() == RegionLevel.TOWNSHIP : parentId.equals(r.parentId()))
                .map(r -> new RegionOption(r.id(), r.name(), r.level(), r.parentId()))
                .toList();
    }

    /** All regions of one level within reach, e.g. the communities a new estate may belong to. */
    public List<RegionOption> ofLevel(Jurisdiction j, RegionLevel level) {
        return visible(j).stream().filter(r -> r.level() == level)
                .map(r -> new RegionOption(r.id(), r.name(), r.level(), r.parentId())).toList();
    }

    private List<Region> visible(Jurisdiction j) {
        String select = "select id, parent_id, level, code, name, path from reg_region ";
        String order = " order by length(path), sort_order, id";
        return switch (j.scope()) {
            case REGION -> jdbc.sql(select + "where path like :p" + order).param("p", j.regionPath() + "%")
                    .query(Region.class).list();
            case ESTATES, HOUSES -> {
                if (j.estateIds().isEmpty()) {
                    yield List.of();
                }
                List<String> paths = jdbc.sql("select distinct region_path from reg_estate where id in (:ids)")
                        .param("ids", j.estateIds()).query(String.class).list();
                Set<Long> ids = new LinkedHashSet<>();
                paths.forEach(p -> ids.addAll(ids(p)));
                yield jdbc.sql(select + "where id in (:ids)" + order).param("ids", ids).query(Region.class).list();
            }
            case NONE -> j.regionPath() == null ? List.of()
                    : jdbc.sql(select + "where path like :p" + order).param("p", j.regionPath() + "%")
                    .query(Region.class).list();
        };
    }

    private static RegionNode node(Region r, Map<Long, List<Region>> byParent) {
        List<RegionNode> children = byParent.getOrDefault(r.id(), List.of()).stream()
                .map(c -> node(c, byParent)).toList();
        return new RegionNode(r.id(), r.name(), r.level(), r.code(), children);
    }

    static List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }
}
