package org.anju.iot;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the iot module returns: devices, their state and readings, alerts, rules, and the live board. */
public final class IotView {

    private IotView() {
    }

    /** A registered device with its place; the secret is never returned. */
    public record Device(long id, String code, DeviceKind kind, String name, long estateId, String estateName,
                         Long buildingId, String buildingName, String townshipName, String communityName,
                         String maintainer, LocalDate installedOn, OffsetDateTime createdAt) {
    }

    /** A device's latest state: what it last said, when, and whether it is online by its kind's offline rule. */
    public record State(String code, DeviceKind kind, boolean online, OffsetDateTime lastTs, OffsetDateTime lastSeen,
                        Map<String, BigDecimal> metrics, List<String> events, long readings, List<Alert> openAlerts) {
    }

    /** One stored reading. */
    public record Reading(OffsetDateTime ts, Map<String, BigDecimal> metrics, List<String> events) {
    }

    /** An alert; workOrderId and linkMillis are set once the casework module links its work order. */
    public record Alert(long id, String deviceCode, DeviceKind kind, String deviceName, long estateId,
                        String estateName, String code, Severity severity, AlertStatus status,
                        OffsetDateTime openedAt, OffsetDateTime updatedAt, OffsetDateTime closedAt, int occurrences,
                        BigDecimal lastValue, Long workOrderId, Long linkMillis) {
    }

    /** An alert rule of a device kind, as the county edits it. */
    public record Rule(long id, DeviceKind kind, String code, RuleType type, String metric, String operator,
                       BigDecimal threshold, String eventCode, Integer offlineMinutes, Severity severity,
                       boolean enabled) {
    }

    /** Outcome of one accepted reading. */
    public record Accepted(String deviceCode, OffsetDateTime ts, List<Long> openedAlerts, List<Long> closedAlerts) {
    }

    /** The live board's figures for the caller's jurisdiction or one estate. */
    public record Board(long devices, long online, long offline, Map<Severity, Long> openBySeverity,
                        List<Alert> openAlerts, List<DeviceLine> devicesList) {
    }

    /** A row of the board's device list. */
    public record DeviceLine(String code, DeviceKind kind, String name, String estateName, boolean online,
                             OffsetDateTime lastSeen, int openAlerts) {
    }
}
