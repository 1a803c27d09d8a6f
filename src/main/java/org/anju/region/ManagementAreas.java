package org.anju.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 物业管理区域 of an estate (decision 0027): read by anyone who sees the estate; split, renamed and merged by the
 * township whose area holds the estate and by the county (a community, company or committee cannot). Every estate
 * has at least one area and every building is in exactly one area of its own estate.
 */
@Service
@Transactional(readOnly = true)
public class ManagementAreas {

    /** One area with its buildings and the register's figures. */
    public record Area(long id, long estateId, String name, boolean isDefault, long buildingCount, long houses,
                       BigDecimal totalArea, List<AreaBuilding> buildings) {
    }

    /** A building of an area. */
    public record AreaBuilding(long id, String name) {
    }

    private final Register register;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<ManagementAreaUse> uses;

    ManagementAreas(Register register, JdbcClient jdbc, AuditLog audit, List<ManagementAreaUse> uses) {
        this.register = register;
        this.jdbc = jdbc;
        this.audit = audit;
        this.uses = uses;
    }

    /** The areas of an estate in the caller's jurisdiction (404 outside), the default one first. */
    public List<Area> areas(long estateId) {
        register.estate(estateId);
        return list(estateId);
    }

    /** One area, found through its estate in the caller's jurisdiction (404 outside). */
    public Area area(long estateId, long areaId) {
        return areas(estateId).stream().filter(a -> a.id() == areaId).findFirst()
                .orElseThrow(() -> new NotFoundException("area", areaId));
    }

    /**
     * The area a record of the estate belongs to: the one given (which must be of the estate: 404 otherwise), or
     * the estate's only area. An estate of several areas needs the choice: 422 naming areaId.
     */
    public Area resolve(long estateId, Long areaId) {
        List<Area> all = areas(estateId);
        if (areaId != null) {
            return all.stream().filter(a -> a.id() == areaId).findFirst()
                    .orElseThrow(() -> new NotFoundException("area", areaId));
        }
        if (all.size() > 1) {
            throw InvalidRequestException.rule("areaId", "error.area.choose");
        }
        return all.get(0);
    }

    /** A new, empty area of the estate; buildings are moved into it afterwards. */
    @Transactional
    public Area create(long estateId, String name) {
        register.estate(estateId);
        requireSplitter();
        lockEstate(estateId);
        String clean = name(name);
        nameFree(estateId, clean, null);
        long id = jdbc.sql("insert into reg_management_area (estate_id, name) values (?, ?) returning id")
                .params(estateId, clean).query(Long.class).single();
        audit.record(AuditEntry.created("management_area", id, "新增物业管理区域 " + clean,
                Map.of("estateId", estateId, "name", clean)));
        return area(estateId, id);
    }

    @Transactional
    public Area rename(long estateId, long areaId, String name) {
        Area before = area(estateId, areaId);
        requireSplitter();
        lockEstate(estateId);
        String clean = name(name);
        nameFree(estateId, clean, areaId);
        jdbc.sql("update reg_management_area set name = ? where id = ?").params(clean, areaId).update();
        audit.record(new AuditEntry("UPDATE", "management_area", String.valueOf(areaId), "物业管理区域更名 " + clean,
                Map.of("name", before.name()), Map.of("name", clean), null));
        return area(estateId, areaId);
    }

    /**
     * Moves buildings of the estate into the area. A building of another estate is refused (422), and so is a move
     * that would empty an area holding committees, assemblies, votes or a service mode.
     */
    @Transactional
    public Area moveBuildings(long estateId, long areaId, List<Long> buildingIds) {
        area(estateId, areaId);
        requireSplitter();
        lockEstate(estateId);
        if (buildingIds == null || buildingIds.isEmpty() || buildingIds.size() > 500
                || buildingIds.stream().anyMatch(b -> b == null)) {
            throw InvalidRequestException.field("buildingIds", "error.area.buildings");
        }
        var ids = new LinkedHashSet<>(buildingIds);
        var found = jdbc.sql("select id, management_area_id from reg_building where estate_id = :estate and id in (:ids)")
                .param("estate", estateId).param("ids", ids)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (found.size() != ids.size()) {
            throw InvalidRequestException.rule("buildingIds", "error.area.buildingOfEstate");
        }
        for (Area from : list(estateId)) {
            if (from.id() == areaId) {
                continue;
            }
            long leaving = found.stream().filter(f -> f[1] == from.id()).count();
            if (leaving > 0 && leaving == from.buildingCount()) {
                heldBy(from).ifPresent(what -> {
                    throw InvalidRequestException.rule("buildingIds", "error.area.held", from.name(), what);
                });
            }
        }
        jdbc.sql("update reg_building set management_area_id = :area where estate_id = :estate and id in (:ids)")
                .param("area", areaId).param("estate", estateId).param("ids", ids).update();
        Area after = area(estateId, areaId);
        audit.record(new AuditEntry("UPDATE", "management_area", String.valueOf(areaId),
                "楼栋划入物业管理区域 " + after.name(), null, Map.of("buildingIds", List.copyOf(ids)), null));
        return after;
    }

