package org.anju.region;

/** A level of the administrative tree. The same schema serves a county, a city or a province. */
public enum RegionLevel {
    /** 省 */
    PROVINCE,
    /** 市 */
    CITY,
    /** 县 (Taiqian is one: code 410927) */
    COUNTY,
    /** 乡镇办: 乡, 镇, 街道办事处 or 管委会 */
    TOWNSHIP,
    /** 社区 (居委会), the parent of estates */
    COMMUNITY
}
