package org.anju.iot.internal;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.anju.iot.DeviceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dev profile {@code simulate}: plays every demo device (codes DEMO-*, secret anju.iot.simulator.secret) over
 * MQTT against the embedded broker or anju.iot.simulator.url (any broker), one message per device every
 * anju.iot.simulator.period-seconds, with realistic faults: a lift now and then traps a passenger or faults
 * for a few messages, a tank drains below its level and refills, a pump faults, a detector falls silent.
 */
@Component
@Profile("simulate")
class DeviceSimulator {

    private static final Logger log = LoggerFactory.getLogger(DeviceSimulator.class);

    private final JdbcClient jdbc;
    private final MqttBroker broker;
    private final String url;
    private final String secret;
    private final int period;
    private final SplittableRandom random = new SplittableRandom(20_221_019L);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Sim> fleet = new ArrayList<>();

    /** One simulated device and its running condition. */
    private static final class Sim {
        final String code;
        final DeviceKind kind;
        Mqtt5AsyncClient client;
        int faultLeft;
        double level = 80;

        Sim(String code, DeviceKind kind) {
            this.code = code;
            this.kind = kind;
        }
    }

    DeviceSimulator(JdbcClient jdbc, MqttBroker broker, @Value("${anju.iot.simulator.url:}") String url,
                    @Value("${anju.iot.simulator.secret:Anju@2026}") String secret,
                    @Value("${anju.iot.simulator.period-seconds:10}") int period) {
        this.jdbc = jdbc;
        this.broker = broker;
        this.url = url;
        this.secret = secret;
        this.period = Math.max(1, period);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        String host = "127.0.0.1";
        int port = broker.port();
        if (!url.isBlank()) {
            URI uri = URI.create(url);
            host = uri.getHost();
            port = uri.getPort() > 0 ? uri.getPort() : 1883;
        }
        if (port == 0) {
            log.warn("Device simulator: no broker (embedded broker not running, anju.iot.simulator.url not set)");
            return;
        }
        for (var row : jdbc.sql("select code, kind from iot_device where code like 'DEMO-%' order by code")
                .query((rs, n) -> new Sim(rs.getString(1), DeviceKind.valueOf(rs.getString(2)))).list()) {
            row.client = MqttClient.builder().useMqttVersion5().identifier("sim-" + row.code).serverHost(host)
                    .serverPort(port).automaticReconnectWithDefaultConfig().simpleAuth().username(row.code)
                    .password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
            row.client.connect();
            fleet.add(row);
        }
        log.info("Device simulator: {} devices publishing every {} s to {}:{}", fleet.size(), period, host, port);
        timer.scheduleAtFixedRate(this::tick, period, period, TimeUnit.SECONDS);
    }

    private void tick() {
        for (Sim s : fleet) {
            try {
                String json = next(s);
                if (json != null && s.client.getState().isConnected()) {
                    s.client.publishWith().topic(MqttSettings.topic(s.code)).qos(MqttQos.AT_LEAST_ONCE)
                            .payload(json.getBytes(StandardCharsets.UTF_8)).send();
                }
            } catch (RuntimeException e) {
                log.debug("simulator {}: {}", s.code, e.getMessage());
            }
        }
    }

    /** The device's next message, or null when it stays silent. */
    String next(Sim s) {
        String events = "";
        if (s.faultLeft > 0) {
            s.faultLeft--;
        } else if (random.nextInt(400) == 0) {
            s.faultLeft = 3 + random.nextInt(6);
        }
        boolean fault = s.faultLeft > 0;
        String metrics = switch (s.kind) {
            case LIFT -> {
                events = fault ? (random.nextBoolean() ? "\"TRAPPED\"" : "\"FAULT\"") : "";
                yield String.format(Locale.ROOT, "\"floor\":%d,\"speed\":%.2f", 1 + random.nextInt(18),
                        fault ? 0 : random.nextDouble() * 1.75);
            }
            case WATER_TANK -> {
                s.level = fault ? Math.max(5, s.level - 6) : Math.min(90, s.level + 3);
                yield String.format(Locale.ROOT, "\"level\":%.1f", s.level);
            }
            case SECONDARY_PUMP, FIRE_PUMP -> {
                events = fault ? "\"PUMP_FAULT\"" : "";
                yield String.format(Locale.ROOT, "\"outletPressure\":%.3f", fault ? 0.05 : 0.30 + random.nextDouble() * 0.05);
            }
            case HYDRANT_PRESSURE, PRESSURE -> String.format(Locale.ROOT, "\"pressure\":%.3f",
                    fault ? 0.06 : 0.22 + random.nextDouble() * 0.04);
            case SMOKE_DETECTOR -> {
                if (fault) {
                    yield null; // silent: offline after its kind's minutes
                }
                yield String.format(Locale.ROOT, "\"battery\":%d", 60 + random.nextInt(30));
            }
            case FIRE_PANEL -> {
                events = fault && random.nextInt(4) == 0 ? "\"FIRE_ALARM\"" : "";
                yield "";
            }
        };
        if (metrics == null) {
            return null;
        }
        return "{\"ts\":\"" + OffsetDateTime.now(ZoneId.of("Asia/Shanghai")) + "\",\"metrics\":{" + metrics
                + "},\"events\":[" + events + "]}";
    }
}