    /** Removes an area that holds no building and no record of another module; never the estate's last area. */
    @Transactional
    public void remove(long estateId, long areaId) {
        Area area = area(estateId, areaId);
        requireSplitter();
        lockEstate(estateId);
        if (list(estateId).size() == 1) {
            throw InvalidRequestException.rule("areaId", "error.area.last");
        }
        if (area.buildingCount() > 0) {
            throw InvalidRequestException.rule("areaId", "error.area.notEmpty");
        }
        heldBy(area).ifPresent(what -> {
            throw InvalidRequestException.rule("areaId", "error.area.held", area.name(), what);
        });
        jdbc.sql("delete from reg_management_area where id = ?").param(areaId).update();
        audit.record(new AuditEntry("DELETE", "management_area", String.valueOf(areaId),
                "删除物业管理区域 " + area.name(), Map.of("name", area.name()), null, null));
    }

    /** Whether the caller may split this estate (it is in jurisdiction already): the township or the county. */
    public static boolean canSplit() {
        return Jurisdictions.currentUser().filter(u -> u.can(Permission.REGISTER_WRITE)
                && (u.role() == Role.TOWNSHIP_OFFICE || u.role() == Role.COUNTY_AUTHORITY)).isPresent();
    }

    private java.util.Optional<String> heldBy(Area area) {
        List<String> held = new ArrayList<>();
        uses.forEach(u -> u.heldBy(area.id()).ifPresent(held::add));
        return held.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("、", held));
    }

    private static void requireSplitter() {
        if (!canSplit()) {
            throw new AccessDeniedException("MANAGEMENT_AREA_SPLIT");
        }
    }

    private void lockEstate(long estateId) {
        jdbc.sql("select id from reg_estate where id = ? for update").param(estateId).query(Long.class).single();
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 128) {
            throw InvalidRequestException.field("name", "error.area.name");
        }
        return name.strip();
    }

    private void nameFree(long estateId, String name, Long except) {
        boolean taken = jdbc.sql("select count(*) from reg_management_area where estate_id = ? and name = ? and id <> ?")
                .params(estateId, name, except == null ? -1L : except).query(Long.class).single() > 0;
        if (taken) {
            throw InvalidRequestException.rule("name", "error.area.nameTaken");
        }
    }

    private List<Area> list(long estateId) {
        return jdbc.sql("""
                        select a.id, a.name, a.id = reg_default_area(a.estate_id) as is_default,
                               (select count(*) from reg_building b where b.management_area_id = a.id) as buildings,
                               (select count(*) from reg_house h join reg_building b on b.id = h.building_id
                                 where b.management_area_id = a.id) as houses,
                               (select coalesce(sum(h.exclusive_area), 0) from reg_house h
                                 join reg_building b on b.id = h.building_id where b.management_area_id = a.id) as total,
                               array(select b.id from reg_building b where b.management_area_id = a.id
                                     order by b.id) as building_ids,
                               array(select b.name from reg_building b where b.management_area_id = a.id
                                     order by b.id) as building_names
                        from reg_management_area a where a.estate_id = ? order by a.id""")
                .param(estateId)
                .query((rs, n) -> {
                    Long[] ids = (Long[]) rs.getArray("building_ids").getArray();
                    String[] names = (String[]) rs.getArray("building_names").getArray();
                    List<AreaBuilding> buildings = new ArrayList<>();
                    for (int i = 0; i < ids.length; i++) {
                        buildings.add(new AreaBuilding(ids[i], names[i]));
                    }
                    return new Area(rs.getLong("id"), estateId, rs.getString("name"), rs.getBoolean("is_default"),
                            rs.getLong("buildings"), rs.getLong("houses"), rs.getBigDecimal("total"), buildings);
                })
                .list();
    }
}
