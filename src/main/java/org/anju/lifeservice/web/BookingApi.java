package org.anju.lifeservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.anju.lifeservice.BookingStatus;
import org.anju.lifeservice.Bookings;
import org.anju.lifeservice.LifeView.Booking;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bookings: one-step booking, the provider's steps, cancellation, no-show and rating. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "lifeservice", description = "生活服务预约: 一键预约、受理、派单、完成、取消、未到场、评价")
class BookingApi {

    /** Body of POST /api/v1/bookings. */
    record BookingRequest(Long serviceId, Long houseId, Long elderlyId, OffsetDateTime slotStart,
                          OffsetDateTime slotEnd, String note) {
    }

    /** Body of POST /api/v1/bookings/{id}/schedule. */
    record ScheduleRequest(OffsetDateTime at, String worker) {
    }

    /** Body of POST /api/v1/bookings/{id}/complete. */
    record CompleteRequest(BigDecimal quantity) {
    }

    /** Body of POST /api/v1/bookings/{id}/cancel and /decline. */
    record ReasonRequest(String reason) {
    }

    /** Body of POST /api/v1/bookings/{id}/rating. */
    record RatingRequest(Integer rating, String comment) {
    }

    private final Bookings bookings;

    BookingApi(Bookings bookings) {
        this.bookings = bookings;
    }

    @PostMapping
    @Operation(summary = "一键预约 (地址取自房屋; 社区仅可为已登记同意的老年住户预约)")
    ResponseEntity<Booking> book(@RequestBody BookingRequest body) {
        Booking b = bookings.book(new Bookings.NewBooking(body.serviceId(), body.houseId(), body.elderlyId(),
                body.slotStart(), body.slotEnd(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/bookings/" + b.id())).body(b);
    }

    @GetMapping
    @Operation(summary = "分页查询预约 (服务商的日程: from/to 日期)")
    PageResult<Booking> list(@RequestParam(required = false) Long estateId, @RequestParam(required = false) Long houseId,
                             @RequestParam(required = false) BookingStatus status,
                             @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return bookings.list(estateId, houseId, status, from, to, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "预约详情; 不在管辖范围内为 404")
    Booking get(@PathVariable long id) {
        return bookings.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "服务商受理")
    Booking accept(@PathVariable long id) {
        return bookings.accept(id);
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "服务商派单 (时间、人员)")
    Booking schedule(@PathVariable long id, @RequestBody ScheduleRequest body) {
        return bookings.schedule(id, body.at(), body.worker());
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "服务商完成: 收费 = 目录价 × 数量")
    Booking complete(@PathVariable long id, @RequestBody CompleteRequest body) {
        return bookings.complete(id, body.quantity());
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "服务商拒绝 (须说明理由)")
    Booking decline(@PathVariable long id, @RequestBody ReasonRequest body) {
        return bookings.decline(id, body.reason());
    }

    @PostMapping("/{id}/no-show")
    @Operation(summary = "服务商记录未到场 (预约开始后)")
    Booking noShow(@PathVariable long id) {
        return bookings.noShow(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "取消: 预约人须在开始前 2 小时以上; 服务商须说明理由")
    Booking cancel(@PathVariable long id, @RequestBody(required = false) ReasonRequest body) {
        return bookings.cancel(id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "预约人评价已完成的服务 (1-5 星, 一次)")
    Booking rate(@PathVariable long id, @RequestBody RatingRequest body) {
        return bookings.rate(id, body.rating(), body.comment());
    }
}
