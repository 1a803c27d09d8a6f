package org.anju.identity.internal.accounts;

import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;

/**
 * The 新增账号 form: a mutable bean so that a wrong field re-renders with its error. Which
 * binding field counts depends on the role: a county or administrator account takes the
 * administrator's own region, a township account the township, a community account the community.
 */
public class AccountForm {

    private String username;
    private String displayName;
    private Role role;
    private Long townshipId;
    private Long communityId;
    private Long estateId;
    private Long companyId;
    private Long departmentId;
    private Long ownerId;

    Binding binding(Long adminRegionId) {
        if (role == null) {
            return new Binding(null, null, null, null, null);
        }
        return switch (role.bindingKind()) {
            case REGION -> new Binding(switch (role) {
                case TOWNSHIP_OFFICE -> townshipId;
                case COMMUNITY -> communityId;
                default -> adminRegionId;
            }, null, null, null, null);
            case ESTATE -> new Binding(null, estateId, null, null, null);
            case COMPANY -> new Binding(null, null, companyId, null, null);
            case DEPARTMENT -> new Binding(null, null, null, departmentId, null);
            case OWNER -> new Binding(null, null, null, null, ownerId);
        };
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public void setTownshipId(Long townshipId) {
        this.townshipId = townshipId;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public void setCommunityId(Long communityId) {
        this.communityId = communityId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
