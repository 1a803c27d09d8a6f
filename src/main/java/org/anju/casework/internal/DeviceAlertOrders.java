package org.anju.casework.internal;

import org.anju.casework.Complaints;
import org.anju.casework.Urgency;
import org.anju.iot.AlertOpened;
import org.anju.iot.Alerts;
import org.anju.iot.DeviceKind;
import org.anju.iot.Severity;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An opened device alert becomes a work order (plan §14, §15: 智慧派单), dispatched by the county's duty list like
 * any complaint: a lift to whoever the LIFT rule names (the property company in the demo), with the device's
 * maintenance contractor named in the order for the receiver to call out, fire devices to FIRE_EQUIPMENT's body (消防), water devices
 * to WATER's. Runs after the alert's transaction commits, from the persisted event publication, so a failure here
 * never loses a reading and is retried at the next start; the order's id is linked back to the alert, which
 * records the alert-to-order time.
 */
@Component
class DeviceAlertOrders {

    private final Complaints complaints;
    private final Alerts alerts;

    DeviceAlertOrders(Complaints complaints, Alerts alerts) {
        this.complaints = complaints;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(AlertOpened alert) {
        long order = complaints.fileFromDevice(alert.estateId(), category(alert.deviceKind()), urgency(alert.severity()),
                "设备告警 " + alert.code() + "：设备 " + alert.deviceCode() + "（" + kindName(alert.deviceKind()) + "）"
                        + (alert.maintainer() == null ? "" : "；维保单位 " + alert.maintainer() + "，请同时通知其到场"),
                alert.buildingId() == null ? null : "楼栋 " + alert.buildingId());
        alerts.linkWorkOrder(alert.alertId(), order);
    }

    static String category(DeviceKind kind) {
        return switch (kind) {
            case LIFT -> "LIFT";
            case FIRE_PANEL, SMOKE_DETECTOR, HYDRANT_PRESSURE, FIRE_PUMP -> "FIRE_EQUIPMENT";
            case WATER_TANK, SECONDARY_PUMP, PRESSURE -> "WATER";
        };
    }

    /** A trapped passenger, a fire alarm or a serious fault is counted in hours; a low tank or a silent device in days. */
    static Urgency urgency(Severity severity) {
        return severity == Severity.HIGH || severity == Severity.CRITICAL ? Urgency.URGENT : Urgency.GENERAL;
    }

    private static String kindName(DeviceKind kind) {
        return switch (kind) {
            case LIFT -> "电梯";
            case FIRE_PANEL -> "火灾报警控制器";
            case SMOKE_DETECTOR -> "烟感";
            case HYDRANT_PRESSURE -> "消火栓水压";
            case FIRE_PUMP -> "消防泵";
            case WATER_TANK -> "水箱液位";
            case SECONDARY_PUMP -> "二次供水泵";
            case PRESSURE -> "管网压力";
        };
    }
}
