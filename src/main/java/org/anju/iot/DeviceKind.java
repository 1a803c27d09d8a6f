package org.anju.iot;

/** What a device watches; each kind has its own metrics, event codes and alert rules (docs/iot.md). */
public enum DeviceKind {
    /** 电梯: metrics floor, speed; events TRAPPED, FAULT, DOOR_FAULT. */
    LIFT,
    /** 消防报警主机: events FIRE_ALARM, FAULT, POWER_FAILURE. */
    FIRE_PANEL,
    /** 独立式烟感: metric battery (%); event SMOKE. */
    SMOKE_DETECTOR,
    /** 消火栓/喷淋管网压力: metric pressure (MPa). */
    HYDRANT_PRESSURE,
    /** 消防水泵: metric outletPressure (MPa); event PUMP_FAULT. */
    FIRE_PUMP,
    /** 水箱/水池液位: metric level (%). */
    WATER_TANK,
    /** 二次供水泵: metric outletPressure (MPa); event PUMP_FAULT. */
    SECONDARY_PUMP,
    /** 供水管网压力: metric pressure (MPa). */
    PRESSURE;

    /** Message key of the kind's name. */
    public String messageKey() {
        return "iot.kind." + name();
    }
}
