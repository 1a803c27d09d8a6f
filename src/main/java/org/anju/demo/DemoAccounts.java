package org.anju.demo;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.anju.identity.Accounts;
import org.anju.identity.AnjuUser.Binding;
import org.anju.identity.DepartmentDirectory;
import org.anju.identity.Role;
import org.anju.market.Companies;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * The county's departments and the demo accounts, all with the password {@code Anju@2026}:
 *
 * <table>
 *   <caption>Demo accounts</caption>
 *   <tr><th>username</th><th>role</th><th>bound to</th><th>display name</th></tr>
 *   <tr><td>county</td><td>COUNTY_AUTHORITY 县住建局</td><td>台前县</td><td>台前县住建局 李华</td></tr>
 *   <tr><td>chengguan</td><td>TOWNSHIP_OFFICE 乡镇办</td><td>城关镇</td><td>城关镇物业办 王敏</td></tr>
 *   <tr><td>houmiao</td><td>TOWNSHIP_OFFICE 乡镇办</td><td>侯庙镇</td><td>侯庙镇物业办 张强</td></tr>
 *   <tr><td>shequ</td><td>COMMUNITY 社区</td><td>人和社区 (城关镇's first community)</td><td>人和社区居委会 刘芳</td></tr>
 *   <tr><td>yeweihui</td><td>OWNERS_COMMITTEE 业委会</td><td>an estate of 人和社区 with a property company</td>
 *       <td>(estate)业委会 陈静</td></tr>
 *   <tr><td>wuye</td><td>PROPERTY_COMPANY 物业服务企业</td><td>the company serving yeweihui's estate and other
 *       城关镇 estates</td><td>(company) 赵磊</td></tr>
 *   <tr><td>bumen</td><td>DEPARTMENT 部门</td><td>县城市管理局</td><td>县城市管理局 孙伟</td></tr>
 *   <tr><td>yezhu</td><td>OWNER 业主</td><td>an owner of two houses in yeweihui's estate</td><td>(estate)业主</td></tr>
 *   <tr><td>admin</td><td>ADMINISTRATOR 系统管理员</td><td>台前县 (accounts and role permissions only, no register
 *       data)</td><td>台前县 系统管理员 周洁</td></tr>
 * </table>
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Anju@2026";
    static final Map<String, String> DEPARTMENTS = Map.of("URBAN", "县城市管理局", "POLICE", "县公安局",
            "FIRE", "县消防救援大队", "MARKET", "县市场监督管理局", "LAND", "县自然资源局", "WATER", "县自来水公司",
            "POWER", "县供电公司");

    private final Accounts accounts;
    private final DepartmentDirectory departments;

    DemoAccounts(Accounts accounts, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    /** Creates the demo accounts; returns the estate of yeweihui (the demo's owners' committee). */
    long create(County county, SampleMarket.Market market) {
        DEPARTMENTS.keySet().stream().sorted().forEach(key ->
                departments.ensure(county.id(), county.code() + "-" + key, DEPARTMENTS.get(key)));
        long urban = departments.ensure(county.id(), county.code() + "-URBAN", DEPARTMENTS.get("URBAN")).id();
        Township seat = county.townships().get(0);
        Township houmiao = county.townships().get(1);
        Community community = seat.communities().get(0);
        Map<Long, Long> seatProjects = seat.communities().stream().flatMap(c -> c.estates().stream())
                .map(e -> market.companyOf(e.id())).filter(c -> c != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        // The committee's estate: has a company (for wuye) with the most 城关镇 projects, and a two-house owner (for yezhu).
        Estate estate = community.estates().stream()
                .filter(e -> e.ownerOfTwoHouses() != null && market.companyOf(e.id()) != null)
                .max(Comparator.comparingLong(e -> seatProjects.get(market.companyOf(e.id()))))
                .orElseThrow(() -> new IllegalStateException("no estate of " + community.name() + " fits the demo"));
        long company = market.companyOf(estate.id());
        account("county", county.name() + "住建局 李华", Role.COUNTY_AUTHORITY, new Binding(county.id(), null, null, null, null));
        account("chengguan", seat.name() + "物业办 王敏", Role.TOWNSHIP_OFFICE, new Binding(seat.id(), null, null, null, null));
        account("houmiao", houmiao.name() + "物业办 张强", Role.TOWNSHIP_OFFICE,
                new Binding(houmiao.id(), null, null, null, null));
        account("shequ", community.name() + "居委会 刘芳", Role.COMMUNITY, new Binding(community.id(), null, null, null, null));
        account("yeweihui", estate.name() + "业委会 陈静", Role.OWNERS_COMMITTEE,
                new Binding(null, estate.id(), null, null, null));
        account("wuye", market.nameOf(company) + " 赵磊", Role.PROPERTY_COMPANY, new Binding(null, null, company, null, null));
        account("bumen", DEPARTMENTS.get("URBAN") + " 孙伟", Role.DEPARTMENT, new Binding(null, null, null, urban, null));
        account("yezhu", estate.name() + "业主", Role.OWNER, new Binding(null, null, null, null, estate.ownerOfTwoHouses()));
        account("admin", county.name() + " 系统管理员 周洁", Role.ADMINISTRATOR,
                new Binding(county.id(), null, null, null, null));
        return estate.id();
    }

    private void account(String username, String displayName, Role role, Binding binding) {
        if (!accounts.exists(username)) {
            accounts.create(new Accounts.NewAccount(username, PASSWORD, displayName, role, binding));
        }
    }
}
