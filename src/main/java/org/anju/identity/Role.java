package org.anju.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who an account acts as. Each role is bound to one kind of jurisdiction; its permissions are
 * read from idn_role_permission at login, seeded with {@link #defaultPermissions()}.
 */
public enum Role {
    /** 县住建局 (county property authority): the whole county; sets standards, approves, publishes. */
    COUNTY_AUTHORITY(EnumSet.of(Permission.REGISTER_READ, Permission.REGISTER_WRITE, Permission.PERSONAL_DATA_REVEAL,
            Permission.AUDIT_READ, Permission.METRICS_READ)),
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
    OWNER(EnumSet.of(Permission.REGISTER_READ)),
    /**
     * 系统管理员: bound to a region (for the region tree of its forms), manages accounts and the
     * permissions of roles, and sees no register data (separation of duties, decision 0005).
     */
    ADMINISTRATOR(EnumSet.of(Permission.ACCOUNT_ADMIN, Permission.PERMISSION_ADMIN));

    private final Set<Permission> defaults;

    Role(Set<Permission> defaults) {
        this.defaults = defaults;
    }

    /** The permissions this role has unless the county changes them (the seed of idn_role_permission). */
    public Set<Permission> defaultPermissions() {
        return EnumSet.copyOf(defaults.isEmpty() ? EnumSet.noneOf(Permission.class) : defaults);
    }

    /** Message key of the role's Chinese/English name. */
    public String messageKey() {
        return "role." + name();
    }

    /** Which binding an account of this role needs. */
    public BindingKind bindingKind() {
        return switch (this) {
            case COUNTY_AUTHORITY, TOWNSHIP_OFFICE, COMMUNITY, ADMINISTRATOR -> BindingKind.REGION;
            case OWNERS_COMMITTEE -> BindingKind.ESTATE;
            case PROPERTY_COMPANY -> BindingKind.COMPANY;
            case DEPARTMENT -> BindingKind.DEPARTMENT;
            case OWNER -> BindingKind.OWNER;
        };
    }

    /** The one thing an account is bound to, by role. */
    public enum BindingKind {
        /** A county, township or community. */
        REGION,
        /** An estate (owners' committee). */
        ESTATE,
        /** A property company. */
        COMPANY,
        /** A department of the county. */
        DEPARTMENT,
        /** An owner in the register. */
        OWNER
    }
}
