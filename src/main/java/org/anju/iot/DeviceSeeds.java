package org.anju.iot;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.iot.internal.DeviceSecrets;
import org.anju.iot.internal.DeviceStore;
import org.anju.iot.internal.Ingestor;
import org.springframework.stereotype.Component;

/**
 * Demo and benchmark data: devices registered without a caller (one secret hashed once for all of them),
 * and messages played through the same ingestion as MQTT, so that state and alerts follow the rules.
 */
@Component
public class DeviceSeeds {

    /** A device to seed; its first building is used when withBuilding is set. */
    public record Seed(String code, DeviceKind kind, String name, long estateId, boolean withBuilding,
                       String maintainer, LocalDate installedOn) {
    }

    /** A message to play: the device and its JSON payload. */
    public record Message(String deviceCode, String json) {
    }

    private final DeviceStore store;
    private final DeviceSecrets secrets;
    private final Ingestor ingestor;

    DeviceSeeds(DeviceStore store, DeviceSecrets secrets, Ingestor ingestor) {
        this.store = store;
        this.secrets = secrets;
        this.ingestor = ingestor;
    }

    public void register(List<Seed> seeds, String secret) {
        String hash = secrets.hash(secret);
        for (Seed s : seeds) {
            if (store.exists(s.code())) {
                continue;
            }
            Long building = s.withBuilding() ? store.buildingsOf(s.estateId()).stream().findFirst().orElse(null) : null;
            store.insert(s.code(), s.kind(), s.name(), s.estateId(), building, s.maintainer(), s.installedOn(), hash);
        }
    }

    /** Plays messages in order, in batches; answers how many were stored. */
    public long play(List<Message> messages) {
        long stored = 0;
        for (int i = 0; i < messages.size(); i += 500) {
            List<Ingestor.Incoming> batch = new ArrayList<>();
            for (Message m : messages.subList(i, Math.min(messages.size(), i + 500))) {
                batch.add(new Ingestor.Incoming(m.deviceCode(), m.json().getBytes(StandardCharsets.UTF_8)));
            }
            stored += ingestor.ingest(batch).stream().filter(r -> r == Ingestor.Result.STORED).count();
        }
        // played history: a device was last heard at its last reading's time, not when it was played
        store.lastSeenAtLastReading(messages.stream().map(Message::deviceCode).distinct().toList());
        return stored;
    }
}
