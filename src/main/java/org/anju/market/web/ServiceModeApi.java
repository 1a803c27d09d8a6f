package org.anju.market.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.market.ServiceMode;
import org.anju.market.ServiceModeView.EstateMode;
import org.anju.market.ServiceModeView.Period;
import org.anju.market.ServiceModes;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 物业服务形式: each estate's current mode, its history, and changes, within the caller's jurisdiction. */
@RestController
@Tag(name = "service-modes", description = "物业服务形式")
class ServiceModeApi {

    /** Body of POST /api/v1/estates/{id}/service-modes. */
    record ChangeRequest(@NotNull ServiceMode mode, LocalDate from, Long companyId, @Size(max = 500) String note,
                         Long areaId) {
    }

    private final ServiceModes modes;

    ServiceModeApi(ServiceModes modes) {
        this.modes = modes;
    }

    @GetMapping("/api/v1/service-modes")
    @Operation(summary = "分页查询管辖范围内各小区的当前物业服务形式")
    PageResult<EstateMode> list(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) Long townshipId,
                                @RequestParam(required = false) Long communityId,
                                @RequestParam(required = false) Long estateId,
                                @RequestParam(required = false) ServiceMode mode) {
        return modes.estates(townshipId, communityId, estateId, mode, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/estates/{id}/service-modes")
    @Operation(summary = "小区 (或其一个物业管理区域 areaId) 物业服务形式的历史, 当前一段在前")
    List<Period> history(@PathVariable long id, @RequestParam(required = false) Long areaId) {
        return modes.history(id, areaId);
    }

    @PostMapping("/api/v1/estates/{id}/service-modes")
    @Operation(summary = "变更物业管理区域的物业服务形式: 结束当前一段, 开始新的一段; 小区分为多个区域时须给 areaId")
    ResponseEntity<Period> change(@PathVariable long id, @Valid @RequestBody ChangeRequest body) {
        Period created = modes.change(id, new ServiceModes.Change(body.mode(), body.from(), body.companyId(),
                body.note(), body.areaId()));
        return ResponseEntity.created(URI.create("/api/v1/estates/" + id + "/service-modes")).body(created);
    }
}
