package org.anju.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the caller may read and write: resolved once per request by {@link Jurisdictions} and
 * applied inside every repository query through {@link #rows(String, String)} and
 * {@link #houses(String, String, String)}, so that data outside it is never loaded at all.
 *
 * @param scope      how the register is limited
 * @param regionPath the region subtree ('/1/4/') for {@link Scope#REGION}; for other scopes the
 *                   region whose tree the caller may browse, or null
 * @param estateIds  the estates visible under {@link Scope#ESTATES} and {@link Scope#HOUSES}
 * @param houseIds   the houses visible under {@link Scope#HOUSES}
 * @param ownerId    the owner the caller is, under {@link Scope#HOUSES}
 * @param label      how the top bar names the jurisdiction, e.g. "台前县 / 城关镇"
 */
public record Jurisdiction(Scope scope, String regionPath, Set<Long> estateIds, Set<Long> houseIds, Long ownerId,
                           String label) {

    /** How far the register is visible. */
    public enum Scope {
        /** Everything whose region path starts with {@code regionPath}. */
        REGION,
        /** Only the listed estates (owners' committee, property company). */
        ESTATES,
        /** Only the listed houses, and their estates' summary (an owner). */
        HOUSES,
        /** No register data (departments, anonymous callers). */
        NONE
    }

    public Jurisdiction {
        estateIds = estateIds == null ? Set.of() : Set.copyOf(estateIds);
        houseIds = houseIds == null ? Set.of() : Set.copyOf(houseIds);
    }

    public static Jurisdiction region(String path, String label) {
        return new Jurisdiction(Scope.REGION, path, Set.of(), Set.of(), null, label);
    }

    public static Jurisdiction none(String regionPath, String label) {
        return new Jurisdiction(Scope.NONE, regionPath, Set.of(), Set.of(), null, label);
    }

    /**
     * The condition that keeps rows carrying a region path and an estate id inside this
     * jurisdiction, e.g. {@code rows("e.region_path", "e.id")}.
     */
    public Condition rows(String regionPathColumn, String estateIdColumn) {
        return switch (scope) {
            case REGION -> new Condition(regionPathColumn + " like :j_path", Map.of("j_path", regionPath + "%"));
            case ESTATES, HOUSES -> in(estateIdColumn, "j_estates", estateIds);
            case NONE -> Condition.NOTHING;
        };
    }

    /** Like {@link #rows} for house rows: an owner sees only their own houses, not the whole estate. */
    public Condition houses(String regionPathColumn, String estateIdColumn, String houseIdColumn) {
        return scope == Scope.HOUSES ? in(houseIdColumn, "j_houses", houseIds) : rows(regionPathColumn, estateIdColumn);
    }

    /** The same jurisdiction, naming the owner the caller is. */
    public Jurisdiction withOwner(Long owner) {
        return new Jurisdiction(scope, regionPath, estateIds, houseIds, owner, label);
    }

    /** Whether a region (by its path) lies inside this jurisdiction, for writes that name a region. */
    public boolean coversRegion(String path) {
        return scope == Scope.REGION && path != null && path.startsWith(regionPath);
    }

    private static Condition in(String column, String param, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Condition.NOTHING;
        }
        Map<String, Object> params = new HashMap<>();
        params.put(param, ids);
        return new Condition(column + " in (:" + param + ")", params);
    }

    /** A SQL boolean expression with its named parameters, to AND into a where clause. */
    public record Condition(String sql, Map<String, Object> params) {
        public static final Condition NOTHING = new Condition("1 = 0", Map.of());
    }
}
