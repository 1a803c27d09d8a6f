package org.anju.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.anju.calendar.DayKind;
import org.anju.calendar.SpecialDay;
import org.anju.calendar.WorkingCalendar;
import org.anju.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar: anyone signed in reads it; the county authority edits it. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日历: 法定节假日与调休上班日")
class CalendarApi {

    record DayRequest(DayKind kind, String name) {
    }

    record YearRequest(Integer year, String source) {
    }

    record Deadline(LocalDate received, int workingDays, LocalDate deadline) {
    }

    private final WorkingCalendar calendar;

    CalendarApi(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "某年的节假日与调休上班日; entered=false 表示当年安排尚未录入 (只按周末计算)")
    WorkingCalendar.Year year(@PathVariable int year) {
        return calendar.year(year);
    }

    @PostMapping("/years")
    @Operation(summary = "登记某年国务院节假日安排已录入 (县住建局)")
    WorkingCalendar.Year enterYear(@RequestBody YearRequest body) {
        if (body == null || body.year() == null) {
            throw InvalidRequestException.field("year", "calendar.error.year");
        }
        return calendar.enterYear(body.year(), body.source());
    }

    @PutMapping("/days/{day}")
    @Operation(summary = "设置某日为节假日或调休上班日 (县住建局)")
    SpecialDay set(@PathVariable LocalDate day, @RequestBody DayRequest body) {
        return calendar.set(day, body == null ? null : body.kind(), body == null ? null : body.name());
    }

    @DeleteMapping("/days/{day}")
    @Operation(summary = "取消某日的特殊安排, 恢复按星期计算 (县住建局)")
    ResponseEntity<Void> clear(@PathVariable LocalDate day) {
        return calendar.clear(day) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/deadline")
    @Operation(summary = "计算期限: 自收到之日的次一工作日起算的第 n 个工作日")
    Deadline deadline(@RequestParam LocalDate received, @RequestParam int workingDays) {
        if (workingDays < 0 || workingDays > 365) {
            throw InvalidRequestException.field("workingDays", "calendar.error.workingDays");
        }
        return new Deadline(received, workingDays, calendar.deadline(received, workingDays));
    }
}
