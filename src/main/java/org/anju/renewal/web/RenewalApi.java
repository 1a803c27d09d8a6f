package org.anju.renewal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.renewal.OldEstates;
import org.anju.renewal.RenewalView.AreaDetail;
import org.anju.renewal.RenewalView.Funding;
import org.anju.renewal.RenewalView.OldEstate;
import org.anju.renewal.RenewalView.ServiceArea;
import org.anju.renewal.RenewalView.Settings;
import org.anju.renewal.RenovationStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Old estates: renovation, service areas of about 30 000 m², service stations and their funding (plan §20). */
@RestController
@RequestMapping("/api/v1/renewal")
@Tag(name = "renewal", description = "老旧小区改造与物业服务站")
class RenewalApi {

    private final OldEstates old;

    RenewalApi(OldEstates old) {
        this.old = old;
    }

    @GetMapping("/estates")
    @Operation(summary = "管辖范围内的老旧小区及其改造情况 (分页)")
    PageResult<OldEstate> estates(@RequestParam(required = false) RenovationStatus status,
                                  @RequestParam(required = false) String text,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return old.estates(status, text, PageRequest.of(page, size));
    }

    @GetMapping("/estates/{estateId}")
    @Operation(summary = "一个小区的改造情况和所属物业服务区域")
    OldEstate estate(@PathVariable long estateId) {
        return old.estate(estateId);
    }

    @PutMapping("/estates/{estateId}")
    @Operation(summary = "县或乡镇登记改造 (状态、年度、内容、建筑面积) 并划入本乡镇的物业服务区域")
    OldEstate renovate(@PathVariable long estateId, @RequestBody OldEstates.RenovationForm body) {
        return old.renovate(estateId, body);
    }

    @GetMapping("/service-areas")
    @Operation(summary = "物业服务区域及服务站, 面积与约3万平方米标准的比较")
    PageResult<ServiceArea> areas(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return old.areas(PageRequest.of(page, size));
    }

    @PostMapping("/service-areas")
    @Operation(summary = "乡镇 (或县指定乡镇) 设立物业服务区域和服务站")
    ResponseEntity<ServiceArea> createArea(@RequestBody OldEstates.AreaForm body) {
        ServiceArea a = old.createArea(body);
        return ResponseEntity.created(URI.create("/api/v1/renewal/service-areas/" + a.id())).body(a);
    }

    @GetMapping("/service-areas/{id}")
    @Operation(summary = "服务区域的小区、面积检查和各来源经费 (元)")
    AreaDetail area(@PathVariable long id) {
        return old.area(id);
    }

    @PutMapping("/service-areas/{id}")
    @Operation(summary = "修改服务区域名称和服务站")
    ServiceArea updateArea(@PathVariable long id, @RequestBody OldEstates.AreaForm body) {
        return old.updateArea(id, body);
    }

    @PostMapping("/service-areas/{id}/funding")
    @Operation(summary = "登记服务站经费: 县级、乡镇、居民、维修资金增值收益 (元)")
    ResponseEntity<Funding> fund(@PathVariable long id, @RequestBody OldEstates.FundingForm body) {
        Funding f = old.fund(id, body);
        return ResponseEntity.created(URI.create("/api/v1/renewal/service-areas/" + id)).body(f);
    }

    @GetMapping("/settings")
    @Operation(summary = "服务区域面积标准 (默认3万平方米, 偏差20%)")
    Settings settings() {
        return old.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "县住建局修改服务区域面积标准")
    Settings saveSettings(@RequestBody OldEstates.SettingsForm body) {
        return old.saveSettings(body);
    }
}
