package org.anju.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.anju.garbage.GarbageSorting;
import org.anju.garbage.SortingStatus;
import org.anju.governance.CommitteeView.Committee;
import org.anju.governance.Committees;
import org.anju.identity.Accounts;
import org.anju.market.Companies;
import org.anju.market.CompanyView.Staff;
import org.anju.platform.PageRequest;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.anju.renewal.FundingSource;
import org.anju.renewal.OldEstates;
import org.anju.renewal.RenovationStatus;
import org.anju.workforce.Audience;
import org.anju.workforce.EventKind;
import org.anju.workforce.Selections;
import org.anju.workforce.Trainings;
import org.anju.workforce.WorkforceSeeds;
import org.springframework.stereotype.Component;

/**
 * The plan's other tasks in 台前县 (issue 13), entered through the services as the demo accounts: garbage sorting
 * pilots in 人和社区 (shequ and wuye record daily checks, a few days missed) and two 侯庙镇 pilots without checks;
 * 城关镇's old estates renovated and grouped into two service areas with stations and funding; courses for
 * committee members (kept in the committees' training records), company staff and officials, and a competition;
 * the county's 2026 最美物业人 selection published, and 城关镇's own selection open for yezhu to vote on a phone.
 */
@Component
class SamplePlanWork {

    private final GarbageSorting garbage;
    private final OldEstates old;
    private final Trainings trainings;
    private final Selections selections;
    private final WorkforceSeeds seeds;
    private final Companies companies;
    private final Committees committees;
    private final Accounts accounts;
    private final Clock clock;

    SamplePlanWork(GarbageSorting garbage, OldEstates old, Trainings trainings, Selections selections,
                   WorkforceSeeds seeds, Companies companies, Committees committees, Accounts accounts, Clock clock) {
        this.garbage = garbage;
        this.old = old;
        this.trainings = trainings;
        this.selections = selections;
        this.seeds = seeds;
        this.companies = companies;
        this.committees = committees;
        this.accounts = accounts;
        this.clock = clock;
    }

    void record(County county, SampleMarket.Market market, long committeeEstate) {
        LocalDate today = LocalDate.now(clock);
        Township seat = county.townships().get(0);
        garbage(seat, county.townships().get(1), market, committeeEstate, today);
        renewal(seat, today);
        trainings(county, market, committeeEstate, today);
        selections(county, market, committeeEstate);
    }

    private void garbage(Township seat, Township houmiao, SampleMarket.Market market, long committeeEstate,
                         LocalDate today) {
        Community renhe = seat.communities().get(0);
        List<Estate> pilots = renhe.estates().stream().limit(4).toList();
        for (int i = 0; i < pilots.size(); i++) {
            long estate = pilots.get(i).id();
            boolean first = i == 0;
            int hazardous = i == pilots.size() - 1 ? 0 : 1; // the last one lacks hazardous bins: not in place yet
            as("chengguan", () -> garbage.save(estate, new GarbageSorting.SiteForm(first ? SortingStatus.ROLLED_OUT
                    : SortingStatus.PILOT, today.minusDays(60), 6, 4, hazardous, 6, 1,
                    "每日18时前由县环卫清运车转运至城区垃圾中转站", 2, 2, first)));
            String checker = estate == committeeEstate && market.companyOf(estate) != null ? "wuye" : "shequ";
            for (int d = 29; d >= 1; d--) {
                LocalDate day = today.minusDays(d);
                if ((d + i) % 11 == 0) {
                    continue; // a day nobody checked: shows as missed
                }
                boolean cleared = (d + i) % 13 != 0;
                as(checker, () -> garbage.check(estate, new GarbageSorting.CheckForm(day, cleared,
                        cleared ? null : "清运车故障, 次日补运")));
            }
        }
        houmiao.communities().stream().flatMap(c -> c.estates().stream()).limit(2).forEach(e ->
                as("houmiao", () -> garbage.save(e.id(), new GarbageSorting.SiteForm(SortingStatus.PILOT,
                        today.minusDays(20), 4, 2, 1, 4, 0, "乡镇转运车隔日清运", 1, 1, false))));
    }

