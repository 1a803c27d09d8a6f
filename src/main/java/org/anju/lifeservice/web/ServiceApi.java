package org.anju.lifeservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.anju.lifeservice.Bookings;
import org.anju.lifeservice.LifeView.Elderly;
import org.anju.lifeservice.LifeView.Service;
import org.anju.lifeservice.LifeView.Stat;
import org.anju.lifeservice.ServiceCatalogue;
import org.anju.lifeservice.ServiceCategory;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The life-service catalogue, elderly residents with consent, and booking statistics. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "lifeservice", description = "生活服务: 服务目录 (公示)、老年住户登记、统计")
class ServiceApi {

    /** Body of POST /api/v1/services. */
    record ServiceRequest(Long estateId, ServiceCategory category, String name, String provider, BigDecimal price,
                          String unit, String hours, String areaServed) {
    }

    /** Body of PUT /api/v1/services/{id}/published. */
    record PublishRequest(Boolean published) {
    }

    /** Body of POST /api/v1/services/elderly. */
    record ElderlyRequest(Long houseId, String name, LocalDate consentOn, String consentNote) {
    }

    private final ServiceCatalogue catalogue;
    private final Bookings bookings;

    ServiceApi(ServiceCatalogue catalogue, Bookings bookings) {
        this.catalogue = catalogue;
        this.bookings = bookings;
    }

    @GetMapping
    @Operation(summary = "分页查询生活服务目录")
    PageResult<Service> list(@RequestParam(required = false) Long estateId,
                             @RequestParam(required = false) ServiceCategory category,
                             @RequestParam(required = false) Boolean published,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalogue.list(estateId, category, published, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "服务目录项; 不在管辖范围内为 404")
    Service get(@PathVariable long id) {
        return catalogue.get(id);
    }

    @PostMapping
    @Operation(summary = "物业服务企业为所服务小区新增服务 (含合作商家): 价格、单位、时间、服务范围")
    ResponseEntity<Service> add(@RequestBody ServiceRequest body) {
        Service s = catalogue.add(new ServiceCatalogue.NewService(body.estateId(), body.category(), body.name(),
                body.provider(), body.price(), body.unit(), body.hours(), body.areaServed()));
        return ResponseEntity.created(URI.create("/api/v1/services/" + s.id())).body(s);
    }

    @PutMapping("/{id}/published")
    @Operation(summary = "上架或下架 (下架后不再公示、不可预约)")
    Service publish(@PathVariable long id, @RequestBody PublishRequest body) {
        return catalogue.publish(id, body.published());
    }

    @GetMapping("/elderly")
    @Operation(summary = "一套房屋登记的老年住户")
    List<Elderly> elderly(@RequestParam long houseId) {
        return bookings.elderly(houseId);
    }

    @PostMapping("/elderly")
    @Operation(summary = "登记老年住户及其本人 (或监护人) 同意, 供家属或社区代为预约")
    Elderly registerElderly(@RequestBody ElderlyRequest body) {
        return bookings.registerElderly(body.houseId(), body.name(), body.consentOn(), body.consentNote());
    }

    @GetMapping("/stats")
    @Operation(summary = "按小区或服务商统计预约、完成率、评价")
    List<Stat> stats(@RequestParam(defaultValue = "ESTATE") Bookings.StatsBy by,
                     @RequestParam(required = false) Long estateId, @RequestParam(required = false) Integer days) {
        return bookings.stats(by, estateId, days);
    }
}
