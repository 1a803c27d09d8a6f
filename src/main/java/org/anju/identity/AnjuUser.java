package org.anju.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account: its role and the ids its jurisdiction is bound to. */
public final class AnjuUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Ids of what the account is bound to; which one is set depends on the role. */
    public record Binding(Long regionId, Long estateId, Long companyId, Long departmentId, Long ownerId)
            implements Serializable {
    }

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Binding binding;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final List<GrantedAuthority> authorities;

    public AnjuUser(long accountId, String username, String passwordHash, String displayName, Role role,
                    Binding binding, boolean enabled, Set<Permission> permissions) {
        this(accountId, username, passwordHash, displayName, role, binding, enabled, false, permissions);
    }

    public AnjuUser(long accountId, String username, String passwordHash, String displayName, Role role,
                    Binding binding, boolean enabled, boolean locked, Set<Permission> permissions) {
        this(accountId, username, passwordHash, displayName, role, binding, enabled, locked, false, permissions);
    }

    /** With mustChangePassword set, the account can do nothing but change its password (a temporary one). */
    public AnjuUser(long accountId, String username, String passwordHash, String displayName, Role role,
                    Binding binding, boolean enabled, boolean locked, boolean mustChangePassword,
                    Set<Permission> permissions) {
        this.mustChangePassword = mustChangePassword;
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.binding = binding;
        this.enabled = enabled;
        this.locked = locked;
        var list = new java.util.ArrayList<GrantedAuthority>();
        list.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        permissions.forEach(p -> list.add(new SimpleGrantedAuthority(p.authority())));
        this.authorities = List.copyOf(list);
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Binding binding() {
        return binding;
    }

    /** Whether the account still holds a temporary password an administrator gave it. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean can(Permission permission) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals(permission.authority()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