    private void renewal(Township seat, LocalDate today) {
        List<Estate> legacy = seat.communities().stream().flatMap(c -> c.estates().stream()).filter(Estate::legacy)
                .limit(5).toList();
        if (legacy.size() < 2) {
            return;
        }
        long east = as("chengguan", () -> old.createArea(new OldEstates.AreaForm(null, "城关镇老城东片区",
                "老城东物业服务站", "城关镇人和路18号", today.minusMonths(10)))).id();
        long west = as("chengguan", () -> old.createArea(new OldEstates.AreaForm(null, "城关镇老城西片区",
                "老城西物业服务站", "城关镇金堤路6号", today.minusMonths(4)))).id();
        String[] areas = {"9800.00", "11200.50", "8650.00", "12100.00", "6400.00"};
        for (int i = 0; i < legacy.size(); i++) {
            long estate = legacy.get(i).id();
            int k = i;
            long area = i < (legacy.size() + 1) / 2 ? east : west;
            RenovationStatus status = i == legacy.size() - 1 ? RenovationStatus.UNDER_WAY : RenovationStatus.DONE;
            as("chengguan", () -> old.renovate(estate, new OldEstates.RenovationForm(status, 2024 + k % 2,
                    "雨污分流、屋面防水、楼道照明、加装监控和门禁、绿化提升", new BigDecimal(areas[k]), area)));
        }
        as("chengguan", () -> old.fund(east, new OldEstates.FundingForm(today.getYear(), FundingSource.COUNTY,
                new BigDecimal("120000.00"), "县级物业提升专项资金")));
        as("chengguan", () -> old.fund(east, new OldEstates.FundingForm(today.getYear(), FundingSource.TOWNSHIP,
                new BigDecimal("60000.00"), "镇财政配套")));
        as("chengguan", () -> old.fund(east, new OldEstates.FundingForm(today.getYear(), FundingSource.RESIDENTS,
                new BigDecimal("43560.00"), "居民缴纳 0.3元/m²·月")));
        as("chengguan", () -> old.fund(east, new OldEstates.FundingForm(today.getYear(), FundingSource.FUND_INCOME,
                new BigDecimal("18200.35"), "维修资金增值收益")));
        as("chengguan", () -> old.fund(west, new OldEstates.FundingForm(today.getYear(), FundingSource.COUNTY,
                new BigDecimal("80000.00"), "县级物业提升专项资金")));
    }

    private void trainings(County county, SampleMarket.Market market, long committeeEstate, LocalDate today) {
        long committee = as("county", () -> trainings.create(new Trainings.EventForm(EventKind.COURSE,
                Audience.COMMITTEE, "业委会(物管会)成员履职能力培训: 民法典与议事规则", today.minusDays(20),
                new BigDecimal("3.0"), county.name() + "住建局"))).id();
        List<Committee> attending = new ArrayList<>(as("county", () -> committees.list(null, null, committeeEstate,
                null, null, PageRequest.of(0, 1)).content()));
        attending.addAll(as("county", () -> committees.list(county.townships().get(0).id(), null, null, null, null,
                PageRequest.of(0, 3)).content()));
        attending.stream().filter(c -> c.activeMembers() > 0).map(Committee::id).distinct().limit(3).forEach(id ->
                as("county", () -> trainings.committeeAttend(committee, new Trainings.CommitteeForm(id, List.of()))));
        as("county", () -> trainings.addMaterial(committee, "业委会履职培训提纲.txt", "text/plain",
                ("一、业主大会与业委会的职责 (民法典第二百七十七条至第二百八十条)\n二、议事规则与管理规约\n"
                        + "三、维修资金使用程序\n四、信息公开与负面清单\n").getBytes(StandardCharsets.UTF_8)));
        long staffCourse = as("chengguan", () -> trainings.create(new Trainings.EventForm(EventKind.COURSE,
                Audience.COMPANY_STAFF, "物业服务从业人员职业技能培训 (秩序维护与消防)", today.minusDays(12),
                new BigDecimal("6.0"), county.townships().get(0).name() + "物业办"))).id();
        List<Long> companies = market.companies().stream().limit(3).toList();
        for (long company : companies) {
            for (Staff s : as("county", () -> this.companies.staff(company)).stream().limit(3).toList()) {
                as("chengguan", () -> trainings.attend(staffCourse, new Trainings.AttendForm(s.id(), company, null,
                        null, "合格")));
            }
        }
        long contest = as("county", () -> trainings.create(new Trainings.EventForm(EventKind.COMPETITION,
                Audience.COMPANY_STAFF, county.name() + "物业服务技能竞赛 (消防设施操作与电梯困人救援)",
                today.minusDays(40), new BigDecimal("4.0"), county.name() + "住建局、" + county.name() + "物业服务协会"))).id();
        String[] places = {"一等奖", "二等奖", "三等奖", "优秀奖"};
        int place = 0;
        for (long company : companies) {
            List<Staff> staff = as("county", () -> this.companies.staff(company));
            if (!staff.isEmpty()) {
                String result = places[Math.min(place++, places.length - 1)];
                as("county", () -> trainings.attend(contest, new Trainings.AttendForm(staff.get(0).id(), company, null,
                        null, result)));
            }
        }
        long officials = as("county", () -> trainings.create(new Trainings.EventForm(EventKind.COURSE,
                Audience.OFFICIALS, "乡镇、社区物业管理工作人员业务培训", today.minusDays(5), new BigDecimal("2.5"),
                county.name() + "住建局"))).id();
        String[][] people = {{"王敏", "城关镇物业办"}, {"张强", "侯庙镇物业办"}, {"刘芳", "人和社区居委会"}};
        for (String[] p : people) {
            as("county", () -> trainings.attend(officials, new Trainings.AttendForm(null, null, p[0], p[1], null)));
        }
    }

