package org.anju.iot.internal;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where devices' messages come from: ANJU_MQTT_URL names an external broker (then no embedded broker
 * starts); otherwise the embedded broker listens on ANJU_MQTT_PORT (1883; 0 = any free port).
 */
@Component
public class MqttSettings {

    /** The topic devices publish to; + is the device code. */
    public static final String TOPIC_FILTER = "anju/devices/+/up";

    final String url;
    final int port;
    final String bindAddress;
    final boolean enabled;
    final String username;
    final String password;
    final String clientId;
    final Path dataDir;
    final String persistence;
    /** Messages the broker queues per client before it discards (HiveMQ's default, 1000, loses readings). */
    final long maxQueue;

    MqttSettings(@Value("${anju.iot.mqtt.url:}") String url, @Value("${anju.iot.mqtt.port:1883}") int port,
                 @Value("${anju.iot.mqtt.bind-address:0.0.0.0}") String bindAddress,
                 @Value("${anju.iot.mqtt.enabled:true}") boolean enabled,
                 @Value("${anju.iot.mqtt.username:}") String username,
                 @Value("${anju.iot.mqtt.password:}") String password,
                 @Value("${anju.iot.mqtt.client-id:anju-ingest}") String clientId,
                 @Value("${anju.iot.mqtt.data-dir:${anju.data-dir:./data}/mqtt}") String dataDir,
                 @Value("${anju.iot.mqtt.persistence:file}") String persistence,
                 @Value("${anju.iot.mqtt.max-queued-messages:5000000}") long maxQueue) {
        this.maxQueue = maxQueue;
        this.url = url == null ? "" : url.strip();
        this.port = port;
        this.bindAddress = bindAddress;
        this.enabled = enabled;
        this.username = username;
        this.password = password;
        this.clientId = clientId;
        this.dataDir = Path.of(dataDir);
        this.persistence = persistence;
    }

    /** The external broker's URL, or empty. */
    public String url() {
        return url;
    }

    public boolean external() {
        return !url.isEmpty();
    }

    /** The device code of a device topic, or null for any other topic. */
    public static String deviceCode(String topic) {
        String[] parts = topic.split("/", -1);
        return parts.length == 4 && parts[0].equals("anju") && parts[1].equals("devices") && parts[3].equals("up")
                && !parts[2].isEmpty() ? parts[2] : null;
    }

    /** The topic a device publishes to. */
    public static String topic(String deviceCode) {
        return "anju/devices/" + deviceCode + "/up";
    }
}
