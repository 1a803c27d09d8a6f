package org.anju.iot.internal;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.anju.IntegrationTest;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.Role;
import org.anju.iot.AlertOpened;
import org.anju.iot.Alerts;
import org.anju.iot.DeviceKind;
import org.anju.iot.Devices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Devices over MQTT, end to end: a lift's fault published to the embedded broker is stored and opens one alert
 * (published as AlertOpened) within a second; repeats update it, a clear reading closes it; a device may
 * publish only to its own topic; a malformed message is counted and dropped; a broker restart loses no QoS 1
 * reading; and, when Mosquitto (or ANJU_TEST_EXTERNAL_MQTT) is reachable, the same through an external broker.
 */
class MqttIngestionTests extends IntegrationTest {

    static final String SECRET = "Lift@secret2026";

    @Autowired
    MqttBroker broker;
    @Autowired
    MqttIngest ingest;
    @Autowired
    MqttSettings settings;
    @Autowired
    Ingestor ingestor;
    @Autowired
    Devices devices;
    @Autowired
    Alerts alerts;
    @Autowired
    ConfigurableApplicationContext context;

    final List<AlertOpened> opened = new CopyOnWriteArrayList<>();
    final java.util.Map<Long, Long> openedNanos = new java.util.concurrent.ConcurrentHashMap<>();
    final ApplicationListener<ApplicationEvent> listener = e -> {
        if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof AlertOpened a) {
            openedNanos.put(a.alertId(), System.nanoTime());
            opened.add(a);
        }
    };
    long estate;
    String clerk;

    @BeforeEach
    void place() {
        long county = fixtures.region(null, "COUNTY", fixtures.unique("县"));
        long town = fixtures.region(county, "TOWNSHIP", fixtures.unique("镇"));
        long community = fixtures.region(town, "COMMUNITY", fixtures.unique("社区"));
        estate = fixtures.estate(community, fixtures.unique("小区"));
        clerk = fixtures.account(Role.TOWNSHIP_OFFICE, new Binding(town, null, null, null, null));
        context.addApplicationListener(listener);
    }

    @AfterEach
    void forget() {
        context.removeApplicationListener(listener);
    }

    @Test
    void aTrappedPassengerPublishedOverMqttIsStoredAndOpensOneAlertWithinASecondUntilItClears() throws Exception {
        assertThat(broker.status()).isEqualTo(MqttBroker.Status.RUNNING);
        String code = device(DeviceKind.LIFT);
        Mqtt5BlockingClient lift = connect(code, SECRET);
        publish(lift, code, "{\"metrics\":{\"floor\":1}}");
        waitFor(() -> readings(code) == 1, Duration.ofSeconds(5));
        long sent = System.nanoTime();
        lift.publishWith().topic(MqttSettings.topic(code)).qos(MqttQos.AT_LEAST_ONCE)
                .payload(("{\"ts\":\"" + OffsetDateTime.now() + "\",\"metrics\":{\"floor\":7},\"events\":[\"TRAPPED\"]}")
                        .getBytes(StandardCharsets.UTF_8)).send();
        waitFor(() -> openAlerts(code) == 1, Duration.ofSeconds(3));
        assertThat(openAlerts(code)).isEqualTo(1);
        AlertOpened event = opened.stream().filter(a -> a.deviceCode().equals(code)).findFirst().orElseThrow();
        long millis = (openedNanos.get(event.alertId()) - sent) / 1_000_000;
        assertThat(millis).as("publish to alert opened and published, ms").isLessThan(1000);
        assertThat(readings(code)).isEqualTo(2);
        // the alert is a dispatched work order within a second of the publish, and on the estate's live board
        waitFor(() -> workOrder(code) != null, Duration.ofSeconds(3));
        long toOrder = (System.nanoTime() - sent) / 1_000_000;
        assertThat(workOrder(code)).as("work order of the alert").isNotNull();
        assertThat(toOrder).as("publish to work order, ms (measured here, an upper bound)").isLessThan(1000);
        assertThat(jdbc.sql("select channel || ' ' || category_code || ' ' || urgency from cas_case where id = ?")
                .param(workOrder(code)).query(String.class).single()).isEqualTo("DEVICE LIFT URGENT");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/console/iot/live")
                        .param("estateId", String.valueOf(estate)).with(fixtures.as(clerk)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(code)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("困人")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/console/complaints/" + workOrder(code))));
        assertThat(opened).filteredOn(a -> a.deviceCode().equals(code)).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("TRAPPED");
            assertThat(a.deviceKind()).isEqualTo(DeviceKind.LIFT);
            assertThat(a.estateId()).isEqualTo(estate);
            assertThat(a.severity().name()).isEqualTo("CRITICAL");
        });
        // the condition lasts: the same alert is updated, no duplicate
        publish(lift, code, "{\"metrics\":{\"floor\":7},\"events\":[\"TRAPPED\"]}");
        waitFor(() -> readings(code) == 3, Duration.ofSeconds(5));
        assertThat(readings(code)).as("received " + ingest.received() + ", stored " + ingestor.count(Ingestor.Result.STORED)
                + ", failed " + ingestor.count(Ingestor.Result.FAILED) + ", unknown " + ingestor.count(Ingestor.Result.UNKNOWN_DEVICE)
                + ", stale " + ingestor.count(Ingestor.Result.STALE)).isEqualTo(3);
        assertThat(openAlerts(code)).isEqualTo(1);
        assertThat(jdbc.sql("select occurrences from iot_alert a join iot_device d on d.id = a.device_id where d.code = ?")
                .param(code).query(Integer.class).single()).isEqualTo(2);
        assertThat(opened).filteredOn(a -> a.deviceCode().equals(code)).hasSize(1);
        // it clears
        publish(lift, code, "{\"metrics\":{\"floor\":1},\"events\":[]}");
        waitFor(() -> openAlerts(code) == 0, Duration.ofSeconds(5));
        assertThat(jdbc.sql("select status from iot_alert a join iot_device d on d.id = a.device_id where d.code = ?")
                .param(code).query(String.class).list()).containsExactly("CLOSED");
        lift.disconnect();
    }

    @Test
    void aDeviceMayPublishOnlyToItsOwnTopicAndAWrongSecretCannotConnect() throws Exception {
        String mine = device(DeviceKind.WATER_TANK);
        String other = device(DeviceKind.WATER_TANK);
        assertThatThrownBy(() -> connect(mine, "wrong-secret")).isInstanceOf(Mqtt5ConnAckException.class);
        assertThatThrownBy(() -> connect("NO-SUCH-DEVICE", SECRET)).isInstanceOf(Mqtt5ConnAckException.class);
        Mqtt5BlockingClient tank = connect(mine, SECRET);
        assertThatThrownBy(() -> tank.publishWith().topic(MqttSettings.topic(other)).qos(MqttQos.AT_LEAST_ONCE)
                .payload("{\"metrics\":{\"level\":5}}".getBytes(StandardCharsets.UTF_8)).send())
                .isInstanceOf(Mqtt5PubAckException.class);
        // HiveMQ disconnects a client that publishes where it may not
        Mqtt5BlockingClient again = connect(mine, SECRET);
        publish(again, mine, "{\"metrics\":{\"level\":5}}");
        waitFor(() -> readings(mine) == 1, Duration.ofSeconds(5));
        assertThat(readings(other)).isZero();
        assertThat(openAlerts(mine)).isEqualTo(1);
        again.disconnect();
    }

    @Test
    void aMalformedMessageIsCountedAndDroppedAndTheConsumerGoesOn() throws Exception {
        String code = device(DeviceKind.PRESSURE);
        Mqtt5BlockingClient meter = connect(code, SECRET);
        double before = ingestor.count(Ingestor.Result.MALFORMED);
        publish(meter, code, "{\"metrics\":{\"pressure\":\"high\"}");
        publish(meter, code, "not json at all");
        publish(meter, code, "{\"metrics\":{\"pressure\":0.32}}");
        waitFor(() -> readings(code) == 1, Duration.ofSeconds(5));
        assertThat(ingestor.count(Ingestor.Result.MALFORMED) - before).isEqualTo(2);
        assertThat(ingest.connected()).isTrue();
        meter.disconnect();
    }

    @Test
    void aBrokerRestartLosesNoQos1Reading() throws Exception {
        String code = device(DeviceKind.WATER_TANK);
        ingest.stop();
        try {
            Mqtt5BlockingClient tank = connect(code, SECRET);
            for (int i = 0; i < 20; i++) {
                publish(tank, code, "{\"metrics\":{\"level\":" + (50 + i) + "}}");
            }
            tank.disconnect();
            // queued for the ingest client's persistent session while it is away, then the broker restarts
            broker.restart();
            assertThat(broker.status()).isEqualTo(MqttBroker.Status.RUNNING);
        } finally {
            ingest.start();
        }
        waitFor(() -> readings(code) == 20, Duration.ofSeconds(20));
        assertThat(readings(code)).isEqualTo(20);
    }

    @Test
    void theSameIngestionWorksThroughAnExternalBrokerWhenOneIsReachable() throws Exception {
        String url = System.getenv().getOrDefault("ANJU_TEST_EXTERNAL_MQTT", "tcp://127.0.0.1:1883");
        java.net.URI uri = java.net.URI.create(url);
        org.junit.jupiter.api.Assumptions.assumeTrue(reachable(uri.getHost(), uri.getPort()),
                "no external MQTT broker at " + url);
        String code = device(DeviceKind.FIRE_PANEL);
        String clientId = "anju-test-" + UUID.randomUUID();
        MqttIngest external = new MqttIngest(settings, broker, ingestor, clientId, url);
        external.start();
        try {
            waitFor(external::connected, Duration.ofSeconds(10));
            Thread.sleep(300); // the subscription follows the connection
            Mqtt5BlockingClient panel = MqttClient.builder().useMqttVersion5().identifier("panel-" + code)
                    .serverHost(uri.getHost()).serverPort(uri.getPort()).buildBlocking();
            panel.connect();
            publish(panel, code, "{\"events\":[\"FIRE_ALARM\"]}");
            panel.disconnect();
            waitFor(() -> openAlerts(code) == 1, Duration.ofSeconds(5));
            assertThat(readings(code)).isEqualTo(1);
            assertThat(opened).filteredOn(a -> a.deviceCode().equals(code)).extracting(AlertOpened::code)
                    .containsExactly("FIRE_ALARM");
        } finally {
            external.stop();
            // leave no persistent session behind on the shared broker
            Mqtt5BlockingClient cleanup = MqttClient.builder().useMqttVersion5().identifier(clientId)
                    .serverHost(uri.getHost()).serverPort(uri.getPort()).buildBlocking();
            cleanup.connectWith().cleanStart(true).sessionExpiryInterval(0).send();
            cleanup.disconnect();
        }
    }

    String device(DeviceKind kind) {
        String code = fixtures.unique("T-" + kind.name().substring(0, 4) + "-");
        jdbc.sql("""
                        insert into iot_device (code, kind, name, estate_id, secret_hash) values (?, ?, '测试设备', ?, ?)""")
                .params(code, kind.name(), estate, new DeviceSecrets().hash(SECRET)).update();
        return code;
    }

    Mqtt5BlockingClient connect(String user, String secret) {
        Mqtt5BlockingClient c = MqttClient.builder().useMqttVersion5().identifier(user + "-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(broker.port()).simpleAuth().username(user)
                .password(secret.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildBlocking();
        c.connect();
        return c;
    }

    static void publish(Mqtt5BlockingClient client, String code, String json) {
        client.publishWith().topic(MqttSettings.topic(code)).qos(MqttQos.AT_LEAST_ONCE)
                .payload(json.getBytes(StandardCharsets.UTF_8)).send();
    }

    long readings(String code) {
        return jdbc.sql("select count(*) from iot_reading r join iot_device d on d.id = r.device_id where d.code = ?")
                .param(code).query(Long.class).single();
    }

    long openAlerts(String code) {
        return jdbc.sql("""
                        select count(*) from iot_alert a join iot_device d on d.id = a.device_id
                        where d.code = ? and a.status = 'OPEN'""").param(code).query(Long.class).single();
    }

    static void waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return;
            }
            Thread.sleep(10);
        }
    }

    static boolean reachable(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Long workOrder(String code) {
        return jdbc.sql("select a.work_order_id from iot_alert a join iot_device d on d.id = a.device_id"
                + " where d.code = ? and a.code = 'TRAPPED'").param(code).query((rs, n) -> (Long) rs.getObject(1))
                .optional().orElse(null);
    }
}
