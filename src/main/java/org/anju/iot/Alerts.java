package org.anju.iot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.iot.IotView.Alert;
import org.anju.iot.IotView.Rule;
import org.anju.iot.internal.AlertStore;
import org.anju.iot.internal.IotJobs;
import org.anju.iot.internal.RuleBook;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts' public API: the list within the caller's jurisdiction, the link from an alert to the work order
 * the casework module made of it (measuring the alert-to-order time), the county's rules per device kind
 * and readings retention (county authority only, audited), and offline detection on demand.
 */
@Service
@Transactional(readOnly = true)
public class Alerts {

    /** A county change to a rule: null leaves a value as it is. */
    public record RuleChange(BigDecimal threshold, Integer offlineMinutes, Severity severity, Boolean enabled) {
    }

    private final AlertStore store;
    private final RuleBook rules;
    private final IotJobs jobs;
    private final org.anju.iot.internal.Ingestor ingestor;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Alerts(AlertStore store, RuleBook rules, IotJobs jobs, org.anju.iot.internal.Ingestor ingestor,
           Jurisdictions jurisdictions, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.ingestor = ingestor;
        this.store = store;
        this.rules = rules;
        this.jobs = jobs;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public PageResult<Alert> list(AlertStatus status, String deviceCode, Long estateId, Severity severity,
                                  DeviceKind kind, PageRequest page) {
        var filter = new AlertStore.Filter(status, deviceCode, estateId, severity, kind);
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, filter, page), store.count(j, filter), page.page(), page.size());
    }

    /**
     * Records the work order made of an alert (called by the casework module, without a caller); the
     * alert-to-order time is measured from the alert's opening. Answers false if it was already linked.
     */
    @Transactional
    public boolean linkWorkOrder(long alertId, long workOrderId) {
        if (!store.exists(alertId)) {
            throw new NotFoundException("alert", alertId);
        }
        return store.link(alertId, workOrderId, OffsetDateTime.now(clock));
    }

    /** Opens OFFLINE alerts for every device silent for its kind's minutes as of now; the new alerts' ids. */
    @Transactional
    public List<Long> detectOffline(OffsetDateTime now) {
        return jobs.checkOffline(now);
    }

    public List<Rule> rules() {
        return rules.all();
    }

    public int retentionMonths() {
        return jdbc.sql("select value from iot_setting where name = 'READING_RETENTION_MONTHS'").query(Integer.class)
                .single();
    }

    @Transactional
    public Rule changeRule(long id, RuleChange change) {
        requireCounty();
        Rule before = rules.find(id).orElseThrow(() -> new NotFoundException("rule", id));
        List<FieldError> errors = new ArrayList<>();
        if (change == null) {
            throw InvalidRequestException.field("severity", "iot.error.severity");
        }
        if (change.threshold() != null && (before.type() != RuleType.THRESHOLD
                || change.threshold().abs().compareTo(new BigDecimal("1000000")) >= 0
                || change.threshold().scale() > 4)) {
            errors.add(new FieldError("threshold", "iot.error.threshold"));
        }
        if (change.offlineMinutes() != null && (before.type() != RuleType.OFFLINE || change.offlineMinutes() < 1
                || change.offlineMinutes() > 10080)) {
            errors.add(new FieldError("offlineMinutes", "iot.error.offlineMinutes"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Severity severity = change.severity() == null ? before.severity() : change.severity();
        boolean enabled = change.enabled() == null ? before.enabled() : change.enabled();
        rules.update(id, change.threshold(), change.offlineMinutes(), severity, enabled);
        Rule after = rules.find(id).orElseThrow();
        audit.record(new AuditEntry("UPDATE", "iot-rule", String.valueOf(id),
                "修改物联网告警规则 " + before.kind() + "/" + before.code(), before, after, null));
        return after;
    }

    @Transactional
    public int changeRetention(Integer months) {
        requireCounty();
        if (months == null || months < 1 || months > 120) {
            throw InvalidRequestException.field("months", "iot.error.retention");
        }
        int before = retentionMonths();
        jdbc.sql("update iot_setting set value = ?, updated_at = now() where name = 'READING_RETENTION_MONTHS'")
                .param(months).update();
        ingestor.retentionChanged();
        audit.record(new AuditEntry("UPDATE", "iot-setting", "READING_RETENTION_MONTHS", "修改读数保留月数",
                Map.of("months", before), Map.of("months", months), null));
        return months;
    }

    private static void requireCounty() {
        if (Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isEmpty()) {
            throw new AccessDeniedException("COUNTY_AUTHORITY");
        }
    }
}
