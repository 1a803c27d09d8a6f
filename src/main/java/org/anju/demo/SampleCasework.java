package org.anju.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.casework.CaseSeeds;
import org.anju.casework.CaseSeeds.DepartmentRule;
import org.anju.casework.CaseSeeds.Seed;
import org.anju.casework.CaseStatus;
import org.anju.casework.Channel;
import org.anju.casework.Rating;
import org.anju.casework.Urgency;
import org.anju.identity.Accounts;
import org.anju.identity.DepartmentDirectory;
import org.anju.region.EstatePositionSeeds;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.stereotype.Component;

/**
 * Complaints in 台前县: the county's departments on the responsibility list, and 60 cases in every state (some
 * overdue and escalated, most closed and rated over the last months); bumen (城管) and wuye (the committee
 * estate's company) each have cases to handle, yezhu has reports of its own, one awaiting its rating (with the
 * owner's photos and the company's result photo). Every estate gets a plausible position for the map of cases.
 */
@Component
class SampleCasework {

    static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("ILLEGAL_BUILDING", "顶楼住户在楼顶平台违规搭建彩钢房"),
            Map.entry("GREENERY", "一楼住户毁坏公共绿地种菜"),
            Map.entry("ANIMALS", "有住户在楼道内饲养大型犬, 夜间吠叫"),
            Map.entry("EBIKE_CHARGING", "电动自行车停在楼道内飞线充电"),
            Map.entry("FIRE_LANE", "小区消防通道被私家车长期占用"),
            Map.entry("FIRE_EQUIPMENT", "楼道消火栓箱内水带缺失, 灭火器过期"),
            Map.entry("HOUSE_USE", "底层住宅改为餐馆经营, 油烟扰民"),
            Map.entry("COMMON_PARTS", "架空层被出租作仓库, 收益去向不明"),
            Map.entry("GARBAGE", "垃圾桶满溢多日无人清运"),
            Map.entry("NOISE", "楼上住户夜间装修噪声扰民"),
            Map.entry("SERVICE_QUALITY", "物业保安夜间不巡逻, 单元门禁长期损坏"),
            Map.entry("FEES", "物业费上涨未经业主大会同意"),
            Map.entry("LIFT", "电梯频繁故障困人, 维修不及时"),
            Map.entry("WATER", "小区停水两天未通知"),
            Map.entry("POWER", "楼道照明线路老化经常跳闸"),
            Map.entry("OTHER", "小区门口占道摆摊影响通行"));
    static final Map<String, String> RULES = Map.of("ILLEGAL_BUILDING", "URBAN", "GREENERY", "URBAN",
            "ANIMALS", "POLICE", "FIRE_LANE", "FIRE", "FIRE_EQUIPMENT", "FIRE", "HOUSE_USE", "LAND", "FEES", "MARKET",
            "WATER", "WATER", "POWER", "POWER");
    private static final List<String> COMPANY_CATEGORIES = List.of("SERVICE_QUALITY", "LIFT", "GARBAGE", "EBIKE_CHARGING");
    private static final List<String> DEPARTMENT_CATEGORIES = List.of("ILLEGAL_BUILDING", "GREENERY");
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";

    /** 台前县's seat (城关镇), about where the county government is. */
    static final double SEAT_LONGITUDE = 115.87;
    static final double SEAT_LATITUDE = 35.99;

    private final CaseSeeds seeds;
    private final DepartmentDirectory departments;
    private final Accounts accounts;
    private final EstatePositionSeeds positions;
    private final Clock clock;

    SampleCasework(CaseSeeds seeds, DepartmentDirectory departments, Accounts accounts, EstatePositionSeeds positions,
                   Clock clock) {
        this.positions = positions;
        this.seeds = seeds;
        this.departments = departments;
        this.accounts = accounts;
        this.clock = clock;
    }

    void record(County county, SampleMarket.Market market, long committeeEstate, long seed) {
        List<DepartmentRule> rules = new ArrayList<>();
        RULES.forEach((category, key) -> rules.add(new DepartmentRule(category, departments.ensure(county.id(),
                county.code() + "-" + key, DemoAccounts.DEPARTMENTS.get(key)).id(), null)));
        seeds.rules(rules.stream().sorted(java.util.Comparator.comparing(DepartmentRule::category)).toList());

        SplittableRandom random = new SplittableRandom(seed * 7_919L + 5);
        Instant now = clock.instant();
        List<Estate> all = county.townships().stream().flatMap(t -> t.communities().stream())
                .flatMap(c -> c.estates().stream()).toList();
        Long company = market.companyOf(committeeEstate);
        List<Long> companyEstates = all.stream().map(Estate::id).filter(e -> company.equals(market.companyOf(e)))
                .toList();
        Long yezhu = accounts.load("yezhu").map(u -> u.accountId()).orElse(null);
        List<Seed> list = new ArrayList<>();
        // yezhu's own reports in the committee estate: one awaiting its rating
        CaseStatus[] own = {CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.ACCEPTED, CaseStatus.DISPATCHED};
        for (int i = 0; i < own.length; i++) {
            list.add(seed(random, now, committeeEstate, COMPANY_CATEGORIES.get(i), own[i], false, yezhu, "业主"));
        }
        // wuye's work: the company's estates
        String[] plan = {"D", "D", "Do", "A", "A", "Ao", "R", "C", "C", "C", "C", "C"};
        for (String p : plan) {
            list.add(planned(random, now, companyEstates.get(random.nextInt(companyEstates.size())),
                    COMPANY_CATEGORIES.get(random.nextInt(COMPANY_CATEGORIES.size())), p));
        }
        // bumen's work (城管): illegal building and greenery anywhere in the county
        String[] urban = {"D", "D", "Do", "A", "A", "Ao", "R", "C", "C", "C", "C", "C"};
        for (String p : urban) {
            list.add(planned(random, now, all.get(random.nextInt(all.size())).id(),
                    DEPARTMENT_CATEGORIES.get(random.nextInt(2)), p));
        }
        // the rest of the county
        List<String> categories = TEXTS.keySet().stream().sorted().toList();
        String[] rest = {"P", "P", "P", "D", "D", "D", "Do", "Do", "A", "A", "A", "A", "Ao", "Ao", "R", "R", "R",
                "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C", "C"};
        for (String p : rest) {
            list.add(planned(random, now, all.get(random.nextInt(all.size())).id(),
                    categories.get(random.nextInt(categories.size())), p));
        }
        List<Long> ids = seeds.seed(list);
        // yezhu's report awaiting its rating shows the photos the owner sent and the company's result photo
        seeds.photos(ids.get(0), "INTAKE", List.of(DemoPhotos.png(0xE07B39, 1), DemoPhotos.png(0x8C8C8C, 2)));
        seeds.photos(ids.get(0), "RESULT", List.of(DemoPhotos.png(0x3C9D5D, 3)));
        positions.seed(positions(county, seed));
    }

    /**
     * Plausible positions for the map of cases: the seat's estates within about 2 km of 115.87 E, 35.99 N, each other
     * township's around a point 10 to 25 km from the seat (spread round it in township order), its estates within
     * about 1.5 km of that point. Not surveyed: the county enters the real ones on each estate's page.
     */
    static Map<Long, EstatePositionSeeds.Position> positions(County county, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 104_729L + 11);
        Map<Long, EstatePositionSeeds.Position> out = new java.util.LinkedHashMap<>();
        int n = county.townships().size();
        for (int t = 0; t < n; t++) {
            double lng = SEAT_LONGITUDE;
            double lat = SEAT_LATITUDE;
            double spread = 0.02;
            if (t > 0) {
                double angle = 2 * Math.PI * (t - 1) / Math.max(1, n - 1) + random.nextDouble(-0.2, 0.2);
                double km = random.nextDouble(10, 25);
                lng += km / 90.0 * Math.cos(angle);
                lat += km / 111.0 * Math.sin(angle);
                spread = 0.015;
            }
            for (var community : county.townships().get(t).communities()) {
                for (Estate e : community.estates()) {
                    out.put(e.id(), new EstatePositionSeeds.Position(degrees(lng + random.nextDouble(-spread, spread)),
                            degrees(lat + random.nextDouble(-spread, spread) * 0.8)));
                }
            }
        }
        return out;
    }

    private static java.math.BigDecimal degrees(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    private Seed planned(SplittableRandom random, Instant now, long estate, String category, String plan) {
        CaseStatus status = switch (plan.charAt(0)) {
            case 'P' -> CaseStatus.PENDING;
            case 'D' -> CaseStatus.DISPATCHED;
            case 'A' -> CaseStatus.ACCEPTED;
            case 'R' -> CaseStatus.RESOLVED;
            default -> CaseStatus.CLOSED;
        };
        return seed(random, now, estate, category, status, plan.endsWith("o"), null, null);
    }

    private Seed seed(SplittableRandom random, Instant now, long estate, String category, CaseStatus status,
                      boolean overdue, Long account, String name) {
        int channelDraw = random.nextInt(10);
        Channel channel = account != null || channelDraw < 6 ? Channel.APP : channelDraw < 9 ? Channel.HOTLINE
                : Channel.WALK_IN;
        String reporter = name != null ? name : SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean()
                ? "先生" : "女士");
        String location = (1 + random.nextInt(12)) + "号楼" + (1 + random.nextInt(3)) + "单元";
        long hoursAgo = switch (status) {
            case PENDING, DISPATCHED, ACCEPTED -> overdue ? 24L * (20 + random.nextInt(16)) : 1 + random.nextInt(40);
            case RESOLVED -> 24L * (2 + random.nextInt(3));
            case CLOSED -> 24L * (8 + random.nextInt(80));
        };
        Instant received = now.minusSeconds(hoursAgo * 3600);
        Integer accepted = status == CaseStatus.ACCEPTED || status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED
                ? Math.min(1 + random.nextInt(8), (int) Math.max(1, hoursAgo - 1)) : null;
        boolean late = status == CaseStatus.CLOSED && random.nextInt(6) == 0;
        Integer resolved = status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED
                ? (late ? 24 * (15 + random.nextInt(10)) : 24 + random.nextInt(96)) : null;
        if (resolved != null && resolved > hoursAgo - 24) {
            resolved = (int) Math.max(accepted + 1, hoursAgo - 26);
        }
        int ratingDraw = random.nextInt(20);
        Rating rating = status != CaseStatus.CLOSED ? null : ratingDraw < 12 ? Rating.SATISFIED
                : ratingDraw < 17 ? Rating.BASIC : Rating.UNSATISFIED;
        return new Seed(estate, category, Urgency.GENERAL, channel, TEXTS.getOrDefault(category, "小区管理问题"),
                location, account, reporter, received, status, accepted, resolved,
                resolved == null ? null : "已现场核实并处理完毕", rating, overdue);
    }
}
