package org.anju.lifeservice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.anju.lifeservice.LifeSettings;
import org.anju.identity.CountyLimits.Limit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The county's booking limits (issue 12): read by anyone signed in, changed by the county, audited. */
@RestController
@RequestMapping("/api/v1/bookings/limits")
@Tag(name = "lifeservice")
class BookingLimitApi {

    /** Body of PUT /api/v1/bookings/limits/{name}. */
    record LimitRequest(Integer value) {
    }

    private final LifeSettings settings;

    BookingLimitApi(LifeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "预约规则参数 (县定, 出厂默认值)")
    List<Limit> limits() {
        return settings.all();
    }

    @PutMapping("/{name}")
    @Operation(summary = "县住建局修改预约规则参数 (留痕)")
    List<Limit> change(@PathVariable String name, @RequestBody LimitRequest body) {
        return settings.change(name, body.value());
    }
}
