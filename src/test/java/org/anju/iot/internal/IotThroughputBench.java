package org.anju.iot.internal;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.anju.IntegrationTest;
import org.anju.iot.DeviceKind;
import org.anju.iot.DeviceSeeds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput benchmark (issue 11; not part of the normal run: {@code mvn test -Dtest=IotThroughputBench}).
 * A fleet of devices publishes QoS 1 readings to the embedded broker. Bare: a plain subscriber only counts
 * them (the application's subscriber is stopped). Full: through the application's subscriber, the rules
 * and PostgreSQL, timed until every reading is stored. Prints both rates and checks count in = count stored.
 * Sizes: -Dbench.devices (default 50), -Dbench.messages (default 20000).
 */
class IotThroughputBench extends IntegrationTest {

    @Autowired
    MqttBroker broker;
    @Autowired
    MqttIngest ingest;
    @Autowired
    DeviceSeeds seeds;
    @Autowired
    Ingestor ingestor;

    @Test
    void bareBrokerRateBesideTheFullPipelineRate() throws Exception {
        int devices = Integer.getInteger("bench.devices", 50);
        int messages = Integer.getInteger("bench.messages", 20_000);
        String prefix = "BENCH-" + System.currentTimeMillis() % 100_000 + "-";
        long estate = jdbc.sql("select min(id) from reg_estate").query(Long.class).single();
        List<DeviceSeeds.Seed> fleet = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            fleet.add(new DeviceSeeds.Seed(prefix + i, i % 2 == 0 ? DeviceKind.WATER_TANK : DeviceKind.LIFT,
                    "bench", estate, false, null, LocalDate.of(2024, 1, 1)));
        }
        seeds.register(fleet, "Bench@2026");
        List<Mqtt5AsyncClient> clients = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            Mqtt5AsyncClient c = MqttClient.builder().useMqttVersion5().identifier(prefix + i).serverHost("127.0.0.1")
                    .serverPort(broker.port()).simpleAuth().username(prefix + i)
                    .password("Bench@2026".getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
            c.connect().get();
            clients.add(c);
        }
        // warm-up through the whole pipeline (JIT, pools, partitions), not timed
        int warm = messages / 4;
        // progress is watched on the ingestor's counter (a count query every few ms would compete with the
        // pipeline it measures); count in = count stored is checked in the database at the end
        double base = ingestor.count(Ingestor.Result.STORED);
        publishAll(clients, prefix, warm, () -> ingestor.count(Ingestor.Result.STORED) - base >= warm);
        // bare: the broker alone, to a subscriber that only counts
        ingest.stop();
        AtomicLong counted = new AtomicLong();
        Mqtt5AsyncClient bare = MqttClient.builder().useMqttVersion5().identifier("bench-bare")
                .serverHost("127.0.0.1").serverPort(broker.port()).simpleAuth()
                .username(DeviceAuthExtension.INTERNAL_USER)
                .password(broker.internalPassword().getBytes(StandardCharsets.UTF_8)).applySimpleAuth().buildAsync();
        bare.publishes(MqttGlobalPublishFilter.ALL, p -> counted.incrementAndGet());
        bare.connect().get();
        bare.subscribeWith().topicFilter(MqttSettings.TOPIC_FILTER).qos(MqttQos.AT_LEAST_ONCE).send().get();
        long bareNanos = publishAll(clients, prefix, messages, () -> counted.get() >= messages);
        bare.disconnect().get();
        // the application's subscriber takes what its session queued meanwhile, then the full run
        ingest.start();
        waitStored(prefix, warm + messages, 300);
        double before = ingestor.count(Ingestor.Result.STORED);
        long fullNanos = publishAll(clients, prefix, messages,
                () -> ingestor.count(Ingestor.Result.STORED) - before >= messages);
        long stored = stored(prefix);
        double bareRate = messages / (bareNanos / 1e9);
        double fullRate = messages / (fullNanos / 1e9);
        System.out.printf("IOT BENCH devices=%d messages=%d bare=%.0f msg/s full=%.0f msg/s (%.0f%% of bare) "
                + "stored=%d of %d%n", devices, messages, bareRate, fullRate, 100 * fullRate / bareRate, stored,
                warm + 2L * messages);
        for (Mqtt5AsyncClient c : clients) {
            c.disconnect();
        }
        assertThat(stored).as("count in = count stored").isEqualTo(warm + 2L * messages);
    }

    private long publishAll(List<Mqtt5AsyncClient> clients, String prefix, int messages,
                            java.util.function.BooleanSupplier done) throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<?>> acks = new ArrayList<>();
        for (int m = 0; m < messages; m++) {
            int d = m % clients.size();
            String json = "{\"metrics\":{\"level\":" + (30 + m % 60) + ",\"floor\":" + (1 + m % 18) + "}}";
            acks.add(clients.get(d).publishWith().topic(MqttSettings.topic(prefix + d)).qos(MqttQos.AT_LEAST_ONCE)
                    .payload(json.getBytes(StandardCharsets.UTF_8)).send());
            if (acks.size() >= 2_000) {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
                acks.clear();
            }
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
        long limit = System.nanoTime() + 600_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < limit) {
            Thread.sleep(20);
        }
        return System.nanoTime() - start;
    }

    private void waitStored(String prefix, long n, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (stored(prefix) < n && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    private long stored(String prefix) {
        return jdbc.sql("select count(*) from iot_reading r join iot_device d on d.id = r.device_id where d.code like ?")
                .param(prefix + "%").query(Long.class).single();
    }
}
