package org.anju.iot.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.anju.iot.DeviceKind;
import org.anju.iot.Devices;
import org.anju.iot.IotView.Accepted;
import org.anju.iot.IotView.Device;
import org.anju.iot.IotView.Reading;
import org.anju.iot.IotView.State;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Devices on lifts, fire and water systems in the caller's jurisdiction, their state and readings. */
@RestController
@RequestMapping("/api/v1/iot/devices")
@Tag(name = "iot", description = "智慧物业: 电梯、消防、供水设备及其读数")
class DeviceApi {

    /** Body of POST /api/v1/iot/devices. */
    record DeviceRequest(String code, DeviceKind kind, String name, Long estateId, Long buildingId,
                         String maintainer, LocalDate installedOn, String secret) {
    }

    static final int MAX_BODY = 16 * 1024;

    private final Devices devices;

    DeviceApi(Devices devices) {
        this.devices = devices;
    }

    @GetMapping
    @Operation(summary = "分页查询管辖范围内的设备")
    PageResult<Device> list(@RequestParam(required = false) Long townshipId,
                            @RequestParam(required = false) Long communityId,
                            @RequestParam(required = false) Long estateId,
                            @RequestParam(required = false) DeviceKind kind, @RequestParam(required = false) String q,
                            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return devices.list(townshipId, communityId, estateId, kind, q, PageRequest.of(page, size));
    }

    @PostMapping
    @Operation(summary = "登记设备 (设备编码即 MQTT 用户名, 密钥只在登记时给出)")
    ResponseEntity<Device> register(@RequestBody DeviceRequest body) {
        Device d = devices.register(new Devices.NewDevice(body.code(), body.kind(), body.name(), body.estateId(),
                body.buildingId(), body.maintainer(), body.installedOn(), body.secret()));
        return ResponseEntity.created(URI.create("/api/v1/iot/devices/" + d.code())).body(d);
    }

    @GetMapping("/{code}")
    @Operation(summary = "设备详情; 不在管辖范围内为 404")
    Device get(@PathVariable String code) {
        return devices.get(code);
    }

    @GetMapping("/{code}/state")
    @Operation(summary = "设备最新状态 (在线、最新读数、未关闭告警)")
    State state(@PathVariable String code) {
        return devices.state(code);
    }

    @GetMapping("/{code}/readings")
    @Operation(summary = "设备最近若干小时的读数 (最多 1000 条, 新的在前)")
    List<Reading> readings(@PathVariable String code, @RequestParam(required = false) Integer hours) {
        return devices.readings(code, hours);
    }

    @PostMapping("/{deviceCode}/readings")
    @Operation(summary = "上报读数 (不能使用 MQTT 的设备): 与 MQTT 相同的 JSON; 设备以 HTTP Basic 设备编码:密钥认证")
    ResponseEntity<Accepted> post(@PathVariable String deviceCode, HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw InvalidRequestException.field("payload", "iot.error.payload", "too large");
        }
        return ResponseEntity.accepted().body(devices.postReading(deviceCode, body, deviceSecret(request, deviceCode)));
    }

    /** The secret of HTTP Basic credentials naming this device, or null (then a signed-in user posts). */
    static String deviceSecret(HttpServletRequest request, String deviceCode) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0 || !pair.substring(0, colon).equals(deviceCode)) {
                return null;
            }
            return pair.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
