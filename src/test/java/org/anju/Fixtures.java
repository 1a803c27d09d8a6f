package org.anju;

import java.math.BigDecimal;
import java.util.UUID;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser;
import org.anju.identity.Role;
import org.anju.platform.crypto.BlindIndex;
import org.anju.platform.crypto.FieldCipher;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Test data written straight into the register's tables, with unique names so tests do not
 * collide with each other or with the demo data.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test@2026pass";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final FieldCipher cipher;
    private final BlindIndex index;

    Fixtures(JdbcClient jdbc, Accounts accounts, FieldCipher cipher, BlindIndex index) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cipher = cipher;
        this.index = index;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A region under parent (null for a top-level county). */
    public long region(Long parentId, String level, String name) {
        String parentPath = parentId == null ? "/" : jdbc.sql("select path from reg_region where id = ?")
                .param(parentId).query(String.class).single();
        long id = jdbc.sql("select nextval('reg_region_id_seq')").query(Long.class).single();
        jdbc.sql("insert into reg_region (id, parent_id, level, name, path) values (?, ?, ?, ?, ?)")
                .params(id, parentId, level, name, parentPath + id + "/").update();
        return id;
    }

    public long estate(long communityId, String name) {
        String path = jdbc.sql("select path from reg_region where id = ?").param(communityId).query(String.class).single();
        long id = jdbc.sql("insert into reg_estate (community_id, region_path, name) values (?, ?, ?) returning id")
                .params(communityId, path, name).query(Long.class).single();
        jdbc.sql("insert into reg_management_area (estate_id, name) values (?, ?)").params(id, name).update();
        return id;
    }

    /** A further management area of the estate (its default one is made with the estate). */
    public long area(long estateId, String name) {
        return jdbc.sql("insert into reg_management_area (estate_id, name) values (?, ?) returning id")
                .params(estateId, name).query(Long.class).single();
    }

    /** A building in the given area of its estate. */
    public long building(long estateId, long areaId, String name) {
        return jdbc.sql("insert into reg_building (estate_id, management_area_id, name) values (?, ?, ?) returning id")
                .params(estateId, areaId, name).query(Long.class).single();
    }

    public long building(long estateId, String name) {
        return jdbc.sql("insert into reg_building (estate_id, name) values (?, ?) returning id")
                .params(estateId, name).query(Long.class).single();
    }

    public long house(long buildingId, String section, String number, String area) {
        long estateId = jdbc.sql("select estate_id from reg_building where id = ?").param(buildingId)
                .query(Long.class).single();
        return jdbc.sql("""
                        insert into reg_house (estate_id, building_id, section, number, exclusive_area, use)
                        values (?, ?, ?, ?, ?, 'RESIDENTIAL') returning id""")
                .params(estateId, buildingId, section, number, new BigDecimal(area)).query(Long.class).single();
    }

    /** An owner of the given houses; idNumber must be unique (any 18 characters will do here). Sealed as stored. */
    public long owner(String name, String idNumber, String phone, long... houseIds) {
        long id = jdbc.sql("""
                        insert into reg_owner (kind, name, id_number_enc, id_number_hash, phone_enc, phone_hash)
                        values ('PERSON', ?, ?, ?, ?, ?) returning id""")
                .params(name, cipher.seal(idNumber), index.idNumber(idNumber), cipher.seal(phone), index.phone(phone))
                .query(Long.class).single();
        for (long h : houseIds) {
            jdbc.sql("insert into reg_ownership (house_id, owner_id) values (?, ?)").params(h, id).update();
        }
        return id;
    }

    /** The owner holding that ID number (found through its keyed hash, as the register does). */
    public long ownerWithIdNumber(String idNumber) {
        return jdbc.sql("select id from reg_owner where id_number_hash = ?").param(index.idNumber(idNumber))
                .query(Long.class).single();
    }

    public long company(String name, String creditCode, long... estateIds) {
        long id = jdbc.sql("insert into mkt_company (name, credit_code) values (?, ?) returning id")
                .params(name, creditCode).query(Long.class).single();
        for (long e : estateIds) {
            jdbc.sql("insert into mkt_project (company_id, estate_id, started_on) values (?, ?, current_date)")
                    .params(id, e).update();
        }
        return id;
    }

    public long department(long regionId, String name) {
        return jdbc.sql("insert into idn_department (region_id, code, name) values (?, ?, ?) returning id")
                .params(regionId, unique("dep-"), name).query(Long.class).single();
    }

    /** Creates an account (password {@link #PASSWORD}) and returns its user name. */
    public String account(Role role, AnjuUser.Binding binding) {
        String username = unique(role.name().toLowerCase() + "-");
        accounts.create(new Accounts.NewAccount(username, PASSWORD, username, role, binding));
        return username;
    }

    /** Signs the MockMvc request in as that account. */
    public RequestPostProcessor as(String username) {
        return user(accounts.load(username).orElseThrow());
    }

    /**
     * Makes every insert into {@code table} whose new row matches {@code when} (SQL over {@code new}) fail with
     * killed midway, until closed: a write interrupted after its earlier statements ran, to prove it leaves nothing.
     */
    public AutoCloseable failInsertsInto(String table, String when) {
        String name = "test_fail_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("create function " + name + "() returns trigger language plpgsql as $$"
                + " begin raise exception 'killed midway'; end $$").update();
        jdbc.sql("create trigger " + name + " before insert on " + table + " for each row when (" + when
                + ") execute function " + name + "()").update();
        return () -> {
            jdbc.sql("drop trigger " + name + " on " + table).update();
            jdbc.sql("drop function " + name + "()").update();
        };
    }
}
