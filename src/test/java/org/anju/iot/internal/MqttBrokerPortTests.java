package org.anju.iot.internal;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A taken MQTT port does not stop the application: the broker reports it and stays down (decision 0017). */
class MqttBrokerPortTests {

    @TempDir
    Path data;

    @Test
    void aTakenPortLeavesTheBrokerDownWithoutAnException() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress("127.0.0.1", 0));
            MqttBroker broker = new MqttBroker(settings(other.getLocalPort(), ""), null, null);
            broker.start();
            assertThat(broker.status()).isEqualTo(MqttBroker.Status.PORT_TAKEN);
            assertThat(broker.isRunning()).isFalse();
            assertThat(broker.port()).isZero();
            broker.stop();
        }
    }

    @Test
    void anExternalBrokerMeansNoEmbeddedOne() {
        MqttBroker broker = new MqttBroker(settings(0, "tcp://127.0.0.1:1883"), null, null);
        broker.start();
        assertThat(broker.status()).isEqualTo(MqttBroker.Status.EXTERNAL);
        assertThat(broker.isRunning()).isFalse();
    }

    @Test
    void onlyDeviceTopicsNameADevice() {
        assertThat(MqttSettings.deviceCode("anju/devices/DEMO-LIFT-001/up")).isEqualTo("DEMO-LIFT-001");
        assertThat(MqttSettings.deviceCode("anju/devices//up")).isNull();
        assertThat(MqttSettings.deviceCode("anju/devices/a/b/up")).isNull();
        assertThat(MqttSettings.deviceCode("other/devices/a/up")).isNull();
    }

    private MqttSettings settings(int port, String url) {
        return new MqttSettings(url, port, "127.0.0.1", true, "", "", "anju-ingest", data.toString(), "in-memory", 1000);
    }
}
