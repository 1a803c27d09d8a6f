package org.anju.lifeservice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.identity.AnjuUser;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Jurisdiction;
import org.anju.identity.Jurisdictions;
import org.anju.identity.Role;
import org.anju.lifeservice.LifeView.Booking;
import org.anju.lifeservice.LifeView.Elderly;
import org.anju.lifeservice.LifeView.Service;
import org.anju.lifeservice.LifeView.Stat;
import org.anju.lifeservice.internal.LifeStore;
import org.anju.lifeservice.internal.LifeStore.BookingFilter;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.NotFoundException;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.region.Register;
import org.anju.region.RegisterView.House;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings of life services. An owner books in one step for a house of theirs (the address is the house's);
 * a family owner or the community books for an elderly resident whose consent is recorded; the provider (the
 * company that lists the service) accepts, schedules, completes at the catalogue price, declines or records
 * a no-show; the booker cancels in time and rates. Rules: {@link BookingPolicy}. Reads within the
 * jurisdiction (an owner: own houses; outside = 404); every change audited.
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
public class Bookings {

    /** A booking in one step; houseId may be left out by an owner with one house in the service's estate. */
    public record NewBooking(Long serviceId, Long houseId, Long elderlyId, OffsetDateTime slotStart,
                             OffsetDateTime slotEnd, String note) {
    }

    /** Grouping of the statistics. */
    public enum StatsBy {
        /** One row per estate. */
        ESTATE,
        /** One row per provider. */
        PROVIDER
    }

    private final LifeStore store;
    private final Jurisdictions jurisdictions;
    private final Register register;
    private final AuditLog audit;
    private final Clock clock;
    private final LifeSettings settings;

    Bookings(LifeStore store, Jurisdictions jurisdictions, Register register, AuditLog audit, Clock clock,
             LifeSettings settings) {
        this.settings = settings;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Booking book(NewBooking n) {
        if (n.serviceId() == null) {
            throw InvalidRequestException.field("serviceId", "booking.error.service");
        }
        Jurisdiction j = jurisdictions.current();
        Service s = store.service(j, n.serviceId()).orElseThrow(() -> new NotFoundException("service", n.serviceId()));
        AnjuUser user = Acting.require(Role.OWNER, Role.COMMUNITY);
        long houseId = houseFor(n.houseId(), s, j);
        House house = register.house(houseId);
        if (!s.published()) {
            throw InvalidRequestException.rule("serviceId", "booking.error.unpublished");
        }
        if (house.estateId() != s.estateId()) {
            throw InvalidRequestException.rule("houseId", "booking.error.otherEstate");
        }
        if (user.role() == Role.COMMUNITY && n.elderlyId() == null) {
            throw InvalidRequestException.rule("elderlyId", "booking.error.communityElderly");
        }
        if (n.elderlyId() != null && store.elderlyOf(houseId).stream()
                .noneMatch(e -> e.id() == n.elderlyId() && e.withdrawnOn() == null)) {
            throw InvalidRequestException.rule("elderlyId", "booking.error.elderly");
        }
        Instant now = clock.instant();
        Instant start = n.slotStart() == null ? null : n.slotStart().toInstant();
        Instant end = n.slotEnd() == null ? null : n.slotEnd().toInstant();
        BookingPolicy.Limits limits = settings.limits();
        BookingPolicy.slot(start, end, now, limits).ifPresent(e -> {
            throw new InvalidRequestException(422, "error.rule", List.of(e));
        });
        String note = Acting.text("note", n.note(), 0, 500, "booking.error.note");
        if (BookingPolicy.blockedByNoShows(store.noShowsSince(houseId, now.minus(Duration.ofDays(
                limits.noShowDays()))), limits)) {
            throw InvalidRequestException.rule("houseId", "booking.error.noShows", limits.noShowLimit(),
                    limits.noShowDays());
        }
        long id = store.insertBooking(new LifeStore.NewBooking(s.id(), houseId, s.estateId(), n.elderlyId(),
                Acting.actor(), user.role().name(), start, end, address(house), note, s.price(), s.unit()));
        audit.record(AuditEntry.created("booking", id, "预约 " + s.name() + " (房屋 " + houseId + ")",
                Map.of("serviceId", s.id(), "houseId", houseId, "price", s.price())));
        return get(id);
    }

    /** The house to book for: the given one, or the owner's only house in the service's estate. */
    private long houseFor(Long houseId, Service s, Jurisdiction j) {
        if (houseId != null) {
            return houseId;
        }
        if (j.scope() == Jurisdiction.Scope.HOUSES) {
            List<House> mine = j.houseIds().stream().map(register::house).filter(h -> h.estateId() == s.estateId())
                    .toList();
            if (mine.size() == 1) {
                return mine.get(0).id();
            }
        }
        throw InvalidRequestException.field("houseId", "booking.error.house");
    }

    /** The address the provider goes to, prefilled from the house. */
    public static String address(House h) {
        return h.estateName() + " " + h.buildingName() + " "
                + (h.section() == null || h.section().isBlank() ? "" : h.section() + "单元 ") + h.number();
    }

    public PageResult<Booking> list(Long estateId, Long houseId, BookingStatus status, LocalDate from, LocalDate to,
                                    PageRequest page) {
        Jurisdiction j = jurisdictions.current();
        Long company = Jurisdictions.currentUser().filter(u -> u.role() == Role.PROPERTY_COMPANY)
                .map(u -> u.binding().companyId()).orElse(null);
        var f = new BookingFilter(estateId, houseId, status, day(from), to == null ? null : day(to.plusDays(1)), company);
        return new PageResult<>(store.bookings(j, f, page), store.countBookings(j, f), page.page(), page.size());
    }

    private Instant day(LocalDate d) {
        return d == null ? null : d.atStartOfDay(clock.getZone()).toInstant();
    }

    public Booking get(long id) {
        return store.booking(jurisdictions.current(), id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    @Transactional
    public Booking accept(long id) {
        Booking b = providers(id);
        return move(b, BookingStatus.ACCEPTED, Map.of(), "受理预约");
    }

    @Transactional
    public Booking schedule(long id, OffsetDateTime at, String worker) {
        Booking b = providers(id);
        if (at == null) {
            throw InvalidRequestException.field("at", "booking.error.at");
        }
        String who = Acting.text("worker", worker, 1, 64, "booking.error.worker");
        Map<String, Object> set = new HashMap<>();
        set.put("scheduled_at", at.withOffsetSameInstant(ZoneOffset.UTC));
        set.put("worker", who);
        return move(b, BookingStatus.SCHEDULED, set, "派单 " + who);
    }

    /** Completes at the booked catalogue price times the quantity: the provider cannot type another amount. */
    @Transactional
    public Booking complete(long id, BigDecimal quantity) {
        Booking b = providers(id);
        BigDecimal charged = BookingPolicy.charge(b.price(), quantity)
                .orElseThrow(() -> InvalidRequestException.field("quantity", "booking.error.quantity"));
        return move(b, BookingStatus.COMPLETED, Map.of("quantity", quantity, "charged", charged), "完成服务 "
                + charged + " 元");
    }

    @Transactional
    public Booking decline(long id, String reason) {
        Booking b = providers(id);
        String why = Acting.text("reason", reason, 2, 200, "booking.error.reason");
        return move(b, BookingStatus.DECLINED, Map.of("reason", why), "拒绝预约");
    }

    @Transactional
    public Booking noShow(long id) {
        Booking b = providers(id);
        if (!BookingPolicy.noShowMayBeRecorded(b.slotStart().toInstant(), clock.instant())) {
            throw InvalidRequestException.rule("status", "booking.error.noShowEarly");
        }
        return move(b, BookingStatus.NO_SHOW, Map.of(), "未到场");
    }

    /** The booker cancels free until {@link BookingPolicy#FREE_CANCEL} before the slot; later only the provider. */
    @Transactional
    public Booking cancel(long id, String reason) {
        Booking b = get(id);
        String why = Acting.text("reason", reason, 0, 200, "booking.error.reason");
        AnjuUser user = Acting.require(Role.OWNER, Role.COMMUNITY, Role.PROPERTY_COMPANY);
        if (user.role() == Role.PROPERTY_COMPANY) {
            providers(id);
            if (why == null) {
                throw InvalidRequestException.field("reason", "booking.error.reason");
            }
        } else {
            booker(b, user);
            BookingPolicy.Limits limits = settings.limits();
            if (!BookingPolicy.bookerMayCancel(b.slotStart().toInstant(), clock.instant(), limits)) {
                throw InvalidRequestException.rule("status", "booking.error.lateCancel",
                        limits.freeCancel().toHours());
            }
        }
        Map<String, Object> set = new HashMap<>();
        set.put("reason", why);
        return move(b, BookingStatus.CANCELLED, set, "取消预约");
    }

    @Transactional
    public Booking rate(long id, Integer rating, String comment) {
        Booking b = get(id);
        booker(b, Acting.require(Role.OWNER, Role.COMMUNITY));
        if (rating == null || rating < 1 || rating > 5) {
            throw InvalidRequestException.field("rating", "booking.error.rating");
        }
        String text = Acting.text("comment", comment, 0, 500, "booking.error.comment");
        if (!store.rate(id, rating, text)) {
            throw InvalidRequestException.rule("rating", "booking.error.notRateable");
        }
        audit.record(new AuditEntry("RATE", "booking", String.valueOf(id), "评价 " + rating + " 星", null,
                Map.of("rating", rating), null));
        return get(id);
    }

    /** Records an elderly resident of a house with consent: a family owner of the house, or the community. */
    @Transactional
    public Elderly registerElderly(Long houseId, String name, LocalDate consentOn, String consentNote) {
        if (houseId == null) {
            throw InvalidRequestException.field("houseId", "booking.error.house");
        }
        House h = register.house(houseId);
        Acting.require(Role.OWNER, Role.COMMUNITY);
        String who = Acting.text("name", name, 1, 64, "elderly.error.name");
        String note = Acting.text("consentNote", consentNote, 2, 200, "elderly.error.consent");
        LocalDate today = LocalDate.now(clock);
        if (consentOn == null || consentOn.isAfter(today)) {
            throw InvalidRequestException.field("consentOn", "elderly.error.consentOn");
        }
        if (store.elderlyExists(houseId, who)) {
            throw InvalidRequestException.rule("name", "elderly.error.duplicate");
        }
        long id = store.insertElderly(houseId, h.estateId(), who, consentOn, note, Acting.actor());
        audit.record(AuditEntry.created("elderly", id, "登记老年住户 (房屋 " + houseId + ") 及其同意",
                Map.of("houseId", houseId, "consentOn", consentOn)));
        return store.elderlyOf(houseId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    public List<Elderly> elderly(long houseId) {
        register.house(houseId);
        return store.elderlyOf(houseId);
    }

    /** Bookings, completion and ratings per estate or provider over the last days (1..366). */
    public List<Stat> stats(StatsBy by, Long estateId, Integer days) {
        int d = days == null ? 90 : days;
        if (d < 1 || d > 366) {
            throw InvalidRequestException.field("days", "booking.error.days");
        }
        if (estateId != null) {
            register.estate(estateId);
        }
        return store.stats(jurisdictions.current(), by == StatsBy.PROVIDER, estateId,
                clock.instant().minus(Duration.ofDays(d)));
    }

    private Booking providers(long id) {
        Booking b = get(id);
        long company = Acting.require(Role.PROPERTY_COMPANY).binding().companyId();
        if (store.companyOf(b.serviceId()) != company) {
            throw new AccessDeniedException("not the provider");
        }
        return b;
    }

    private static void booker(Booking b, AnjuUser user) {
        // an owner reaches only own houses' bookings (jurisdiction); the community only what it booked itself
        if (user.role() == Role.COMMUNITY && !user.getUsername().equals(b.bookedBy())) {
            throw new AccessDeniedException("not the booker");
        }
    }

    private Booking move(Booking b, BookingStatus to, Map<String, ?> set, String summary) {
        if (!b.status().next().contains(to) || !store.move(b.id(), b.status(), to, set)) {
            throw InvalidRequestException.rule("status", "booking.error.transition");
        }
        audit.record(new AuditEntry(to.name(), "booking", String.valueOf(b.id()), summary + " (预约 " + b.id() + ")",
                Map.of("status", b.status()), Map.of("status", to), null));
        return get(b.id());
    }
}