    private void selections(County county, SampleMarket.Market market, long committeeEstate) {
        List<Long> companies = market.companies().stream().limit(4).toList();
        List<long[]> staff = new ArrayList<>();
        for (long company : companies) {
            as("county", () -> this.companies.staff(company)).stream().limit(2)
                    .forEach(s -> staff.add(new long[] {company, s.id()}));
        }
        if (staff.size() < 4) {
            return;
        }
        String[] deeds = {"坚守小区秩序维护岗位八年, 汛期连续值守, 帮助独居老人代购生活用品。",
                "牵头完成小区消防通道整治和电动车集中充电棚建设, 业主满意度明显提升。",
                "冬季凌晨抢修供暖管道, 两小时内恢复全楼供暖, 获业主联名表扬。",
                "推行垃圾分类上门指导, 小区分类准确率由四成提高到八成以上。",
                "处置电梯困人事件十余起, 均在十五分钟内到场救援。",
                "主动调解邻里漏水纠纷, 协调维修资金应急使用, 三天内完成修复。"};
        long countySelection = as("county", () -> selections.create(new Selections.SelectionForm(
                LocalDate.now(clock).getYear(), county.name() + "最美物业人", 3))).id();
        List<Long> nominations = new ArrayList<>();
        for (int i = 0; i < Math.min(6, staff.size()); i++) {
            long[] s = staff.get(i);
            String deed = deeds[i];
            nominations.add(as(i % 2 == 0 ? "chengguan" : "county", () -> selections.nominate(countySelection,
                    new Selections.NominationForm(s[1], s[0], deed))).id());
        }
        as("county", () -> selections.openVoting(countySelection));
        List<Long> owners = county.townships().stream().flatMap(t -> t.communities().stream())
                .flatMap(c -> c.estates().stream()).map(Estate::ownerOfTwoHouses).filter(Objects::nonNull)
                .limit(60).toList();
        List<Long> weighted = new ArrayList<>();
        for (int i = 0; i < nominations.size(); i++) {
            for (int w = 0; w < nominations.size() - i; w++) {
                weighted.add(nominations.get(i));
            }
        }
        seeds.votes(countySelection, owners, weighted);
        as("county", () -> selections.publish(countySelection));

        Township seat = county.townships().get(0);
        long seatSelection = as("chengguan", () -> selections.create(new Selections.SelectionForm(
                LocalDate.now(clock).getYear(), seat.name() + "第四季度最美物业人", 2))).id();
        List<Long> seatNominations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long[] s = staff.get(staff.size() - 1 - i);
            String deed = deeds[(i + 3) % deeds.length];
            seatNominations.add(as("chengguan", () -> selections.nominate(seatSelection,
                    new Selections.NominationForm(s[1], s[0], deed))).id());
        }
        as("chengguan", () -> selections.openVoting(seatSelection));
        Long yezhu = accounts.load("yezhu").map(u -> u.binding().ownerId()).orElse(null);
        List<Long> seatOwners = seat.communities().stream().flatMap(c -> c.estates().stream())
                .map(Estate::ownerOfTwoHouses).filter(Objects::nonNull).filter(o -> !o.equals(yezhu)).limit(15).toList();
        seeds.votes(seatSelection, seatOwners, seatNominations);
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(accounts, username, work);
    }
}
