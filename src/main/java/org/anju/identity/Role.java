package org.anju.identity;

import java.util.EnumSet;
import java.util.Set;

/** Who an account acts as. Each role is bound to one kind of jurisdiction. */
public enum Role {
    /** 县住建局 (county property authority): the whole county; sets standards, approves, publishes. */
    COUNTY_AUTHORITY(EnumSet.allOf(Permission.class)),
    /** 乡镇办 (township office): its township; forms committees, supervises projects, imports registers. */
    TOWNSHIP_OFFICE(EnumSet.of(Permission.REGISTER_READ, Permission.REGISTER_WRITE, Permission.PERSONAL_DATA_REVEAL)),
    /** 社区 (community): its community's estates. */
    COMMUNITY(EnumSet.of(Permission.REGISTER_READ, Permission.REGISTER_WRITE, Permission.PERSONAL_DATA_REVEAL)),
    /** 业委会 or 物管会: its estate, read only in the register. */
    OWNERS_COMMITTEE(EnumSet.of(Permission.REGISTER_READ)),
    /** 物业服务企业: the estates of its active projects, read only in the register. */
    PROPERTY_COMPANY(EnumSet.of(Permission.REGISTER_READ)),
    /** 城管、公安、消防、市场监管… : the work dispatched to it; no register data. */
    DEPARTMENT(EnumSet.noneOf(Permission.class)),
    /** 业主: its own houses. */
    OWNER(EnumSet.of(Permission.REGISTER_READ));

    private final Set<Permission> defaults;

    Role(Set<Permission> defaults) {
        this.defaults = defaults;
    }

    /** The permissions this role has unless the county changes them. */
    public Set<Permission> defaultPermissions() {
        return EnumSet.copyOf(defaults.isEmpty() ? EnumSet.noneOf(Permission.class) : defaults);
    }

    /** Message key of the role's Chinese/English name. */
    public String messageKey() {
        return "role." + name();
    }
}
