package org.anju.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anju.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile loaded Taiqian's register, its market and the demo accounts, once. */
class DemoDataTests extends IntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void taiqianHasNineTownshipsAbout120EstatesAnd30000Houses() {
        String path = jdbc.sql("select path from reg_region where code = '410927'").query(String.class).single();
        assertThat(path).isEqualTo("/1/2/3/");
        String county = path + "%";
        List<String> townships = jdbc.sql("""
                select name from reg_region where level = 'TOWNSHIP' and path like ? order by sort_order""")
                .param(county).query(String.class).list();
        assertThat(townships).containsExactly("城关镇", "侯庙镇", "孙口镇", "打渔陈镇", "马楼镇", "吴坝镇", "后方乡", "清水河乡", "夹河乡");
        assertThat(count("select count(*) from reg_estate where region_path like ?", county)).isBetween(110L, 130L);
        assertThat(count("""
                select count(*) from reg_house h join reg_estate e on e.id = h.estate_id where e.region_path like ?""",
                county)).isBetween(27_000L, 33_000L);
        assertThat(count("""
                select count(distinct w.owner_id) from reg_ownership w join reg_house h on h.id = w.house_id
                join reg_estate e on e.id = h.estate_id where e.region_path like ?""", county)).isBetween(27_000L, 33_000L);
    }

    @Test
    void theNineDemoAccountsExistWithTheirRolesAndPassword() {
        Map<String, String> roles = jdbc.sql("""
                        select username, role from idn_account where username in
                        ('county', 'chengguan', 'houmiao', 'shequ', 'yeweihui', 'wuye', 'bumen', 'yezhu', 'admin')""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(roles).containsExactlyInAnyOrderEntriesOf(Map.of("county", "COUNTY_AUTHORITY",
                "chengguan", "TOWNSHIP_OFFICE", "houmiao", "TOWNSHIP_OFFICE", "shequ", "COMMUNITY",
                "yeweihui", "OWNERS_COMMITTEE", "wuye", "PROPERTY_COMPANY", "bumen", "DEPARTMENT", "yezhu", "OWNER", "admin", "ADMINISTRATOR"));
        for (String user : roles.keySet()) {
            String hash = jdbc.sql("select password_hash from idn_account where username = ?").param(user)
                    .query(String.class).single();
            assertThat(passwords.matches("Anju@2026", hash)).as(user).isTrue();
        }
    }

    @Test
    void theAccountsAreBoundToFittingDemoData() {
        assertThat(bound("chengguan", "select r.name from reg_region r where r.id = a.region_id")).isEqualTo("城关镇");
        assertThat(bound("houmiao", "select r.name from reg_region r where r.id = a.region_id")).isEqualTo("侯庙镇");
        assertThat(bound("shequ", "select r.name from reg_region r where r.id = a.region_id")).isEqualTo("人和社区");
        assertThat(bound("bumen", "select d.name from idn_department d where d.id = a.department_id")).isEqualTo("县城市管理局");
        assertThat(bound("yezhu", """
                select count(*)::text from reg_ownership w join reg_house h on h.id = w.house_id
                where w.owner_id = a.owner_id and h.estate_id = (select estate_id from idn_account where username = 'yeweihui')"""))
                .isEqualTo("2");
        assertThat(bound("wuye", """
                select count(*)::text from mkt_project p join reg_estate e on e.id = p.estate_id
                where p.company_id = a.company_id and e.region_path like (select path || '%' from reg_region where name = '城关镇')
                and p.estate_id <> (select estate_id from idn_account where username = 'yeweihui')"""))
                .satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThanOrEqualTo(3));
        assertThat(bound("wuye", """
                select count(*)::text from mkt_project p where p.company_id = a.company_id
                and p.estate_id = (select estate_id from idn_account where username = 'yeweihui')""")).isEqualTo("1");
    }

    @Test
    void theMarketHasEightCompaniesServingAboutSeventyPercentOfTheEstates() {
        assertThat(jdbc.sql("select count(*) from mkt_company where name in (:names)")
                .param("names", SampleMarket.TAIQIAN_COMPANIES).query(Long.class).single()).isEqualTo(8L);
        assertThat(count("select count(*) from mkt_company where name = ?", "台前县投资集团综合劳务服务有限公司")).isEqualTo(1L);
        long estates = count("select count(*) from reg_estate where region_path like ?", "/1/2/3/%");
        long served = count("""
                select count(*) from mkt_project p join reg_estate e on e.id = p.estate_id where e.region_path like ?""",
                "/1/2/3/%");
        assertThat(served).isBetween(estates * 55 / 100, estates * 85 / 100);
    }

    @Test
    void aRestartOverLoadedDataLoadsNothing() throws Exception {
        long houses = count("select count(*) from reg_house where id > ?", 0L);
        ApplicationArguments none = new DefaultApplicationArguments();
        demo.run(none);
        assertThat(count("select count(*) from reg_house where id > ?", 0L)).isEqualTo(houses);
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private String bound(String username, String select) {
        return jdbc.sql("select (" + select + ") from idn_account a where a.username = ?").param(username)
                .query(String.class).single();
    }
}
