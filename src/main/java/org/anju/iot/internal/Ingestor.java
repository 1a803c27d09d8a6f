package org.anju.iot.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.anju.iot.IotView.Accepted;
import org.anju.iot.IotView.Rule;
import org.anju.iot.internal.AlertEngine.Outcome;
import org.anju.iot.internal.AlertEngine.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores readings and applies the alert rules: the one path for MQTT messages and HTTP posts. A message
 * is counted in {@code anju.iot.messages} by outcome; a malformed one, an unknown device's or one older than
 * the retention is logged and dropped, never thrown at the consumer.
 */
@Component
public class Ingestor {

    /** What became of a message. */
    public enum Result {
        /** Stored, rules applied. */
        STORED,
        /** Not a valid payload (or not on a device topic). */
        MALFORMED,
        /** No device with that code. */
        UNKNOWN_DEVICE,
        /** Older than the readings kept. */
        STALE,
        /** The database refused it. */
        FAILED
    }

    /** One message as received: the device code from its topic (or URL), and its bytes. */
    public record Incoming(String deviceCode, byte[] payload) {
    }

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final DeviceStore devices;
    private final ReadingStore readings;
    private final AlertStore alerts;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<Result, Counter> counters = new EnumMap<>(Result.class);
    private final Map<String, DeviceStore.Known> known = new ConcurrentHashMap<>();
    private volatile OffsetDateTime keptFrom;
    private volatile LocalDate keptFromDay;

    Ingestor(DeviceStore devices, ReadingStore readings, AlertStore alerts, RuleBook rules,
             ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
             MeterRegistry meters) {
        this.devices = devices;
        this.readings = readings;
        this.alerts = alerts;
        this.rules = rules;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        for (Result o : Result.values()) {
            counters.put(o, Counter.builder("anju.iot.messages").tag("outcome", o.name().toLowerCase())
                    .description("Device messages received, by outcome").register(meters));
        }
    }

    /** How many messages ended with that outcome since start. */
    public double count(Result outcome) {
        return counters.get(outcome).count();
    }

    /** A device by code, cached (devices are never deleted or re-keyed). */
    public Optional<DeviceStore.Known> device(String code) {
        DeviceStore.Known k = known.get(code);
        if (k == null) {
            Optional<DeviceStore.Known> found = devices.known(code);
            found.ifPresent(d -> known.put(code, d));
            return found;
        }
        return Optional.of(k);
    }

    /** Counts and logs a malformed message refused before ingestion (the HTTP endpoint). */
    public void malformed(String code, Payload.Malformed e) {
        log.warn("Device {}: malformed reading refused ({})", code, e.getMessage());
        counters.get(Result.MALFORMED).increment();
    }

    /** Forgets a cached device (after its secret changed). */
    public void forget(String code) {
        known.remove(code);
    }

    /** Parses and stores a batch in one transaction (a failing batch is retried message by message). */
    public List<Result> ingest(List<Incoming> batch) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object> parsed = new ArrayList<>(batch.size());
        for (Incoming in : batch) {
            parsed.add(parse(in, now));
        }
        try {
            List<Result> out = tx.execute(s -> {
                List<Result> o = new ArrayList<>();
                List<Map.Entry<Long, Payload>> rows = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    o.add(store(batch.get(i), parsed.get(i), now, null, rows));
                }
                readings.insertAll(rows);
                return o;
            });
            out.forEach(o -> counters.get(o).increment());
            return out;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.warn("Device {}: reading refused by the database ({})", batch.get(0).deviceCode(),
                        e.getMessage());
                counters.get(Result.FAILED).increment();
                return List.of(Result.FAILED);
            }
            List<Result> out = new ArrayList<>();
            for (Incoming in : batch) {
                out.addAll(ingest(List.of(in)));
            }
            return out;
        }
    }

    /** Stores one already-authenticated reading (the HTTP endpoint), in the caller's transaction. */
    public Accepted ingestOne(DeviceStore.Known device, Payload payload) {
        List<Long> opened = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Map.Entry<Long, Payload>> rows = new ArrayList<>();
        Result o = store(new Incoming(device.code(), null), payload, now, new List[] {opened, closed}, rows);
        readings.insertAll(rows);
        counters.get(o).increment();
        if (o == Result.STALE) {
            return null;
        }
        return new Accepted(device.code(), payload.ts(), opened, closed);
    }

    private Object parse(Incoming in, OffsetDateTime now) {
        try {
            return Payload.parse(in.payload(), now);
        } catch (Payload.Malformed e) {
            return e;
        }
    }

    @SuppressWarnings("unchecked")
    private Result store(Incoming in, Object parsed, OffsetDateTime now, List<Long>[] changes,
                         List<Map.Entry<Long, Payload>> rows) {
        if (parsed instanceof Payload.Malformed m) {
            log.warn("Device {}: malformed message dropped ({})", in.deviceCode(), m.getMessage());
            return Result.MALFORMED;
        }
        Payload p = (Payload) parsed;
        Optional<DeviceStore.Known> device = in.deviceCode() == null ? Optional.empty() : device(in.deviceCode());
        if (device.isEmpty()) {
            log.warn("Message from unknown device {} dropped", in.deviceCode());
            return Result.UNKNOWN_DEVICE;
        }
        if (p.ts().isBefore(keptFrom(now))) {
            log.warn("Device {}: reading of {} is older than the readings kept, dropped", in.deviceCode(), p.ts());
            return Result.STALE;
        }
        DeviceStore.Known d = device.get();
        readings.ensurePartition(p.ts());
        rows.add(Map.entry(d.id(), p));
        if (readings.upsertState(d.id(), p, now)) {
            apply(d, p, now, changes);
        }
        return Result.STORED;
    }

    private void apply(DeviceStore.Known d, Payload p, OffsetDateTime now, List<Long>[] changes) {
        List<Rule> kindRules = rules.of(d.kind());
        if (kindRules.isEmpty()) {
            return;
        }
        Map<Long, Long> open = new java.util.HashMap<>();
        alerts.open(d.id()).forEach(a -> open.put(a.ruleId(), a.id()));
        for (Outcome o : AlertEngine.evaluate(kindRules, p.metrics(), p.events())) {
            Long alertId = open.get(o.rule().id());
            if (o.verdict() == Verdict.HOLDS) {
                if (alertId == null) {
                    alerts.open(d.id(), o.rule().id(), o.rule().code(), o.rule().severity(), o.value(), now)
                            .ifPresent(id -> {
                                events.publishEvent(alerts.opened(id));
                                if (changes != null) {
                                    changes[0].add(id);
                                }
                            });
                } else {
                    alerts.touch(alertId, o.value(), now);
                }
            } else if (o.verdict() == Verdict.CLEARS && alertId != null) {
                alerts.close(alertId, now);
                if (changes != null) {
                    changes[1].add(alertId);
                }
            }
        }
    }

    private OffsetDateTime keptFrom(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(ReadingStore.ZONE).toLocalDate();
        if (keptFrom == null || !today.equals(keptFromDay)) {
            keptFrom = readings.keptFrom(today, readings.retentionMonths());
            keptFromDay = today;
        }
        return keptFrom;
    }

    /** Forgets the cached retention (after the county changed it). */
    public void retentionChanged() {
        keptFromDay = null;
    }
}
