package org.anju.identity.internal.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 角色权限: the role × permission matrix, one form per role; the editor's own role is shown but locked. */
@Controller
class RolesPage {

    private final RolePermissions roles;

    RolesPage(RolePermissions roles) {
        this.roles = roles;
    }

    @GetMapping("/console/system/roles")
    String matrix(Model model) {
        Access.require(Permission.PERMISSION_ADMIN);
        model.addAttribute("matrix", roles.matrix());
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("permissions", List.of(Permission.values()));
        model.addAttribute("ownRole", Access.me().role());
        return "system/roles";
    }

    @PostMapping("/console/system/roles")
    String save(@RequestParam Role role, @RequestParam(name = "permission", required = false) List<Permission> checked,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Set<Permission> permissions = checked == null || checked.isEmpty()
                ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(checked);
        try {
            boolean changed = roles.set(role, permissions);
            redirect.addFlashAttribute("flash", changed ? "roles.saved" : "roles.unchanged");
            redirect.addFlashAttribute("flashRole", role);
            return "redirect:/console/system/roles";
        } catch (RolePermissions.OwnRoleException e) {
            response.setStatus(403);
            model.addAttribute("error", "roles.ownRole");
            return matrix(model);
        }
    }
}
