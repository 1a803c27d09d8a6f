package org.anju.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.RegisterView.Building;
import org.anju.region.RegisterView.DatedCount;
import org.anju.region.RegisterView.EstateGroup;
import org.anju.region.RegisterView.EstateGrouping;
import org.anju.region.RegisterView.Estate;
import org.anju.region.RegisterView.House;
import org.anju.region.RegisterView.Owner;
import org.anju.region.RegisterView.OwnerPersonalData;
import org.anju.region.RegisterView.RegionNode;
import org.anju.region.RegisterView.RegionOption;
import org.anju.region.RegisterView.TownshipCount;
import org.anju.region.internal.RegionQueries;
import org.anju.region.internal.RegisterQueries;
import org.anju.region.internal.RegisterStatisticsQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's public API: every method works within the caller's jurisdiction, which it
 * resolves itself, so no caller (page, API, other module) can forget it.
 */
@Service
@Transactional(readOnly = true)
public class Register {

    /** A new estate: a name and the community it belongs to; the rest may follow. */
    public record NewEstate(String name, Long communityId, String address, Integer builtYear, Boolean legacy,
                            BigDecimal longitude, BigDecimal latitude) {

        /** An estate whose position is not known yet. */
        public NewEstate(String name, Long communityId, String address, Integer builtYear, Boolean legacy) {
            this(name, communityId, address, builtYear, legacy, null, null);
        }
    }

