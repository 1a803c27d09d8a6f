package org.anju.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterHoldings;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.voting.Matter;
import org.anju.voting.VoteMode;
import org.anju.voting.VoteSeeds;
import org.anju.voting.Votes.NewMotion;
import org.springframework.stereotype.Component;

/**
 * Three votes in yeweihui's estate (城关镇), where yezhu owns two houses: one open (three days in, yezhu has not voted
 * yet, about half the roll has), one closed a month ago and published (the covenant carried, raising the fund
 * short of 3/4), with yezhu's online ballot in it, and one open vote of the section (单元) of yezhu's first house
 * about adding a lift (its roll and denominators are that section's only). Dates count from now so the open votes
 * stay open.
 */
@Component
class SampleVotes {

    private final VoteSeeds seeds;
    private final RegisterHoldings holdings;
    private final java.time.Clock clock;

    SampleVotes(VoteSeeds seeds, RegisterHoldings holdings, java.time.Clock clock) {
        this.holdings = holdings;
        this.seeds = seeds;
        this.clock = clock;
    }

    void record(County county, long committeeEstate, long seed) {
        Long yezhu = county.townships().stream().flatMap(t -> t.communities().stream())
                .flatMap(c -> c.estates().stream()).filter(e -> e.id() == committeeEstate)
                .map(Estate::ownerOfTwoHouses).findFirst().orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.ofHours(8))).truncatedTo(ChronoUnit.HOURS);
        seeds.seed(new VoteSeeds.Seed(committeeEstate, "2026 年第一次业主大会(修订管理规约、筹集维修资金)",
                VoteMode.MEETING, now.minusDays(45), now.minusDays(30),
                List.of(new NewMotion("修订《管理规约》(第三稿)", Matter.COVENANT),
                        new NewMotion("按每平方米 20 元续筹专项维修资金", Matter.RAISE_FUND)),
                List.of(0.82, 0.66), 0.86, 0.25, yezhu, true), seed * 31 + 1);
        seeds.seed(new VoteSeeds.Seed(committeeEstate, "2026 年第二次业主大会(续聘物业、屋面维修、充电桩)",
                VoteMode.MEETING, now.minusDays(3), now.plusDays(7),
                List.of(new NewMotion("续聘现物业服务企业, 合同期三年", Matter.HIRE_COMPANY),
                        new NewMotion("使用专项维修资金维修 3、5 号楼屋面防水", Matter.USE_FUND),
                        new NewMotion("利用地面共有车位设置电动自行车充电桩并经营", Matter.CHANGE_COMMON_USE)),
                List.of(0.78, 0.85, 0.7), 0.55, 0.2, yezhu, false), seed * 31 + 2);
        List<RegisterHoldings.Holding> houses = holdings.of(committeeEstate, null);
        houses.stream().filter(h -> yezhu != null && h.owners().stream().anyMatch(o -> o.id() == yezhu)).findFirst()
                .or(() -> houses.stream().findFirst())
                .ifPresent(h -> seeds.seed(new VoteSeeds.Seed(committeeEstate, h.buildingName() + " " + h.section()
                        + "单元加装电梯", VoteMode.MEETING, now.minusDays(2), now.plusDays(12),
                        List.of(new NewMotion("本单元加装电梯一部, 费用按楼层系数分摊", Matter.OTHER)),
                        List.of(0.8), 0.5, 0.3, yezhu, false, h.buildingId(), h.section()), seed * 31 + 3));
    }
}
