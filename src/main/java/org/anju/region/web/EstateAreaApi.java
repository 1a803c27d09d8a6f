package org.anju.region.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.anju.region.ManagementAreas;
import org.anju.region.ManagementAreas.Area;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 物业管理区域 of an estate: listed by whoever sees the estate, split by the township or county (decision 0027). */
@RestController
@RequestMapping("/api/v1/estates/{estateId}/areas")
@Tag(name = "register", description = "登记册: 小区、楼栋、房屋、业主")
class EstateAreaApi {

    /** Body of create and rename. */
    record AreaName(@NotBlank @Size(max = 128) String name) {
    }

    /** Body of a move: the buildings of the estate that join the area. */
    record Move(@NotEmpty @Size(max = 500) List<Long> buildingIds) {
    }

    private final ManagementAreas areas;

    EstateAreaApi(ManagementAreas areas) {
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "小区的物业管理区域及其楼栋")
    List<Area> list(@PathVariable long estateId) {
        return areas.areas(estateId);
    }

    @GetMapping("/{areaId}")
    @Operation(summary = "一个物业管理区域及其楼栋; 不属于该小区或不在管辖范围内为 404")
    Area get(@PathVariable long estateId, @PathVariable long areaId) {
        return areas.area(estateId, areaId);
    }

    @PostMapping
    @Operation(summary = "新增物业管理区域 (乡镇办或县住建局)")
    ResponseEntity<Area> create(@PathVariable long estateId, @Valid @RequestBody AreaName body) {
        Area created = areas.create(estateId, body.name());
        return ResponseEntity.created(URI.create("/api/v1/estates/" + estateId + "/areas/" + created.id()))
                .body(created);
    }

    @PutMapping("/{areaId}")
    @Operation(summary = "物业管理区域更名")
    Area rename(@PathVariable long estateId, @PathVariable long areaId, @Valid @RequestBody AreaName body) {
        return areas.rename(estateId, areaId, body.name());
    }

    @PostMapping("/{areaId}/buildings")
    @Operation(summary = "把本小区的楼栋划入该物业管理区域; 不能清空已有业委会、业主大会、表决或服务方式的区域")
    Area move(@PathVariable long estateId, @PathVariable long areaId, @Valid @RequestBody Move body) {
        return areas.moveBuildings(estateId, areaId, body.buildingIds());
    }

    @DeleteMapping("/{areaId}")
    @Operation(summary = "删除没有楼栋且未被使用的物业管理区域; 小区至少保留一个")
    ResponseEntity<Void> remove(@PathVariable long estateId, @PathVariable long areaId) {
        areas.remove(estateId, areaId);
        return ResponseEntity.noContent().build();
    }
}