    private final Jurisdictions jurisdictions;
    private final RegisterQueries queries;
    private final RegionQueries regions;
    private final RegisterStatisticsQuery statistics;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Register(Jurisdictions jurisdictions, RegisterQueries queries, RegionQueries regions,
             RegisterStatisticsQuery statistics, AuditLog audit, JdbcClient jdbc) {
        this.jurisdictions = jurisdictions;
        this.queries = queries;
        this.regions = regions;
        this.statistics = statistics;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public List<RegionNode> regionTree() {
        return regions.tree(jurisdictions.current());
    }

    /** Townships (parentId null) or the children of a region, for the cascading filters. */
    public List<RegionOption> regionOptions(Long parentId) {
        return regions.children(jurisdictions.current(), parentId);
    }

    /** The 所属乡镇 and 社区 options of a filter bar, as {@link #filterRegions} gives them. */
    public record FilterRegions(List<RegionOption> townships, List<RegionOption> communities) {
    }

    /**
     * The options of the 所属乡镇 → 社区 cascade: the townships within reach and, once a township is
     * chosen, its communities. An account below township level (a community) sees no township and
     * gets its communities directly.
     */
    public FilterRegions filterRegions(Long townshipId) {
        List<RegionOption> townships = regionOptions(null);
        return new FilterRegions(townships, townshipId != null ? regionOptions(townshipId)
                : townships.isEmpty() ? communityOptions() : List.of());
    }

    /** Every community within reach, e.g. for the community a new estate belongs to. */
    public List<RegionOption> communityOptions() {
        return regions.ofLevel(jurisdictions.current(), RegionLevel.COMMUNITY);
    }

    public PageResult<Estate> estates(RegisterFilter filter, PageRequest page) {
        return queries.estates(jurisdictions.current(), filter, page);
    }

    public Estate estate(long id) {
        return queries.estate(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("estate", id));
    }

    public PageResult<Building> buildings(RegisterFilter filter, PageRequest page) {
        return queries.buildings(jurisdictions.current(), filter, page);
    }

    public Building building(long id) {
        return queries.building(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("building", id));
    }

    public PageResult<House> houses(RegisterFilter filter, PageRequest page) {
        return queries.houses(jurisdictions.current(), filter, page);
    }

    public House house(long id) {
        return queries.house(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("house", id));
    }

    public PageResult<Owner> owners(RegisterFilter filter, PageRequest page) {
        return queries.owners(jurisdictions.current(), filter, page);
    }

    public Owner owner(long id) {
        return queries.owner(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("owner", id));
    }

    /** The houses of one owner (found in the jurisdiction first, else 404). */
    public PageResult<House> housesOfOwner(long ownerId, PageRequest page) {
        owner(ownerId);
        return queries.housesOfOwner(jurisdictions.current(), ownerId, page);
    }

    /** SQL for the estate's id in a condition of {@link #estateCounts}. */
    public static final String ESTATE_ID = "e.id";
    /** SQL for the date a condition of {@link #estateCounts} is evaluated on. */
    public static final String AS_OF = "d.as_of";

    /**
     * The caller's estates grouped by township, community or estate, each group with how many estates meet
     * each condition on {@code asOf}: one query and one pass whatever the scale. A condition is a SQL boolean
     * expression over {@link #ESTATE_ID} and {@link #AS_OF}, written by the module that owns its meaning
     * (committees, service modes, Party branches), so the register knows nothing of them. Filters outside
     * the jurisdiction simply match nothing.
     */
    public List<EstateGroup> estateCounts(EstateGrouping by, Long townshipId, Long communityId, LocalDate asOf,
                                          List<String> conditions) {
        return statistics.estateCounts(jurisdictions.current(), by, townshipId, communityId, asOf, conditions);
    }

    /** The whole scope's counts of {@link #estateCounts} on each of the dates (estates as registered today). */
    public List<DatedCount> estateCountsOn(Long townshipId, Long communityId, List<LocalDate> dates,
                                           List<String> conditions) {
        return statistics.estateCountsOn(jurisdictions.current(), townshipId, communityId, dates, conditions);
    }

    /** Register counts per township in the caller's jurisdiction, for the dashboard. */
    public List<TownshipCount> townshipCounts() {
        return statistics.perTownship(jurisdictions.current());
    }

    /**
     * Opens one owner's full ID number and phone. Requires the permission and a reason, and
     * writes the read to the audit trail (PIPL: access to personal data is accountable).
     */
    @Transactional
    public OwnerPersonalData revealOwner(long id, String reason) {
        Jurisdiction j = jurisdictions.current();
        String[] row = queries.ownerIdentifiers(j, id).orElseThrow(() -> new NotFoundException("owner", id));
        requirePermission(Permission.PERSONAL_DATA_REVEAL);
        if (reason == null || reason.strip().length() < 4 || reason.length() > 200) {
            throw InvalidRequestException.field("reason", "error.reveal.reason");
        }
        audit.record(new AuditEntry("REVEAL", "owner", String.valueOf(id), "查看业主完整个人信息", null, null,
                reason.strip()));
        return new OwnerPersonalData(id, row[0], row[1], row[2]);
    }

    /** Why owners read their own record: each is audited under its own action. */
    public enum SelfAccess {
        /** The owner looks at their own record (我的个人信息). */
        SELF_ACCESS,
        /** The owner downloads everything the register holds about them (导出我的数据). */
        SELF_EXPORT
    }

    /**
     * The signed-in owner's own full ID number and phone. Seeing one's own data is no third-party
     * read (PIPL art. 45), so no permission or reason is asked, but the read is audited all the same.
     * Only an OWNER account has an own record (403 for every other role).
     */
    @Transactional
    public OwnerPersonalData ownPersonalData(SelfAccess access) {
        if (Jurisdictions.currentUser().filter(u -> u.role() == Role.OWNER).isEmpty()) {
            throw new AccessDeniedException("OWNER");
        }
        Jurisdiction j = jurisdictions.current();
        long id = j.ownerId() == null ? -1 : j.ownerId();
        String[] row = queries.ownerIdentifiers(j, id).orElseThrow(() -> new NotFoundException("owner", id));
        audit.record(new AuditEntry(access.name(), "owner", String.valueOf(id),
                access == SelfAccess.SELF_ACCESS ? "业主查看本人信息" : "业主导出本人数据", null, null, null));
        return new OwnerPersonalData(id, row[0], row[1], row[2]);
    }

    /** Creates an estate in a community inside the caller's jurisdiction. */
    @Transactional
    public Estate createEstate(NewEstate e) {
        requirePermission(Permission.REGISTER_WRITE);
        Jurisdiction j = jurisdictions.current();
        if (e.communityId() == null) {
            throw InvalidRequestException.field("communityId", "error.estate.community");
        }
        var community = regions.find(e.communityId()).filter(r -> j.coversRegion(r.path()))
                .orElseThrow(() -> new NotFoundException("region", e.communityId()));
        if (community.level() != RegionLevel.COMMUNITY) {
            throw InvalidRequestException.rule("communityId", "error.estate.community");
        }
        EstatePosition.check(e.longitude(), e.latitude());
        boolean taken = jdbc.sql("select count(*) from reg_estate where community_id = ? and name = ?")
                .params(community.id(), e.name().strip()).query(Long.class).single() > 0;
        if (taken) {
            throw InvalidRequestException.rule("name", "error.estate.nameTaken");
        }
        long id = jdbc.sql("""
                        insert into reg_estate (community_id, region_path, name, address, built_year, legacy,
                                                longitude, latitude)
                        values (:community, :path, :name, :address, :builtYear, :legacy, :lng, :lat) returning id""")
                .param("lng", e.longitude()).param("lat", e.latitude())
                .param("community", community.id()).param("path", community.path())
                .param("name", e.name().strip()).param("address", e.address())
                .param("builtYear", e.builtYear()).param("legacy", Boolean.TRUE.equals(e.legacy()))
                .query(Long.class).single();
        // its default 物业管理区域, named after it (decision 0027)
        jdbc.sql("insert into reg_management_area (estate_id, name) values (?, ?)").params(id, e.name().strip()).update();
        Estate created = estate(id);
        audit.record(AuditEntry.created("estate", id, "新增小区 " + created.name(),
                Map.of("name", created.name(), "communityId", community.id())));
        return created;
    }

    /**
     * Records where an estate is (both degrees, or both null to clear them): REGISTER_WRITE within the jurisdiction
     * (outside = 404), audited. A bad pair is a 400 naming longitude or latitude.
     */
    @Transactional
    public Estate setPosition(long estateId, BigDecimal longitude, BigDecimal latitude) {
        Estate before = estate(estateId);
        requirePermission(Permission.REGISTER_WRITE);
        EstatePosition.check(longitude, latitude);
        jdbc.sql("update reg_estate set longitude = ?, latitude = ? where id = ?")
                .params(longitude, latitude, estateId).update();
        Estate after = estate(estateId);
        Map<String, Object> was = new java.util.HashMap<>();
        was.put("longitude", before.longitude());
        was.put("latitude", before.latitude());
        Map<String, Object> now = new java.util.HashMap<>();
        now.put("longitude", longitude);
        now.put("latitude", latitude);
        audit.record(new AuditEntry("UPDATE", "estate", String.valueOf(estateId), "修改小区坐标 " + after.name(),
                was, now, null));
        return after;
    }

    /** Refuses (403) a caller whose role lacks the permission; call after the record was found in jurisdiction. */
    public static void requirePermission(Permission permission) {
        if (Jurisdictions.currentUser().filter(u -> u.can(permission)).isEmpty()) {
            throw new AccessDeniedException(permission.name());
        }
    }
}
