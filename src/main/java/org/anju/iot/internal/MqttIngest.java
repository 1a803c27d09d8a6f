package org.anju.iot.internal;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The application's MQTT subscriber: a persistent session (clean start off, a week's expiry) subscribed with
 * QoS 1 to anju/devices/+/up, on the embedded broker or the one ANJU_MQTT_URL names. A message is
 * acknowledged only after its batch is committed, so a restart of the broker or of the application loses no
 * QoS 1 reading. One worker stores messages in batches, in arrival order.
 */
@Component
public class MqttIngest implements SmartLifecycle {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);

    private final MqttSettings settings;
    private final MqttBroker broker;
    private final Ingestor ingestor;
    private final String clientId;
    private final String url;
    private final BlockingQueue<Mqtt5Publish> queue = new LinkedBlockingQueue<>(20_000);
    private final AtomicLong received = new AtomicLong();
    private volatile Mqtt5AsyncClient client;
    private volatile Thread worker;
    private volatile boolean running;

    @org.springframework.beans.factory.annotation.Autowired
    MqttIngest(MqttSettings settings, MqttBroker broker, Ingestor ingestor) {
        this(settings, broker, ingestor, settings.clientId, settings.url);
    }

    /** A subscriber to another broker under another client id (tests against an external broker). */
    MqttIngest(MqttSettings settings, MqttBroker broker, Ingestor ingestor, String clientId, String url) {
        this.settings = settings;
        this.broker = broker;
        this.ingestor = ingestor;
        this.clientId = clientId;
        this.url = url;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        Mqtt5ClientBuilder builder = MqttClient.builder().useMqttVersion5().identifier(clientId)
                .automaticReconnect().initialDelay(200, TimeUnit.MILLISECONDS).maxDelay(5, TimeUnit.SECONDS)
                .applyAutomaticReconnect();
        if (!url.isEmpty()) {
            URI uri = URI.create(url);
            builder = builder.serverHost(uri.getHost()).serverPort(uri.getPort() > 0 ? uri.getPort()
                    : "ssl".equals(uri.getScheme()) ? 8883 : 1883);
            if ("ssl".equals(uri.getScheme()) || "mqtts".equals(uri.getScheme())) {
                builder = builder.sslWithDefaultConfig();
            }
            if (!settings.username.isEmpty()) {
                builder = builder.simpleAuth().username(settings.username)
                        .password(settings.password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
            }
        } else if (broker.status() == MqttBroker.Status.RUNNING) {
            builder = builder.serverHost("127.0.0.1").serverPort(broker.port()).simpleAuth()
                    .username(DeviceAuthExtension.INTERNAL_USER)
                    .password(broker.internalPassword().getBytes(StandardCharsets.UTF_8)).applySimpleAuth();
        } else {
            return;
        }
        String where = url.isEmpty() ? "embedded broker port " + broker.port() : url;
        Mqtt5AsyncClient c = builder
                .addConnectedListener(ctx -> {
                    log.info("MQTT ingest connected to {} as {}", where, clientId);
                    if (client != null && client.getState().isConnected()) {
                        subscribe();
                    }
                })
                .addDisconnectedListener(ctx -> {
                    if (running) {
                        log.warn("MQTT ingest lost {}: {} (reconnecting)", where, MqttBroker.rootMessage(ctx.getCause()));
                    }
                })
                .buildAsync();
        c.publishes(MqttGlobalPublishFilter.ALL, this::enqueue, true);
        client = c;
        running = true;
        worker = new Thread(this::work, "mqtt-ingest-" + clientId);
        worker.setDaemon(true);
        worker.start();
        try {
            // wait (a little) for the session and its subscription, so that a message sent once the application
            // has started is not published before anyone subscribed
            c.connectWith().cleanStart(false).sessionExpiryInterval(Duration.ofDays(7).toSeconds()).keepAlive(30)
                    .send().get(url.isEmpty() ? 20 : 5, TimeUnit.SECONDS);
            c.subscribeWith().topicFilter(MqttSettings.TOPIC_FILTER).qos(MqttQos.AT_LEAST_ONCE).send()
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("MQTT ingest cannot reach {} yet: {} (retrying in the background)", where,
                    MqttBroker.rootMessage(e));
        }
    }

    private void subscribe() {
        client.subscribeWith().topicFilter(MqttSettings.TOPIC_FILTER).qos(MqttQos.AT_LEAST_ONCE).send()
                .whenComplete((ack, e) -> {
                    if (e != null) {
                        log.warn("MQTT ingest could not subscribe: {}", MqttBroker.rootMessage(e));
                    }
                });
    }

    private void enqueue(Mqtt5Publish publish) {
        try {
            queue.put(publish);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        List<Mqtt5Publish> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Mqtt5Publish first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                List<Ingestor.Incoming> incoming = new ArrayList<>(batch.size());
                for (Mqtt5Publish p : batch) {
                    incoming.add(new Ingestor.Incoming(MqttSettings.deviceCode(p.getTopic().toString()),
                            p.getPayloadAsBytes()));
                }
                ingestor.ingest(incoming);
                received.addAndGet(batch.size());
                batch.forEach(Mqtt5Publish::acknowledge);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // never let the consumer die; unacknowledged messages come again after a reconnect
                log.error("MQTT ingest batch failed: {}", MqttBroker.rootMessage(e));
            } finally {
                batch.clear();
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Mqtt5AsyncClient c = client;
        try {
            if (worker != null) {
                worker.join(5_000);
            }
            // disconnecting keeps the session (and what the broker queues for it) for the next start
            c.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.debug("MQTT ingest disconnect: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return MqttBroker.PHASE + 10;
    }

    /** Whether the subscriber is connected now. */
    public boolean connected() {
        Mqtt5AsyncClient c = client;
        return running && c != null && c.getState().isConnected();
    }

    /** Messages taken from the broker since start. */
    public long received() {
        return received.get();
    }
}
