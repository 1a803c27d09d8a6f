package org.anju.lifeservice.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anju.identity.Jurisdiction;
import org.anju.lifeservice.BookingStatus;
import org.anju.lifeservice.LifeView.Booking;
import org.anju.lifeservice.LifeView.Elderly;
import org.anju.lifeservice.LifeView.Service;
import org.anju.lifeservice.LifeView.Stat;
import org.anju.lifeservice.ServiceCategory;
import org.anju.platform.PageRequest;
import org.anju.platform.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Catalogue, elderly residents and bookings. Every read ANDs the caller's jurisdiction, unless named public. */
@Repository
public class LifeStore {

    /** A catalogue item to insert. */
    public record NewService(long companyId, long estateId, ServiceCategory category, String name, String provider,
                             BigDecimal price, String unit, String hours, String areaServed) {
    }

    /** A booking to insert (price and unit copied from the catalogue). */
    public record NewBooking(long serviceId, long houseId, long estateId, Long elderlyId, String bookedBy,
                             String bookerRole, Instant slotStart, Instant slotEnd, String address, String note,
                             BigDecimal price, String unit) {
    }

    /** Filters of the booking list (the provider's calendar: from..to). */
    public record BookingFilter(Long estateId, Long houseId, BookingStatus status, Instant from, Instant to,
                                Long companyId) {
    }

    private static final String HOUSE = "concat_ws(' ', bd.name, nullif(h.section, ''), h.number)";

    private static final String SERVICE = """
            select s.id, s.company_id, s.estate_id, e.name estate_name, s.category, s.name, s.provider, s.price, s.unit,
                   s.hours, s.area_served, s.published
            from lsv_service s join reg_estate e on e.id = s.estate_id
            """;

    private static final String BOOKING = """
            select k.*, s.name service_name, s.provider, %s house, e.name estate_name, o.name elderly_name
            from lsv_booking k join lsv_service s on s.id = k.service_id join reg_estate e on e.id = k.estate_id
                 join reg_house h on h.id = k.house_id join reg_building bd on bd.id = h.building_id
                 left join lsv_elderly o on o.id = k.elderly_id
            """.formatted(HOUSE);

    private final JdbcClient jdbc;

    LifeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's active project on the estate (read from the market's mkt_project). */
    public boolean serves(long companyId, long estateId) {
        return jdbc.sql("""
                        select count(*) from mkt_project where estate_id = ? and company_id = ?
                          and (ended_on is null or ended_on >= current_date)""")
                .params(estateId, companyId).query(Long.class).single() > 0;
    }

    public long insertService(NewService s) {
        return jdbc.sql("""
                        insert into lsv_service (company_id, estate_id, category, name, provider, price, unit, hours,
                                                 area_served)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.companyId(), s.estateId(), s.category().name(), s.name(), s.provider(), s.price(), s.unit(),
                        s.hours(), s.areaServed()).query(Long.class).single();
    }

    public boolean serviceExists(long estateId, String name, String provider) {
        return jdbc.sql("select count(*) from lsv_service where estate_id = ? and name = ? and provider = ?")
                .params(estateId, name, provider).query(Long.class).single() > 0;
    }

    public void publish(long id, boolean published) {
        jdbc.sql("update lsv_service set published = ? where id = ?").params(published, id).update();
    }

    private static Where serviceWhere(Jurisdiction j, Long estateId, ServiceCategory category, Boolean published) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        return new Where().and(in.sql(), in.params()).andIf(estateId, "s.estate_id = :estate", "estate")
                .andIf(category == null ? null : category.name(), "s.category = :category", "category")
                .andIf(published, "s.published = :published", "published");
    }

    public List<Service> services(Jurisdiction j, Long estateId, ServiceCategory category, Boolean published,
                                  PageRequest page) {
        Where w = serviceWhere(j, estateId, category, published);
        return jdbc.sql(SERVICE + " where " + w.sql() + " order by e.name, s.category, s.name, s.id"
                        + " limit :limit offset :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset()).query(LifeStore::service).list();
    }

    public long countServices(Jurisdiction j, Long estateId, ServiceCategory category, Boolean published) {
        Where w = serviceWhere(j, estateId, category, published);
        return jdbc.sql("select count(*) from lsv_service s join reg_estate e on e.id = s.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    public Optional<Service> service(Jurisdiction j, long id) {
        Where w = serviceWhere(j, null, null, null).and("s.id = :id", Map.of("id", id));
        return jdbc.sql(SERVICE + " where " + w.sql()).params(w.params()).query(LifeStore::service).optional();
    }

    /** The estate's published catalogue, for the public disclosure board (no jurisdiction). */
    public List<Service> published(long estateId) {
        return jdbc.sql(SERVICE + " where s.estate_id = ? and s.published order by s.category, s.name, s.id")
                .param(estateId).query(LifeStore::service).list();
    }

    public long insertElderly(long houseId, long estateId, String name, LocalDate consentOn, String note, String by) {
        return jdbc.sql("""
                        insert into lsv_elderly (house_id, estate_id, name, consent_on, consent_note, recorded_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(houseId, estateId, name, consentOn, note, by).query(Long.class).single();
    }

    public boolean elderlyExists(long houseId, String name) {
        return jdbc.sql("select count(*) from lsv_elderly where house_id = ? and name = ?").params(houseId, name)
                .query(Long.class).single() > 0;
    }

    public List<Elderly> elderlyOf(long houseId) {
        return jdbc.sql("""
                        select id, house_id, name, consent_on, consent_note, recorded_by, withdrawn_on
                        from lsv_elderly where house_id = ? order by id""").param(houseId)
                .query((rs, n) -> new Elderly(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class))).list();
    }

    public long insertBooking(NewBooking b) {
        return jdbc.sql("""
                        insert into lsv_booking (service_id, house_id, estate_id, elderly_id, booked_by, booker_role,
                                                 slot_start, slot_end, address, note, price, unit, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED') returning id""")
                .params(b.serviceId(), b.houseId(), b.estateId(), b.elderlyId(), b.bookedBy(), b.bookerRole(),
                        b.slotStart().atOffset(ZoneOffset.UTC), b.slotEnd().atOffset(ZoneOffset.UTC), b.address(),
                        b.note(), b.price(), b.unit())
                .query(Long.class).single();
    }

    /** No-shows of the house since the instant. */
    public long noShowsSince(long houseId, Instant since) {
        return jdbc.sql("select count(*) from lsv_booking where house_id = ? and status = 'NO_SHOW' and slot_start >= ?")
                .params(houseId, since.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    /** Moves a booking from one status to another (and sets the given columns); false if it moved meanwhile. */
    public boolean move(long id, BookingStatus from, BookingStatus to, Map<String, ?> set) {
        StringBuilder sql = new StringBuilder("update lsv_booking set status = :to, updated_at = now()");
        Map<String, Object> p = new HashMap<>(set);
        set.keySet().forEach(k -> sql.append(", ").append(k).append(" = :").append(k));
        p.put("to", to.name());
        p.put("from", from.name());
        p.put("id", id);
        return jdbc.sql(sql + " where id = :id and status = :from").params(p).update() == 1;
    }

    public boolean rate(long id, int rating, String comment) {
        return jdbc.sql("""
                        update lsv_booking set rating = ?, rating_comment = ?, updated_at = now()
                        where id = ? and status = 'COMPLETED' and rating is null""")
                .params(rating, comment, id).update() == 1;
    }

    private static Where bookingWhere(Jurisdiction j, BookingFilter f) {
        Jurisdiction.Condition in = j.houses("e.region_path", "k.estate_id", "k.house_id");
        return new Where().and(in.sql(), in.params())
                .andIf(f.estateId(), "k.estate_id = :estate", "estate")
                .andIf(f.houseId(), "k.house_id = :house", "house")
                .andIf(f.status() == null ? null : f.status().name(), "k.status = :status", "status")
                .andIf(f.from() == null ? null : f.from().atOffset(ZoneOffset.UTC), "k.slot_end >= :from", "from")
                .andIf(f.to() == null ? null : f.to().atOffset(ZoneOffset.UTC), "k.slot_start < :to", "to")
                .andIf(f.companyId(), "s.company_id = :company", "company");
    }

    public List<Booking> bookings(Jurisdiction j, BookingFilter f, PageRequest page) {
        Where w = bookingWhere(j, f);
        return jdbc.sql(BOOKING + " where " + w.sql() + " order by k.slot_start desc, k.id desc"
                        + " limit :limit offset :offset").params(w.params())
                .param("limit", page.size()).param("offset", page.offset()).query(LifeStore::booking).list();
    }

    public long countBookings(Jurisdiction j, BookingFilter f) {
        Where w = bookingWhere(j, f);
        return jdbc.sql("select count(*) from lsv_booking k join lsv_service s on s.id = k.service_id"
                        + " join reg_estate e on e.id = k.estate_id where " + w.sql())
                .params(w.params()).query(Long.class).single();
    }

    public Optional<Booking> booking(Jurisdiction j, long id) {
        Where w = bookingWhere(j, new BookingFilter(null, null, null, null, null, null))
                .and("k.id = :id", Map.of("id", id));
        return jdbc.sql(BOOKING + " where " + w.sql()).params(w.params()).query(LifeStore::booking).optional();
    }

    /** The service's company (for the provider's checks), whoever asks. */
    public long companyOf(long serviceId) {
        return jdbc.sql("select company_id from lsv_service where id = ?").param(serviceId).query(Long.class).single();
    }

    /** Bookings grouped by estate or by provider within the jurisdiction, since the instant. */
    public List<Stat> stats(Jurisdiction j, boolean byProvider, Long estateId, Instant since) {
        Jurisdiction.Condition in = j.rows("e.region_path", "e.id");
        Where w = new Where().and(in.sql(), in.params()).and("k.created_at >= :since",
                Map.of("since", since.atOffset(ZoneOffset.UTC))).andIf(estateId, "k.estate_id = :estate", "estate");
        String key = byProvider ? "s.provider, s.provider" : "e.id::text, e.name";
        return jdbc.sql("""
                        select %s, count(*), count(*) filter (where k.status = 'COMPLETED'),
                               count(*) filter (where k.status = 'CANCELLED'), count(*) filter (where k.status = 'NO_SHOW'),
                               round(avg(k.rating), 2), count(k.rating)
                        from lsv_booking k join lsv_service s on s.id = k.service_id join reg_estate e on e.id = k.estate_id
                        where %s group by 1, 2 order by count(*) desc, 2 limit 50""".formatted(key, w.sql()))
                .params(w.params())
                .query((rs, n) -> {
                    long all = rs.getLong(3);
                    long done = rs.getLong(4);
                    return new Stat(rs.getString(1), rs.getString(2), all, done, rs.getLong(5), rs.getLong(6),
                            all == 0 ? null : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(all), 4,
                                    java.math.RoundingMode.HALF_UP), rs.getBigDecimal(7), rs.getLong(8));
                }).list();
    }

    static Service service(ResultSet rs, int n) throws SQLException {
        return new Service(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("estate_id"),
                rs.getString("estate_name"), ServiceCategory.valueOf(rs.getString("category")), rs.getString("name"),
                rs.getString("provider"), rs.getBigDecimal("price"), rs.getString("unit"), rs.getString("hours"),
                rs.getString("area_served"), rs.getBoolean("published"));
    }

    static Booking booking(ResultSet rs, int n) throws SQLException {
        long elderly = rs.getLong("elderly_id");
        int rating = rs.getInt("rating");
        return new Booking(rs.getLong("id"), rs.getLong("service_id"), rs.getString("service_name"),
                rs.getString("provider"), rs.getLong("house_id"), rs.getString("house"), rs.getLong("estate_id"),
                rs.getString("estate_name"), elderlyOrNull(elderly),
                rs.getString("elderly_name"), rs.getString("booked_by"), rs.getString("booker_role"),
                rs.getObject("slot_start", OffsetDateTime.class), rs.getObject("slot_end", OffsetDateTime.class),
                rs.getString("address"), rs.getString("note"), rs.getBigDecimal("price"), rs.getString("unit"),
                BookingStatus.valueOf(rs.getString("status")), rs.getObject("scheduled_at", OffsetDateTime.class),
                rs.getString("worker"), rs.getBigDecimal("quantity"), rs.getBigDecimal("charged"),
                rs.getObject("rating") == null ? null : rating, rs.getString("rating_comment"), rs.getString("reason"));
    }

    private static Long elderlyOrNull(long id) {
        return id == 0 ? null : id;
    }
}
