package org.anju.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.anju.platform.PageRequest;
import org.anju.region.DeliveredBuildings;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterFilter;
import org.anju.region.RegisterView.Building;
import org.anju.region.RegisterView.Estate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Estates (小区) in the caller's jurisdiction. A stable API: other departments integrate against it. */
@RestController
@RequestMapping("/api/v1/estates")
@Tag(name = "register", description = "登记册: 小区、楼栋、房屋、业主")
class EstateApi {

    /** Body of POST /api/v1/estates; longitude and latitude (WGS-84 degrees) optional, both or neither. */
    record EstateRequest(@NotBlank @Size(max = 128) String name, @NotNull Long communityId,
                         @Size(max = 256) String address, @Min(1900) @Max(2100) Integer builtYear, Boolean legacy,
                         java.math.BigDecimal longitude, java.math.BigDecimal latitude) {
    }

    private final Register register;
    private final DeliveredBuildings delivered;

    EstateApi(Register register, DeliveredBuildings delivered) {
        this.register = register;
        this.delivered = delivered;
    }

    @GetMapping
    @Operation(summary = "分页查询管辖范围内的小区")
    PageResult<Estate> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                            @RequestParam(required = false) Long townshipId,
                            @RequestParam(required = false) Long communityId,
                            @RequestParam(required = false) String keyword,
                            @RequestParam(required = false) String sort) {
        return register.estates(new RegisterFilter(townshipId, communityId, null, null, keyword, sort),
                PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "小区详情; 不存在或不在管辖范围内时为 404")
    Estate get(@PathVariable long id) {
        return register.estate(id);
    }

    @PostMapping
    @Operation(summary = "在管辖范围内的社区新增小区")
    ResponseEntity<Estate> create(@Valid @RequestBody EstateRequest body) {
        Estate created = register.createEstate(new Register.NewEstate(body.name(), body.communityId(), body.address(),
                body.builtYear(), body.legacy(), body.longitude(), body.latitude()));
        return ResponseEntity.created(URI.create("/api/v1/estates/" + created.id())).body(created);
    }

    @PostMapping("/{id}/buildings")
    @Operation(summary = "新交付楼栋登记: 按单元、层数、每层户数生成房屋, 均无业主 (开发商未售房屋); 校验不通过时不写入任何数据")
    ResponseEntity<Building> deliver(@PathVariable long id, @RequestBody DeliveredBuildings.NewBuilding body) {
        Building created = delivered.register(id, body);
        return ResponseEntity.created(URI.create("/api/v1/buildings/" + created.id())).body(created);
    }
}
