package org.anju.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anju.market.MarketSamples;
import org.anju.rating.RatingSeeds;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.springframework.stereotype.Component;

/**
 * Star ratings in the first county (issue 9): the default standard, a fee guidance table, the 2025 round
 * published with eight projects rated (one vetoed, one objection answered), the fees checked against it (at least
 * one project above its range), a commendation, and the 2026 round open with wuye's project self-assessed (with a photo and a PDF of evidence), so that
 * the township, the county and the experts can walk the rest in the browser.
 */
@Component
class SampleRatings {

    /** Quality (% of each item's points) of the rated projects, best first; the fifth is vetoed. */
    private static final int[] QUALITY = {97, 91, 85, 83, 86, 75, 71, 63};
    private static final int VETOED = 4;

    private final RatingSeeds seeds;
    private final MarketSamples market;

    SampleRatings(RatingSeeds seeds, MarketSamples market) {
        this.seeds = seeds;
        this.market = market;
    }

    void record(County county, SampleMarket.Market taiqian, long committeeEstate, List<Long> experts, long seed) {
        LocalDate today = market.today();
        long standard = seeds.standard(county.id());
        String[] base = {"0.40", "0.50", "0.65", "0.85", "1.10"};
        String[] lift = {"0.70", "0.90", "1.10", "1.40", "1.80"};
        LocalDate effective = today.minusMonths(6);
        for (int star = 1; star <= 5; star++) {
            seeds.guidance(county.id(), star, false, base[star - 1], "20", effective, "县发改委、县住建局联合发布 (演示数据)");
            seeds.guidance(county.id(), star, true, lift[star - 1], "20", effective, "县发改委、县住建局联合发布 (演示数据)");
        }
        List<Long> estates = rated(county, taiqian, committeeEstate);
        long past = seeds.round(county.id(), county.path(), standard, "2025年度住宅物业服务星级评定",
                today.minusDays(90), today.minusDays(60), today);
        for (int i = 0; i < estates.size() && i < QUALITY.length; i++) {
            Map<Long, String> panel = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) {
                int e = 2 + (i + k * 3) % (experts.size() - 2);   // never the conflicted second expert
                panel.put(experts.get(e), SampleTenders.EXPERTS[e]);
            }
            seeds.rate(past, estates.get(i), panel, QUALITY[i], i == VETOED ? 14 : null, seed + i);
        }
        seeds.publish(past, today.minusDays(20), today.minusDays(13), county.id());
        seeds.objection(past, committeeEstate, "OWNERS_COMMITTEE",
                "本小区电梯困人投诉半年内发生3次, 物业响应慢, 认为星级评定偏高, 请复核。",
                "经复核, 电梯困人事件均在30分钟内处置, 维保记录完整, 投诉已按时办结; 维持原星级。");
        seeds.commend(past, estates.get(0), county.id(), "2025年度五星级物业服务项目",
                "服务规范、投诉按时办结率100%, 业主满意度高, 予以通报表彰。", today.minusDays(10));
        long open = seeds.round(county.id(), county.path(), standard, "2026年度住宅物业服务星级评定", today,
                today.plusDays(30), today);
        seeds.selfAssess(open, committeeEstate, 88, seed);
        seeds.evidence(open, committeeEstate, 4, "服务档案-巡查记录.pdf",
                SampleContracts.pdf("Self-assessment evidence: patrol and service records (demo data)"));
        seeds.evidence(open, committeeEstate, null, "小区公共区域现场照片.png", DemoPhotos.png(0x4A8F5C, 2));
    }

    /** The committee's estate first (so yeweihui and wuye see a star), then estates with a company in the first two townships. */
    private static List<Long> rated(County county, SampleMarket.Market taiqian, long committeeEstate) {
        List<Long> estates = new java.util.ArrayList<>();
        estates.add(committeeEstate);
        county.townships().stream().limit(2).flatMap(t -> t.communities().stream()).flatMap(c -> c.estates().stream())
                .map(Estate::id).filter(id -> id != committeeEstate && taiqian.companyOf(id) != null)
                .limit(QUALITY.length - 1).forEach(estates::add);
        return estates;
    }

}
