package org.anju.renewal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.renewal.RenewalView.AreaDetail;
import org.anju.renewal.RenewalView.Funding;
import org.anju.renewal.RenewalView.OldEstate;
import org.anju.renewal.RenewalView.ServiceArea;
import org.anju.renewal.RenewalView.Settings;
import org.anju.renewal.internal.RenewalStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Old estates' public API (plan §20). Reads within the caller's jurisdiction (outside = 404). The county or the
 * township (由乡镇办建立物业服务站) records renovations, sets up service areas with their stations, groups estates of
 * the same township into them and records funding; the county edits the area target. Other roles 403. Audited.
 */
@Service
@Transactional(readOnly = true)
public class OldEstates {

    /** An estate's renovation as entered; {@code serviceAreaId} null when not grouped. */
    public record RenovationForm(RenovationStatus status, Integer renovationYear, String scope,
                                 BigDecimal buildingArea, Long serviceAreaId) {
    }

    /** A service area and its station; {@code townshipId} is needed from the county only. */
    public record AreaForm(Long townshipId, String name, String stationName, String stationAddress,
                           LocalDate stationOpenedOn) {
    }

    /** A funding entry in yuan (scale 2 at most). */
    public record FundingForm(Integer year, FundingSource source, BigDecimal amount, String note) {
    }

    /** The county's target building area per service area (m²) and tolerance in percent. */
    public record SettingsForm(BigDecimal targetArea, Integer tolerancePercent) {
    }

    static final Set<Role> WRITERS = Set.of(Role.COUNTY_AUTHORITY, Role.TOWNSHIP_OFFICE);
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final RenewalStore store;
    private final Jurisdictions jurisdictions;
    private final AuditLog audit;
    private final Clock clock;

    OldEstates(RenewalStore store, Jurisdictions jurisdictions, AuditLog audit, Clock clock) {
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    public PageResult<OldEstate> estates(RenovationStatus status, String text, PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.estates(j, status, text, page), store.countEstates(j, status, text),
                page.page(), page.size());
    }

    public OldEstate estate(long estateId) {
        return store.estate(jurisdictions.current(), estateId).orElseThrow(() -> new NotFoundException("estate", estateId));
    }

    public PageResult<ServiceArea> areas(PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        return new PageResult<>(store.areas(j, store.settings(), page), store.countAreas(j), page.page(), page.size());
    }

    /** The service areas an estate may join: those of its own township. */
    public List<ServiceArea> areasFor(long estateId) {
        estate(estateId);
        return store.areasOfTownship(store.townshipOf(estateId), store.settings());
    }

