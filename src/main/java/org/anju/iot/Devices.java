package org.anju.iot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.Disclosures;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Permission;
import org.anju.identity.Role;
import org.anju.iot.IotView.Accepted;
import org.anju.iot.IotView.Board;
import org.anju.iot.IotView.Device;
import org.anju.iot.IotView.Reading;
import org.anju.iot.IotView.State;
import org.anju.iot.internal.AlertStore;
import org.anju.iot.internal.DeviceSecrets;
import org.anju.iot.internal.DeviceStore;
import org.anju.iot.internal.Ingestor;
import org.anju.iot.internal.Payload;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Devices' public API: the register (reads within the caller's jurisdiction, outside = 404; the county,
 * township and community with REGISTER_WRITE and a property company for its own estates register devices,
 * audited), each device's state and readings, the live board, and HTTP readings for devices that cannot
 * speak MQTT (authenticated by the device's code and secret).
 */
@Service
@Transactional(readOnly = true)
public class Devices {

    /** A device to register; the secret is stored hashed and never shown again. */
    public record NewDevice(String code, DeviceKind kind, String name, Long estateId, Long buildingId,
                            String maintainer, LocalDate installedOn, String secret) {
    }

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{3,64}");

    private final DeviceStore store;
    private final AlertStore alerts;
    private final Ingestor ingestor;
    private final DeviceSecrets secrets;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;
    private final Disclosures disclosures;

    Devices(DeviceStore store, AlertStore alerts, Ingestor ingestor, DeviceSecrets secrets,
            Jurisdictions jurisdictions, Register register, AuditLog audit, Clock clock, Disclosures disclosures) {
        this.disclosures = disclosures;
        this.store = store;
        this.alerts = alerts;
        this.ingestor = ingestor;
        this.secrets = secrets;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<Device> list(Long townshipId, Long communityId, Long estateId, DeviceKind kind, String q,
                                   PageRequest page) {
        var filter = new DeviceStore.Filter(townshipId, communityId, estateId, kind, q);
        var j = jurisdictions.current();
        return new PageResult<>(store.list(j, filter, page), store.count(j, filter), page.page(), page.size());
    }

    public Device get(String code) {
        return store.find(jurisdictions.current(), code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("device", code));
    }

    /** The device's latest state with its open alerts; a device that never reported is offline. */
    public State state(String code) {
        Device d = get(code);
        var openAlerts = alerts.list(jurisdictions.current(),
                new AlertStore.Filter(AlertStatus.OPEN, d.code(), null, null, null), new PageRequest(0, 50));
        return store.state(d.id())
                .map(s -> new State(d.code(), d.kind(), s.online(), s.lastTs(), s.lastSeen(), s.metrics(), s.events(),
                        s.readings(), openAlerts))
                .orElseGet(() -> new State(d.code(), d.kind(), false, null, null, Map.of(), List.of(), 0, openAlerts));
    }

    /** The device's readings of the last hours (at most 1000, newest first). */
    public List<Reading> readings(String code, Integer hours) {
        Device d = get(code);
        int h = hours == null ? 24 : Math.max(1, Math.min(hours, 24 * 31));
        return store.readings(d.id(), OffsetDateTime.now(clock).minusHours(h), 1000);
    }

    /** The live board of the caller's jurisdiction, or of one estate in it (404 outside). */
    public Board board(Long estateId) {
        if (estateId != null) {
            register.estate(estateId);
        }
        var j = jurisdictions.current();
        long[] counts = store.onlineCounts(j, estateId);
        return new Board(counts[0], counts[1], counts[0] - counts[1], alerts.openBySeverity(j, estateId),
                alerts.list(j, new AlertStore.Filter(AlertStatus.OPEN, null, estateId, null, null),
                        new PageRequest(0, 20)), store.lines(j, estateId, 50));
    }

    @Transactional
    public Device register(NewDevice n) {
        if (n.estateId() == null) {
            throw InvalidRequestException.field("estateId", "iot.error.estate");
        }
        register.estate(n.estateId());
        requireWriter();
        List<FieldError> errors = new ArrayList<>();
        if (n.code() == null || !CODE.matcher(n.code().strip()).matches()) {
            errors.add(new FieldError("code", "iot.error.code"));
        } else if (store.exists(n.code().strip())) {
            errors.add(new FieldError("code", "iot.error.codeTaken"));
        }
        if (n.kind() == null) {
            errors.add(new FieldError("kind", "iot.error.kind"));
        }
        if (n.name() == null || n.name().isBlank() || n.name().strip().length() > 100) {
            errors.add(new FieldError("name", "iot.error.name"));
        }
        if (n.buildingId() != null && !store.buildingInEstate(n.buildingId(), n.estateId())) {
            errors.add(new FieldError("buildingId", "iot.error.building"));
        }
        if (n.maintainer() != null && n.maintainer().strip().length() > 100) {
            errors.add(new FieldError("maintainer", "iot.error.maintainer"));
        }
        if (n.installedOn() != null && (n.installedOn().isAfter(LocalDate.now(clock))
                || n.installedOn().isBefore(LocalDate.of(1950, 1, 1)))) {
            errors.add(new FieldError("installedOn", "iot.error.installedOn"));
        }
        if (n.secret() == null || n.secret().length() < 8 || n.secret().length() > 64) {
            errors.add(new FieldError("secret", "iot.error.secret"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        String code = n.code().strip();
        String maintainer = n.maintainer() == null || n.maintainer().isBlank()
                ? maintainerOnBoard(n.estateId(), n.kind()) : n.maintainer().strip();
        long id = store.insert(code, n.kind(), n.name().strip(), n.estateId(), n.buildingId(), maintainer,
                n.installedOn(), secrets.hash(n.secret()));
        Device created = get(code);
        audit.record(AuditEntry.created("iot-device", id, "登记物联网设备 " + code,
                Map.of("code", code, "kind", n.kind().name(), "estateId", n.estateId())));
        return created;
    }

    /**
     * Stores a reading posted over HTTP: by the device itself (its code and secret), or typed in by a user
     * who may register devices there. A malformed payload is counted and refused (400), nothing stored.
     */
    @Transactional
    public Accepted postReading(String code, byte[] body, String secret) {
        DeviceStore.Known device;
        if (secret != null) {
            device = ingestor.device(code == null ? "" : code)
                    .filter(d -> secrets.matches(d.code(), secret, d.secretHash()))
                    .orElseThrow(DeviceUnauthorizedException::new);
        } else {
            get(code);
            requireWriter();
            device = ingestor.device(code).orElseThrow(() -> new NotFoundException("device", code));
        }
        Payload payload;
        try {
            payload = Payload.parse(body, OffsetDateTime.now(clock));
        } catch (Payload.Malformed e) {
            ingestor.malformed(code, e);
            throw InvalidRequestException.field("payload", "iot.error.payload", e.getMessage());
        }
        Accepted accepted = ingestor.ingestOne(device, payload);
        if (accepted == null) {
            throw InvalidRequestException.rule("ts", "iot.error.stale");
        }
        return accepted;
    }

    private static void requireWriter() {
        var user = Jurisdictions.currentUser().orElseThrow(() -> new AccessDeniedException("IOT_WRITE"));
        boolean official = user.role() == Role.COUNTY_AUTHORITY || user.role() == Role.TOWNSHIP_OFFICE
                || user.role() == Role.COMMUNITY;
        if (!(official && user.can(Permission.REGISTER_WRITE)) && user.role() != Role.PROPERTY_COMPANY) {
            throw new AccessDeniedException("IOT_WRITE");
        }
    }

    /**
     * The maintenance contractor the estate's disclosure board names for this kind (lift or fire systems, HN art.
     * 39), with its phone; null for water devices or when no board is published.
     */
    private String maintainerOnBoard(long estateId, DeviceKind kind) {
        try {
            BoardDraft b = disclosures.publicBoard(estateId).content();
            String name = kind == DeviceKind.LIFT ? b.liftContractor() : FIRE.contains(kind) ? b.fireContractor() : null;
            String phone = kind == DeviceKind.LIFT ? b.liftContractorPhone() : b.fireContractorPhone();
            if (name == null || name.isBlank()) {
                return null;
            }
            String text = name.strip() + (phone == null || phone.isBlank() ? "" : " " + phone.strip());
            return text.length() > 100 ? text.substring(0, 100) : text;
        } catch (NotFoundException noBoard) {
            return null;
        }
    }

    private static final java.util.Set<DeviceKind> FIRE = java.util.EnumSet.of(DeviceKind.FIRE_PANEL,
            DeviceKind.SMOKE_DETECTOR, DeviceKind.HYDRANT_PRESSURE, DeviceKind.FIRE_PUMP);
}
