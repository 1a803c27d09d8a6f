package org.anju.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.tender.ScoringScheme;
import org.anju.tender.TenderSeeds;
import org.anju.tender.TenderSeeds.SampleBid;
import org.springframework.stereotype.Component;

/**
 * The first county's expert pool (one expert conflicted with a company) and two preliminary management tenders
 * for estates without a company: one open with sealed bids, one awarded with its scores and reasons.
 */
@Component
class SampleTenders {

    static final String[] EXPERTS = {"郭建华", "马丽", "孙志强", "朱红梅", "胡永刚", "林晓燕", "何振东", "高秀兰",
            "罗文斌", "梁静", "宋国庆", "谢婷"};
    private static final String[] SPECIALTIES = {"物业管理", "建筑工程", "财务审计", "法律", "设施设备"};

    private final TenderSeeds seeds;
    private final Clock clock;

    SampleTenders(TenderSeeds seeds, Clock clock) {
        this.seeds = seeds;
        this.clock = clock;
    }

    /** Returns the pool's expert ids, in the order of {@link #EXPERTS}; the second is conflicted. */
    List<Long> record(County county, SampleMarket.Market market, long seed) {
        List<Long> experts = new ArrayList<>();
        for (int i = 0; i < EXPERTS.length; i++) {
            experts.add(seeds.expert(county.id(), county.path(), EXPERTS[i], SPECIALTIES[i % SPECIALTIES.length]));
        }
        seeds.conflict(experts.get(1), market.companies().get(1), "2019-2022年曾任该企业项目经理");
        List<Estate> free = county.townships().get(0).communities().stream().flatMap(c -> c.estates().stream())
                .filter(e -> market.companyOf(e.id()) == null && !e.legacy()).limit(2).toList();
        if (free.size() < 2) {
            return experts;
        }
        List<ScoringScheme.Weight> scheme = List.of(new ScoringScheme.Weight("投标报价", 30),
                new ScoringScheme.Weight("物业服务方案", 40), new ScoringScheme.Weight("企业信用", 15),
                new ScoringScheme.Weight("项目业绩与人员", 15));
        Instant now = clock.instant();
        String requirements = "服务内容: 公共区域保洁、秩序维护、绿化养护、共用设施设备维修养护、承接查验。\n"
                + "服务标准: 不低于河南省住宅物业服务二级标准; 项目负责人持物业管理职业技能证书; 驻场人员不少于12人。\n"
                + "收费: 包干制, 报价为住宅物业服务费 (元/平方米·月)。";
        seeds.tender(free.get(0).id(), free.get(0).name() + "前期物业服务招标", county.name() + "城投置业有限公司",
                requirements, now.plus(Duration.ofDays(6)), now.plus(Duration.ofDays(6)).plus(Duration.ofHours(2)),
                scheme, bids(market, new int[] {1, 2, 4}, "1.15", "1.08", "1.22"), false, seed);
        seeds.tender(free.get(1).id(), free.get(1).name() + "前期物业服务招标", county.name() + "金堤房地产开发有限公司",
                requirements, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(40)).plus(Duration.ofHours(2)),
                scheme, bids(market, new int[] {1, 3, 5, 6}, "1.10", "1.25", "0.98", "1.18"), true, seed);
        return experts;
    }

    private static List<SampleBid> bids(SampleMarket.Market market, int[] companies, String... prices) {
        List<SampleBid> bids = new ArrayList<>();
        for (int i = 0; i < companies.length; i++) {
            long id = market.companies().get(companies[i]);
            bids.add(new SampleBid(id, market.nameOf(id), new BigDecimal(prices[i]),
                    "一、项目组织架构与人员配置 (驻场14人, 项目经理持证上岗);\n二、保洁、秩序维护、绿化、设施设备维护方案;\n"
                            + "三、承接查验与前期介入计划;\n四、应急预案与投诉处理 (24小时受理, 30分钟到场)。"));
        }
        return bids;
    }
}
