package org.anju.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Building;
import org.anju.region.RegisterView.House;
import org.anju.region.RegisterView.Owner;
import org.anju.region.RegisterView.OwnerPersonalData;
import org.anju.region.RegisterView.RegionNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions, buildings, houses and owners in the caller's jurisdiction. Stable API paths. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "register")
class RegisterApi {

    /** Body of the personal-data read: why the full value is needed. */
    record RevealRequest(@NotBlank @Size(min = 4, max = 200) String reason) {
    }

    private final Register register;

    RegisterApi(Register register) {
        this.register = register;
    }

    @GetMapping("/regions")
    @Operation(summary = "管辖范围内的行政区划树 (COUNTY|TOWNSHIP|COMMUNITY)")
    List<RegionNode> regions() {
        return register.regionTree();
    }

    @GetMapping("/buildings")
    @Operation(summary = "分页查询楼栋")
    PageResult<Building> buildings(@RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size,
                                   @RequestParam(required = false) Long townshipId,
                                   @RequestParam(required = false) Long estateId,
                                   @RequestParam(required = false) String keyword) {
        return register.buildings(new RegisterFilter(townshipId, null, estateId, null, keyword, null),
                PageRequest.of(page, size));
    }

    @GetMapping("/buildings/{id}")
    Building building(@PathVariable long id) {
        return register.building(id);
    }

    @GetMapping("/houses")
    @Operation(summary = "分页查询房屋")
    PageResult<House> houses(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                             @RequestParam(required = false) Long townshipId,
                             @RequestParam(required = false) Long estateId,
                             @RequestParam(required = false) Long buildingId,
                             @RequestParam(required = false) String keyword) {
        return register.houses(new RegisterFilter(townshipId, null, estateId, buildingId, keyword, null),
                PageRequest.of(page, size));
    }

    @GetMapping("/houses/{id}")
    House house(@PathVariable long id) {
        return register.house(id);
    }

    @GetMapping("/owners")
    @Operation(summary = "分页查询业主 (证件号码与电话脱敏)")
    PageResult<Owner> owners(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                             @RequestParam(required = false) Long townshipId,
                             @RequestParam(required = false) Long estateId,
                             @RequestParam(required = false) String keyword) {
        return register.owners(new RegisterFilter(townshipId, null, estateId, null, keyword, null),
                PageRequest.of(page, size));
    }

    @GetMapping("/owners/{id}")
    Owner owner(@PathVariable long id) {
        return register.owner(id);
    }

    @PostMapping("/owners/{id}/personal-data")
    @Operation(summary = "查看一位业主的完整证件号码和电话 (需说明理由, 记入审计)")
    OwnerPersonalData reveal(@PathVariable long id, @Valid @RequestBody RevealRequest body) {
        return register.revealOwner(id, body.reason());
    }
}
