package org.anju.iot.internal;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The embedded HiveMQ CE broker (decision 0017): started unless ANJU_MQTT_URL names an external broker. A
 * port already taken (the machines here run Mosquitto on 1883) is reported in one log line and the
 * application starts without it; devices can still post readings over HTTP.
 */
@Component
public class MqttBroker implements SmartLifecycle {

    /** Whether and how the embedded broker runs. */
    public enum Status {
        /** Not started yet, or stopped. */
        STOPPED,
        /** Listening on {@link #port()}. */
        RUNNING,
        /** The configured port was taken at start-up. */
        PORT_TAKEN,
        /** ANJU_MQTT_URL names an external broker. */
        EXTERNAL,
        /** anju.iot.mqtt.enabled=false, or the broker failed to start. */
        DISABLED
    }

    static final int PHASE = Integer.MAX_VALUE - 200;
    private static final Logger log = LoggerFactory.getLogger(MqttBroker.class);

    private final MqttSettings settings;
    private final Ingestor ingestor;
    private final DeviceSecrets secrets;
    private final String internalPassword = HexFormat.of().formatHex(randomBytes());
    private volatile EmbeddedHiveMQ hivemq;
    private volatile Status status = Status.STOPPED;
    private volatile int port;
    private volatile int wantedPort;

    MqttBroker(MqttSettings settings, Ingestor ingestor, DeviceSecrets secrets) {
        this.settings = settings;
        this.ingestor = ingestor;
        this.secrets = secrets;
    }

    @Override
    public synchronized void start() {
        if (settings.external()) {
            status = Status.EXTERNAL;
            return;
        }
        if (!settings.enabled) {
            status = Status.DISABLED;
            return;
        }
        int wanted = port != 0 ? port : settings.port == 0 ? freePort() : settings.port;
        wantedPort = wanted;
        if (!free(settings.bindAddress, wanted)) {
            status = Status.PORT_TAKEN;
            log.warn("MQTT port {} is already in use (another broker, e.g. Mosquitto, is running): the embedded broker "
                    + "is NOT started. Set ANJU_MQTT_PORT to a free port for the embedded broker, or ANJU_MQTT_URL="
                    + "tcp://127.0.0.1:{} to use the running broker. Devices can still POST readings over HTTP.",
                    wanted, wanted);
            return;
        }
        try {
            Path conf = settings.dataDir.resolve("conf");
            Files.createDirectories(conf);
            Files.createDirectories(settings.dataDir.resolve("extensions"));
            Files.createDirectories(settings.dataDir.resolve("data"));
            Files.writeString(conf.resolve("config.xml"), config(wanted));
            EmbeddedHiveMQ broker = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(conf)
                    .withDataFolder(settings.dataDir.resolve("data"))
                    .withExtensionsFolder(settings.dataDir.resolve("extensions"))
                    .withoutLoggingBootstrap()
                    .withEmbeddedExtension(EmbeddedExtension.builder().withId("anju-device-auth")
                            .withName("Anju device authentication").withVersion("1").withPriority(1000)
                            .withStartPriority(1000)
                            .withExtensionMain(new DeviceAuthExtension(ingestor, secrets, internalPassword)).build())
                    .build();
            broker.start().get(60, TimeUnit.SECONDS);
            hivemq = broker;
            port = wanted;
            status = Status.RUNNING;
            log.info("Embedded MQTT broker (HiveMQ CE) listening on {}:{}; devices publish to anju/devices/{code}/up",
                    settings.bindAddress, wanted);
        } catch (Exception e) {
            status = Status.DISABLED;
            log.error("The embedded MQTT broker could not start on port {}: {}", wanted, rootMessage(e));
        }
    }

    @Override
    public synchronized void stop() {
        EmbeddedHiveMQ broker = hivemq;
        hivemq = null;
        if (broker != null) {
            try {
                broker.stop().get(30, TimeUnit.SECONDS);
                broker.close();
            } catch (Exception e) {
                log.warn("The embedded MQTT broker did not stop cleanly: {}", rootMessage(e));
            }
        }
        if (status == Status.RUNNING) {
            status = Status.STOPPED;
        }
    }

    /** Stops and starts the broker on the same port, keeping its persisted sessions (tests of a restart). */
    public synchronized void restart() {
        stop();
        start();
    }

    @Override
    public boolean isRunning() {
        return hivemq != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    public Status status() {
        return status;
    }

    /** The port the embedded broker listens on (0 when it does not run). */
    public int port() {
        return status == Status.RUNNING ? port : 0;
    }

    /** The port the broker was asked to listen on (also when it was taken). */
    public int wantedPort() {
        return wantedPort;
    }

    String internalPassword() {
        return internalPassword;
    }

    private String config(int listenPort) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <mqtt>
                        <queued-messages>
                            <max-queue-size>%d</max-queue-size>
                            <strategy>discard</strategy>
                        </queued-messages>
                    </mqtt>
                    <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
                    <persistence><mode>%s</mode></persistence>
                </hivemq>
                """.formatted(listenPort, settings.bindAddress, settings.maxQueue, settings.persistence);
    }

    static boolean free(String address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return b;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