    public AreaDetail area(long id) {
        Settings s = store.settings();
        ServiceArea a = store.area(jurisdictions.current(), s, id).orElseThrow(() -> new NotFoundException("service-area", id));
        List<Funding> funding = store.funding(id);
        Map<FundingSource, BigDecimal> totals = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            totals.put(source, BigDecimal.ZERO.setScale(2));
        }
        funding.forEach(f -> totals.merge(f.source(), f.amount(), BigDecimal::add));
        BigDecimal total = totals.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new AreaDetail(a, store.estatesOf(id), funding, totals, total, s);
    }

    public Settings settings() {
        return store.settings();
    }

    public static boolean mayWrite() {
        return Jurisdictions.currentUser().filter(u -> WRITERS.contains(u.role())).isPresent();
    }

    public static boolean isCounty() {
        return Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY).isPresent();
    }

    @Transactional
    public OldEstate renovate(long estateId, RenovationForm f) {
        AnjuUser user = writer();
        OldEstate before = estate(estateId);
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.status() == null) {
            errors.add(new FieldError("status", "renewal.error.status"));
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (f == null || f.renovationYear() == null || f.renovationYear() < 2000 || f.renovationYear() > thisYear + 10) {
            errors.add(new FieldError("renovationYear", "renewal.error.year"));
        }
        String scope = f == null ? null : text(errors, "scope", f.scope(), 1000);
        if (scope == null || scope.length() < 2) {
            errors.add(new FieldError("scope", "renewal.error.scope"));
        }
        if (f == null || f.buildingArea() == null || f.buildingArea().signum() <= 0
                || f.buildingArea().compareTo(new BigDecimal("9999999999.99")) > 0
                || f.buildingArea().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("buildingArea", "renewal.error.area"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (f.serviceAreaId() != null && store.townshipOfArea(f.serviceAreaId()) != store.townshipOf(estateId)) {
            throw InvalidRequestException.rule("serviceAreaId", "renewal.error.otherTownship");
        }
        RenewalStore.Renovation r = new RenewalStore.Renovation(f.status(), f.renovationYear(), scope,
                f.buildingArea(), f.serviceAreaId());
        store.saveRenovation(estateId, r, user.getUsername());
        audit.record(new AuditEntry("UPDATE", "old-estate", String.valueOf(estateId), "老旧小区改造 "
                + before.estateName(), before, r, null));
        return estate(estateId);
    }

    @Transactional
    public ServiceArea createArea(AreaForm f) {
        AnjuUser user = writer();
        long township = user.role() == Role.TOWNSHIP_OFFICE ? user.binding().regionId()
                : f == null || f.townshipId() == null ? -1 : f.townshipId();
        if (township < 0) {
            throw InvalidRequestException.field("townshipId", "renewal.error.township");
        }
        if (!store.isTownship(township) || !jurisdictions.current().coversRegion(store.regionPath(township))) {
            throw new NotFoundException("township", township);
        }
        RenewalStore.AreaFields fields = fields(f, township, 0);
        long id = store.insertArea(township, fields, user.getUsername());
        audit.record(AuditEntry.created("service-area", id, "老旧小区物业服务区域 " + fields.name(), fields));
        return area(id).area();
    }

    @Transactional
    public ServiceArea updateArea(long id, AreaForm f) {
        AnjuUser user = writer();
        ServiceArea before = area(id).area();
        if (!jurisdictions.current().coversRegion(store.regionPath(before.townshipId()))) {
            throw new NotFoundException("service-area", id);
        }
        RenewalStore.AreaFields fields = fields(f, before.townshipId(), id);
        store.updateArea(id, fields);
        audit.record(new AuditEntry("UPDATE", "service-area", String.valueOf(id), "修改物业服务区域 " + fields.name()
                + " (" + user.getUsername() + ")", before, fields, null));
        return area(id).area();
    }

    @Transactional
    public Funding fund(long areaId, FundingForm f) {
        AnjuUser user = writer();
        ServiceArea a = area(areaId).area();
        if (!jurisdictions.current().coversRegion(store.regionPath(a.townshipId()))) {
            throw new NotFoundException("service-area", areaId);
        }
        List<FieldError> errors = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        if (f == null || f.year() == null || f.year() < 2000 || f.year() > thisYear + 1) {
            errors.add(new FieldError("year", "renewal.error.year"));
        }
        if (f == null || f.source() == null) {
            errors.add(new FieldError("source", "renewal.error.source"));
        }
        if (f == null || f.amount() == null || f.amount().signum() <= 0 || f.amount().compareTo(MAX_AMOUNT) > 0
                || f.amount().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("amount", "renewal.error.amount"));
        }
        String note = f == null ? null : text(errors, "note", f.note(), 500);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        long id = store.addFunding(areaId, f.year(), f.source(), f.amount().setScale(2), note, user.getUsername());
        audit.record(AuditEntry.created("service-area-funding", id, "服务站经费 " + a.name() + " " + f.year() + " "
                + f.source() + " " + f.amount().toPlainString() + "元", f));
        return store.funding(areaId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** The county edits the target area and tolerance (no longer defaults). */
    @Transactional
    public Settings saveSettings(SettingsForm f) {
        AnjuUser user = Jurisdictions.currentUser().filter(u -> u.role() == Role.COUNTY_AUTHORITY)
                .orElseThrow(() -> new AccessDeniedException("COUNTY_AUTHORITY"));
        List<FieldError> errors = new ArrayList<>();
        if (f == null || f.targetArea() == null || f.targetArea().compareTo(new BigDecimal("1000")) < 0
                || f.targetArea().compareTo(new BigDecimal("1000000")) > 0 || f.targetArea().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("targetArea", "renewal.error.target"));
        }
        if (f == null || f.tolerancePercent() == null || f.tolerancePercent() < 1 || f.tolerancePercent() > 100) {
            errors.add(new FieldError("tolerancePercent", "renewal.error.tolerance"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        Settings before = store.settings();
        store.saveSettings(f.targetArea(), f.tolerancePercent(), user.getUsername());
        audit.record(new AuditEntry("UPDATE", "renewal-settings", "1", "物业服务区域面积标准", before, f, null));
        return store.settings();
    }

    private RenewalStore.AreaFields fields(AreaForm f, long township, long id) {
        List<FieldError> errors = new ArrayList<>();
        String name = f == null ? null : text(errors, "name", f.name(), 128);
        if (name == null || name.length() < 2) {
            errors.add(new FieldError("name", "renewal.error.name"));
        }
        String station = f == null ? null : text(errors, "stationName", f.stationName(), 128);
        String address = f == null ? null : text(errors, "stationAddress", f.stationAddress(), 256);
        LocalDate opened = f == null ? null : f.stationOpenedOn();
        if (opened != null && (opened.isAfter(LocalDate.now(clock)) || opened.getYear() < 2000)) {
            errors.add(new FieldError("stationOpenedOn", "renewal.error.opened"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        if (store.areaNameTaken(township, name, id)) {
            throw InvalidRequestException.rule("name", "renewal.error.nameTaken");
        }
        return new RenewalStore.AreaFields(name, station, address, opened);
    }

    private static AnjuUser writer() {
        return Jurisdictions.currentUser().filter(u -> WRITERS.contains(u.role()))
                .orElseThrow(() -> new AccessDeniedException("TOWNSHIP_OFFICE"));
    }

    private static String text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max || s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r')) {
            errors.add(new FieldError(field, "renewal.error.text", max));
        }
        return s;
    }
}
