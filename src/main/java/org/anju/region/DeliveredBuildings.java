package org.anju.region;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anju.identity.AuditEntry;
import org.anju.identity.AuditLog;
import org.anju.identity.Permission;
import org.anju.platform.InvalidRequestException;
import org.anju.platform.InvalidRequestException.FieldError;
import org.anju.region.RegisterView.Building;
import org.anju.region.RegisterView.Estate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 新交付楼栋登记: a building the developer has just delivered, registered with its houses and no owners. Until a
 * house is sold it is the developer's (开发商未售房屋), and the fund charges the developer its first deposit
 * (Order 165 art. 21); the register only records that no one else owns it yet (decision 0029). Written by the
 * county, township or community within its jurisdiction (REGISTER_WRITE), in one transaction, audited.
 */
@Service
@Transactional(readOnly = true)
public class DeliveredBuildings {

    /**
     * A delivered building: its name, how many sections (单元), floors and houses per floor of a section, the same
     * exclusive area for each house, whether it has a lift, the year built (this year when null) and the management
     * area (the estate's default area when null).
     */
    public record NewBuilding(String name, Integer sections, Integer floors, Integer housesPerFloor,
                              BigDecimal exclusiveArea, Boolean hasLift, Integer builtYear, Long areaId) {
    }

    static final int MAX_SECTIONS = 20;
    static final int MAX_FLOORS = 60;
    static final int MAX_HOUSES_PER_FLOOR = 12;
    static final BigDecimal MAX_AREA = new BigDecimal("1000");

    private final Register register;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    DeliveredBuildings(Register register, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.register = register;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers the building and its sections × floors × houses per floor houses, numbered floor × 100 + n (1201)
     * in sections 1..k, none with an owner. Outside the jurisdiction 404, without REGISTER_WRITE 403, bad fields
     * 400 (one entry each), a name the estate already has 422; a refusal writes nothing.
     */
    @Transactional
    public Building register(long estateId, NewBuilding b) {
        Estate estate = register.estate(estateId);
        Register.requirePermission(Permission.REGISTER_WRITE);
        int thisYear = Year.now(clock).getValue();
        List<FieldError> errors = check(b, thisYear);
        if (b.areaId() != null && !areaOf(estateId, b.areaId())) {
            errors.add(new FieldError("areaId", "error.delivered.area"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(400, "error.invalid", errors);
        }
        // one registration of the estate at a time, so two cannot both take a free name
        jdbc.sql("select id from reg_estate where id = ? for update").param(estateId).query(Long.class).single();
        String name = b.name().strip();
        boolean taken = jdbc.sql("select count(*) from reg_building where estate_id = ? and name = ?")
                .params(estateId, name).query(Long.class).single() > 0;
        if (taken) {
            throw InvalidRequestException.rule("name", "error.delivered.nameTaken", name);
        }
        // a building given no area goes to the estate's default one (trigger of decision 0027)
        long id = jdbc.sql("""
                        insert into reg_building (estate_id, management_area_id, name, floors, has_lift)
                        values (:estate, :area, :name, :floors, :lift)
                        returning id""")
                .param("estate", estateId).param("area", b.areaId()).param("name", name)
                .param("floors", b.floors()).param("lift", Boolean.TRUE.equals(b.hasLift()))
                .query(Long.class).single();
        int houses = jdbc.sql("""
                        insert into reg_house (estate_id, building_id, section, number, exclusive_area, use, built_year)
                        select :estate, :building, s::text, (f * 100 + n)::text, :area, 'RESIDENTIAL', :year
                        from generate_series(1, :sections) s, generate_series(1, :floors) f,
                             generate_series(1, :perFloor) n
                        order by s, f, n""")
                .param("estate", estateId).param("building", id).param("area", b.exclusiveArea())
                .param("year", b.builtYear() == null ? thisYear : b.builtYear())
                .param("sections", b.sections()).param("floors", b.floors()).param("perFloor", b.housesPerFloor())
                .update();
        audit.record(AuditEntry.created("building", id, "新交付楼栋登记 " + estate.name() + " " + name + ", 开发商未售房屋 "
                + houses + " 户", Map.of("estateId", estateId, "name", name, "sections", b.sections(),
                "floors", b.floors(), "housesPerFloor", b.housesPerFloor(), "exclusiveArea", b.exclusiveArea(),
                "houses", houses)));
        return register.building(id);
    }

    /** Every bad field of the request, each once. */
    private static List<FieldError> check(NewBuilding b, int thisYear) {
        List<FieldError> errors = new ArrayList<>();
        if (b.name() == null || b.name().isBlank() || b.name().strip().length() > 32) {
            errors.add(new FieldError("name", "error.delivered.name"));
        }
        between(errors, "sections", b.sections(), MAX_SECTIONS);
        between(errors, "floors", b.floors(), MAX_FLOORS);
        between(errors, "housesPerFloor", b.housesPerFloor(), MAX_HOUSES_PER_FLOOR);
        BigDecimal area = b.exclusiveArea();
        if (area == null || area.signum() <= 0 || area.compareTo(MAX_AREA) > 0
                || area.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("exclusiveArea", "error.delivered.exclusiveArea"));
        }
        if (b.builtYear() != null && (b.builtYear() < 1900 || b.builtYear() > thisYear)) {
            errors.add(new FieldError("builtYear", "error.delivered.builtYear", String.valueOf(thisYear)));
        }
        return errors;
    }

    private static void between(List<FieldError> errors, String field, Integer value, int max) {
        if (value == null || value < 1 || value > max) {
            errors.add(new FieldError(field, "error.delivered." + field, max));
        }
    }

    private boolean areaOf(long estateId, long areaId) {
        return jdbc.sql("select count(*) from reg_management_area where id = ? and estate_id = ?")
                .params(areaId, estateId).query(Long.class).single() > 0;
    }
}
