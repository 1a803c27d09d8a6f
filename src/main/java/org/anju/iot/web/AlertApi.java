package org.anju.iot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.anju.iot.AlertStatus;
import org.anju.iot.Alerts;
import org.anju.iot.DeviceKind;
import org.anju.iot.IotView.Alert;
import org.anju.iot.IotView.Rule;
import org.anju.iot.Severity;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alerts of the devices in the caller's jurisdiction, and the county's alert rules per device kind. */
@RestController
@RequestMapping("/api/v1/iot")
@Tag(name = "iot", description = "智慧物业: 电梯、消防、供水设备及其读数")
class AlertApi {

    /** Body of PUT /api/v1/iot/rules/{id}: null leaves a value as it is. */
    record RuleRequest(BigDecimal threshold, Integer offlineMinutes, Severity severity, Boolean enabled) {
    }

    private final Alerts alerts;

    AlertApi(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/alerts")
    @Operation(summary = "分页查询告警 (未关闭在前, 按严重程度); workOrderId 为生成的工单")
    PageResult<Alert> list(@RequestParam(required = false) AlertStatus status,
                           @RequestParam(required = false) String deviceCode,
                           @RequestParam(required = false) Long estateId,
                           @RequestParam(required = false) Severity severity,
                           @RequestParam(required = false) DeviceKind kind,
                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return alerts.list(status, deviceCode, estateId, severity, kind, PageRequest.of(page, size));
    }

    @GetMapping("/rules")
    @Operation(summary = "各类设备的告警规则 (阈值、事件、离线分钟数、严重程度)")
    List<Rule> rules() {
        return alerts.rules();
    }

    @PutMapping("/rules/{id}")
    @Operation(summary = "县住建局修改告警规则")
    Rule change(@PathVariable long id, @RequestBody RuleRequest body) {
        return alerts.changeRule(id, new Alerts.RuleChange(body.threshold(), body.offlineMinutes(), body.severity(),
                body.enabled()));
    }
}
