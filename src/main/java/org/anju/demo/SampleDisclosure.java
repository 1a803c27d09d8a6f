package org.anju.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anju.disclosure.BoardDraft;
import org.anju.disclosure.Disclosures;
import org.anju.disclosure.FeeRegime;
import org.anju.disclosure.PricedItem;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * Disclosure boards (plan §11) for most estates a company serves in the first county: most complete and
 * current (some with an older version in their history), some stale (published 4 to 8 months ago), some
 * missing items, a few with no board at all. The estates of the demo company account are current.
 */
@Component
class SampleDisclosure {

    private static final String[] LIFT = {"濮阳市安达电梯工程有限公司", "河南奥立达电梯维保有限公司", "台前县通达电梯服务部"};
    private static final String[] FIRE = {"台前县安消消防设施维保有限公司", "濮阳市平安消防技术服务有限公司"};
    private static final String[] MANAGERS = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};

    private final Disclosures disclosures;
    private final Clock clock;

    SampleDisclosure(Disclosures disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
    }

    void record(County county, SampleMarket.Market market, long demoCompany, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31L + 11);
        LocalDate today = LocalDate.now(clock);
        for (Township t : county.townships()) {
            for (Community c : t.communities()) {
                for (Estate e : c.estates()) {
                    Long company = market.companyOf(e.id());
                    if (company == null) {
                        continue;
                    }
                    double roll = random.nextDouble();
                    boolean demo = company == demoCompany;
                    if (!demo && roll < 0.12) {
                        continue; // no board yet
                    }
                    BoardDraft full = draft(e, random);
                    String name = market.nameOf(company);
                    if (!demo && roll < 0.27) {
                        disclosures.seed(e.id(), company, name, full, today.minusDays(120 + random.nextInt(120)));
                    } else if (!demo && roll < 0.37) {
                        disclosures.seed(e.id(), company, name, incomplete(full, random),
                                today.minusDays(random.nextInt(60)));
                    } else {
                        if (random.nextBoolean()) {
                            disclosures.seed(e.id(), company, name, full, today.minusDays(150 + random.nextInt(60)));
                        }
                        disclosures.seed(e.id(), company, name, full, today.minusDays(random.nextInt(75)));
                    }
                }
            }
        }
    }

    private static BoardDraft draft(Estate e, SplittableRandom r) {
        boolean lifts = !e.legacy() && e.builtYear() >= 2010;
        BigDecimal fee = BigDecimal.valueOf(e.legacy() ? 40 + r.nextInt(30) : 80 + r.nextInt(80), 2);
        List<PricedItem> fees = new ArrayList<>();
        fees.add(new PricedItem("物业服务费 (住宅)", fee, "元/平方米·月"));
        fees.add(new PricedItem("物业服务费 (商业)", fee.multiply(BigDecimal.valueOf(2)), "元/平方米·月"));
        if (lifts) {
            fees.add(new PricedItem("电梯运行费", BigDecimal.valueOf(20 + r.nextInt(20), 2), "元/平方米·月"));
        }
        fees.add(new PricedItem("地下车位管理费", BigDecimal.valueOf(30 + r.nextInt(30)), "元/个·月"));
        List<PricedItem> extras = r.nextInt(3) == 0 ? List.of() : List.of(
                new PricedItem("家政保洁", BigDecimal.valueOf(35 + r.nextInt(20)), "元/小时"),
                new PricedItem("居家养老陪护", BigDecimal.valueOf(120 + r.nextInt(80)), "元/天"));
        int spaces = e.houses() / 2 + r.nextInt(40);
        int rented = spaces * (50 + r.nextInt(45)) / 100;
        BigDecimal income = BigDecimal.valueOf(e.houses() * (250L + r.nextInt(200)) * 3L);
        return new BoardDraft(MANAGERS[r.nextInt(MANAGERS.length)] + "经理", "0393-" + (5_200_000 + r.nextInt(700_000)),
                "0393-" + (5_900_000 + r.nextInt(90_000)),
                "公共区域保洁 (每日两次)、24小时秩序维护、绿化养护、共用部位和共用设施设备日常维修养护、装修管理、档案管理",
                e.legacy() ? "河南省住宅物业服务三级标准" : "河南省住宅物业服务二级标准",
                r.nextBoolean() ? FeeRegime.LUMP_SUM : FeeRegime.COMMISSION, fees, lifts,
                lifts ? LIFT[r.nextInt(LIFT.length)] : null, lifts ? "0393-" + (6_100_000 + r.nextInt(9_000)) : null,
                FIRE[r.nextInt(FIRE.length)], "0393-" + (6_200_000 + r.nextInt(9_000)), spaces, rented,
                BigDecimal.valueOf(60 + r.nextInt(60)), "地面车位按先到先停, 地下车位出租优先本小区业主",
                "公共照明、二次供水电费按月汇总, 按各户专有部分面积分摊, 每季度公示明细", "2026年第三季度",
                income, income.multiply(BigDecimal.valueOf(92 + r.nextInt(8))).divide(BigDecimal.valueOf(100)),
                BigDecimal.valueOf(3_000 + r.nextInt(20_000)), BigDecimal.valueOf(500 + r.nextInt(3_000)),
                lifts ? BigDecimal.valueOf(8_000 + r.nextInt(20_000)) : null, extras);
    }

    /** The same board with one to three items left out. */
    private static BoardDraft incomplete(BoardDraft d, SplittableRandom r) {
        int drop = r.nextInt(3);
        return new BoardDraft(d.managerName(), d.managerPhone(), drop == 0 ? null : d.complaintPhone(),
                d.serviceContent(), d.serviceStandard(), d.feeRegime(), d.feeItems(), d.hasLifts(), d.liftContractor(),
                d.liftContractorPhone(), drop == 1 ? null : d.fireContractor(), d.fireContractorPhone(),
                drop == 2 ? null : d.parkingSpaces(), d.parkingRented(), d.parkingMonthlyFee(), d.parkingNote(),
                drop == 2 ? null : d.utilityAllocation(), null, null, null, null, null, d.liftMaintenanceSpent(),
                d.extraServices());
    }
}
