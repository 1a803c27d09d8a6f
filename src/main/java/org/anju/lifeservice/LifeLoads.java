package org.anju.lifeservice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk loads for demo data (system jobs, never reachable from the web, no caller checks). */
@Service
public class LifeLoads {

    private final JdbcClient jdbc;

    LifeLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The standard catalogue (the company's own housekeeping and parcels, a partner's meals for the elderly
     * and haircuts at home) in every listed estate with an active project, listed by that project's company.
     */
    @Transactional
    public int catalogue(List<Long> estateIds) {
        if (estateIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        insert into lsv_service (company_id, estate_id, category, name, provider, price, unit, hours,
                                                 area_served)
                        select p.company_id, p.estate_id, s.category, s.name,
                               case when s.partner then s.provider else c.name end, s.price, s.unit, s.hours, '本小区'
                        from mkt_project p join mkt_company c on c.id = p.company_id
                             cross join (values ('HOUSEKEEPING', '家政保洁', false, '', 45.00, '小时', '08:00-18:00'),
                                                ('PARCEL', '快递代收代投', false, '', 0.00, '件', '07:00-21:00'),
                                                ('HOME_REPAIR', '水电小修', false, '', 30.00, '次', '08:00-20:00'),
                                                ('ELDERLY_CARE', '老年助餐送餐', true, '台前县颐养餐厅', 12.00, '餐', '11:00-12:30'),
                                                ('HEALTH', '上门测血压血糖', true, '城关镇社区卫生服务中心', 0.00, '次', '周二、周四 09:00-11:00'))
                                  s (category, name, partner, provider, price, unit, hours)
                        where p.ended_on is null and p.estate_id in (:estates)
                        on conflict (estate_id, name, provider) do nothing""")
                .param("estates", estateIds).update();
    }

    /**
     * Bookings of an owner's houses in the estate: one requested for tomorrow, one completed and rated last
     * week; and a few of other houses in every state, for the provider's list and the statistics.
     */
    @Transactional
    public int bookings(long estateId, long ownerId, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.HOURS);
        int n = 0;
        List<Long> own = jdbc.sql("""
                        select w.house_id from reg_ownership w where w.owner_id = ? and w.estate_id = ?
                        order by w.house_id""").params(ownerId, estateId).query(Long.class).list();
        List<Long> others = jdbc.sql("""
                        select h.id from reg_house h where h.estate_id = ?
                          and h.id not in (select house_id from reg_ownership where owner_id = ?)
                        order by h.id limit 6""").params(estateId, ownerId).query(Long.class).list();
        String[][] plan = {
                {"家政保洁", "REQUESTED", "26", "请带吸尘器", null},
                {"水电小修", "COMPLETED", "-150", "厨房水龙头漏水", "5"},
        };
        for (int i = 0; i < plan.length && i < own.size(); i++) {
            n += booking(estateId, own.get(i), plan[i], day, "yezhu", "OWNER");
        }
        String[][] more = {
                {"家政保洁", "ACCEPTED", "30", null, null},
                {"老年助餐送餐", "SCHEDULED", "20", "少盐", null},
                {"家政保洁", "COMPLETED", "-200", null, "4"},
                {"水电小修", "COMPLETED", "-100", null, "3"},
                {"快递代收代投", "CANCELLED", "-50", null, null},
                {"家政保洁", "NO_SHOW", "-70", null, null},
        };
        for (int i = 0; i < more.length && i < others.size(); i++) {
            n += booking(estateId, others.get(i), more[i], day, "system", "OWNER");
        }
        return n;
    }

    private int booking(long estateId, long houseId, String[] p, Instant day, String by, String role) {
        Instant start = day.plus(Long.parseLong(p[2]), ChronoUnit.HOURS);
        boolean done = "COMPLETED".equals(p[1]);
        return jdbc.sql("""
                        insert into lsv_booking (service_id, house_id, estate_id, booked_by, booker_role, slot_start,
                                                 slot_end, address, note, price, unit, status, quantity, charged,
                                                 rating, worker)
                        select s.id, h.id, h.estate_id, :by, :role, :start, :end,
                               concat_ws(' ', e.name, bd.name, nullif(h.section, '') || '单元', h.number), :note,
                               s.price, s.unit, :status, :qty, case when :done then s.price * 2 end, :rating,
                               case when :status in ('SCHEDULED', 'COMPLETED') then '王师傅' end
                        from lsv_service s join reg_house h on h.id = :house join reg_estate e on e.id = h.estate_id
                             join reg_building bd on bd.id = h.building_id
                        where s.estate_id = :estate and s.name = :name""")
                .param("by", by).param("role", role).param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", start.plus(2, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC)).param("note", p[3])
                .param("status", p[1]).param("qty", done ? new java.math.BigDecimal("2") : null)
                .param("done", done).param("rating", p[4] == null ? null : Integer.valueOf(p[4]))
                .param("house", houseId).param("estate", estateId).param("name", p[0]).update();
    }
}
