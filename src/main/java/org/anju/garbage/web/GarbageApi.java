package org.anju.garbage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.garbage.GarbageSorting;
import org.anju.garbage.GarbageView.Check;
import org.anju.garbage.GarbageView.ClearanceLog;
import org.anju.garbage.GarbageView.Coverage;
import org.anju.garbage.GarbageView.Site;
import org.anju.garbage.SortingStatus;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Garbage sorting per estate: set-up, daily clearance checks and coverage (plan §21). */
@RestController
@RequestMapping("/api/v1/garbage")
@Tag(name = "garbage", description = "垃圾分类")
class GarbageApi {

    private final GarbageSorting garbage;

    GarbageApi(GarbageSorting garbage) {
        this.garbage = garbage;
    }

    @GetMapping("/sites")
    @Operation(summary = "管辖范围内各小区的垃圾分类设置 (分页; 未设置的小区为 NONE)")
    PageResult<Site> list(@RequestParam(required = false) SortingStatus status,
                          @RequestParam(required = false) Long townshipId, @RequestParam(required = false) String text,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return garbage.list(status, townshipId, text, PageRequest.of(page, size));
    }

    @GetMapping("/sites/{estateId}")
    @Operation(summary = "一个小区的分类垃圾桶、转运、督导员和试点状态")
    Site get(@PathVariable long estateId) {
        return garbage.get(estateId);
    }

    @PutMapping("/sites/{estateId}")
    @Operation(summary = "县、乡镇、社区或服务该小区的物业企业登记垃圾分类设置")
    Site save(@PathVariable long estateId, @RequestBody GarbageSorting.SiteForm body) {
        return garbage.save(estateId, body);
    }

    @GetMapping("/sites/{estateId}/checks")
    @Operation(summary = "清运检查记录、漏检或未清运的日期和清运率 (默认近30天)")
    ClearanceLog checks(@PathVariable long estateId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return garbage.clearance(estateId, from, to);
    }

    @PostMapping("/sites/{estateId}/checks")
    @Operation(summary = "社区或物业企业记录当日清运检查 (每小区每天一次, 日产日清)")
    ResponseEntity<Check> check(@PathVariable long estateId, @RequestBody GarbageSorting.CheckForm body) {
        Check c = garbage.check(estateId, body);
        return ResponseEntity.created(URI.create("/api/v1/garbage/sites/" + estateId + "/checks")).body(c);
    }

    @GetMapping("/coverage")
    @Operation(summary = "垃圾分类覆盖率: 县按乡镇, 其他按社区")
    List<Coverage> coverage() {
        return garbage.coverage();
    }
}
