package org.anju.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.anju.iot.DeviceKind;
import org.anju.iot.DeviceSeeds;
import org.anju.iot.DeviceSeeds.Message;
import org.anju.iot.DeviceSeeds.Seed;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.stereotype.Component;

/**
 * Devices in 台前县: in 城关镇's first estate the lift DEMO-LIFT-001 (secret Anju@2026, like every demo
 * device) with a passenger trapped right now, its fire panel, water tank (running low: an open alert),
 * secondary pump and hydrant pressure; lifts and smoke detectors in a few more estates. Six hours of
 * readings every ten minutes, played through the same ingestion as MQTT; one smoke detector fell silent two
 * hours ago (offline once the minute job runs).
 */
@Component
class SampleIot {

    static final String SECRET = "Anju@2026";

    private final DeviceSeeds seeds;

    SampleIot(DeviceSeeds seeds) {
        this.seeds = seeds;
    }

    void record(County county, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 15);
        List<Estate> seat = county.townships().get(0).communities().stream().flatMap(c -> c.estates().stream())
                .toList();
        Estate first = seat.get(0);
        LocalDate installed = LocalDate.of(2021, 6, 1);
        List<Seed> devices = new ArrayList<>(List.of(
                new Seed("DEMO-LIFT-001", DeviceKind.LIFT, "1号楼1单元电梯", first.id(), true, "台前县安达电梯维保有限公司", installed),
                new Seed("DEMO-FIRE-001", DeviceKind.FIRE_PANEL, "消防控制室报警主机", first.id(), false, "濮阳消防设施维保中心", installed),
                new Seed("DEMO-TANK-001", DeviceKind.WATER_TANK, "二次供水水箱", first.id(), false, null, installed),
                new Seed("DEMO-PUMP-001", DeviceKind.SECONDARY_PUMP, "二次供水泵房 1号泵", first.id(), false, null, installed),
                new Seed("DEMO-HYD-001", DeviceKind.HYDRANT_PRESSURE, "室外消火栓管网", first.id(), false, null, installed)));
        for (int i = 1; i < Math.min(6, seat.size()); i++) {
            devices.add(new Seed("DEMO-LIFT-%03d".formatted(i + 1), DeviceKind.LIFT, "1号楼电梯", seat.get(i).id(), true,
                    "台前县安达电梯维保有限公司", installed.plusMonths(i)));
            devices.add(new Seed("DEMO-SMOKE-%03d".formatted(i), DeviceKind.SMOKE_DETECTOR, "楼道烟感", seat.get(i).id(),
                    true, null, installed.plusMonths(i)));
        }
        seeds.register(devices, SECRET);
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        List<Message> messages = new ArrayList<>();
        for (int step = 36; step >= 0; step--) {
            OffsetDateTime ts = now.minusMinutes(10L * step);
            for (Seed d : devices) {
                if (d.code().equals("DEMO-SMOKE-001") && step < 12) {
                    continue; // silent for two hours
                }
                messages.add(new Message(d.code(), payload(d, ts, step, random)));
            }
        }
        seeds.play(messages);
    }

    private static String payload(Seed d, OffsetDateTime ts, int step, SplittableRandom r) {
        String metrics = switch (d.kind()) {
            case LIFT -> String.format(Locale.ROOT, "\"floor\":%d,\"speed\":%.2f", 1 + r.nextInt(18), r.nextDouble() * 1.75);
            case WATER_TANK -> String.format(Locale.ROOT, "\"level\":%.1f", d.code().equals("DEMO-TANK-001") ? 12 + step * 1.6 : 70.0);
            case SECONDARY_PUMP -> String.format(Locale.ROOT, "\"outletPressure\":%.3f", 0.30 + r.nextDouble() * 0.05);
            case HYDRANT_PRESSURE -> String.format(Locale.ROOT, "\"pressure\":%.3f", 0.22 + r.nextDouble() * 0.04);
            case SMOKE_DETECTOR -> String.format(Locale.ROOT, "\"battery\":%d", 60 + r.nextInt(30));
            default -> "";
        };
        String events = d.code().equals("DEMO-LIFT-001") && step == 0 ? "\"TRAPPED\"" : "";
        return "{\"ts\":\"" + ts + "\",\"metrics\":{" + metrics + "},\"events\":[" + events + "]}";
    }
}
