package org.anju.region;

import java.math.BigDecimal;
import java.util.List;

/** What the register returns: records shaped for the API and the pages, personal data masked. */
public final class RegisterView {

    private RegisterView() {
    }

    /** A node of the region tree. */
    public record RegionNode(long id, String name, RegionLevel level, String code, List<RegionNode> children) {
    }

    /** A region as a filter option. */
    public record RegionOption(long id, String name, RegionLevel level, Long parentId) {
    }

    /** 小区, with its place in the tree, its size and its position (WGS-84 degrees; null when not recorded). */
    public record Estate(long id, String name, long townshipId, String townshipName, long communityId,
                         String communityName, String address, Integer builtYear, boolean legacy, long buildings,
                         long houses, BigDecimal totalArea, BigDecimal longitude, BigDecimal latitude) {
    }

    /** 楼栋 */
    public record Building(long id, long estateId, String estateName, String name, Integer floors, boolean hasLift,
                           long houses, BigDecimal totalArea) {
    }

    /** 房屋, with its owners' names. */
    public record House(long id, long estateId, String estateName, long buildingId, String buildingName,
                        String section, String number, BigDecimal exclusiveArea, HouseUse use, Integer builtYear,
                        boolean hasFundAccount, List<OwnerRef> owners) {
    }

    /** An owner as shown beside a house. */
    public record OwnerRef(long id, String name) {
    }

    /** 业主, ID number and phone masked. */
    public record Owner(long id, OwnerKind kind, String name, String idNumber, String phone, long houses) {
    }

    /** The full personal data of one owner, returned only by an audited read with a reason. */
    public record OwnerPersonalData(long id, String name, String idNumber, String phone) {
    }

    /** Register counts of one township, for the county dashboard. */
    public record TownshipCount(long townshipId, String townshipName, long estates, long buildings, long houses,
                                long owners, BigDecimal totalArea) {
    }

    /** How {@code Register.estateCounts} groups the estates. */
    public enum EstateGrouping {
        TOWNSHIP, COMMUNITY, ESTATE
    }

    /**
     * A group of estates (a township, a community, or one estate) with how many estates it has and how many
     * of them meet each condition asked, in the order asked; the parent is the township of a community and the
     * community of an estate.
     */
    public record EstateGroup(long id, String name, Long parentId, String parentName, long estates, List<Long> met) {
    }

    /** The whole scope's counts on one date (a point of a trend). */
    public record DatedCount(java.time.LocalDate asOf, long estates, List<Long> met) {
    }
}
