package org.anju.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.anju.identity.Accounts;
import org.anju.region.RegionPlaces;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Township;
import org.anju.stats.AssessmentView.Indicator;
import org.anju.stats.AssessmentView.Kind;
import org.anju.stats.Assessments;
import org.anju.stats.ReportKind;
import org.anju.stats.Reports;
import org.anju.stats.ScoreRule;
import org.anju.stats.StatsSeeds;
import org.anju.stats.SupervisionTasks;
import org.anju.stats.SupervisionTasks.NewAssignment;
import org.springframework.stereotype.Component;

/**
 * 台前县's township assessment (issue 13): the indicator system, last year's assessment approved and published,
 * this year's computed with 城关镇's and 侯庙镇's entries made; three supervision tasks (one reported by 城关镇, one
 * overdue); last month's county report generated. Done as the demo accounts county and chengguan, audited.
 */
@Component
class SampleAssessment {

    private final Assessments assessments;
    private final SupervisionTasks tasks;
    private final Reports reports;
    private final StatsSeeds seeds;
    private final RegionPlaces places;
    private final Accounts accounts;

    SampleAssessment(Assessments assessments, SupervisionTasks tasks, Reports reports, StatsSeeds seeds,
                     RegionPlaces places, Accounts accounts) {
        this.assessments = assessments;
        this.tasks = tasks;
        this.reports = reports;
        this.seeds = seeds;
        this.places = places;
        this.accounts = accounts;
    }

    /** The indicator system of the demo (a county edits its own). */
    static final List<Assessments.NewIndicator> SYSTEM = List.of(
            formula("业委会组建率", "15", "coverage.committee", "50", "指导符合条件的小区召开首次业主大会"),
            formula("物业服务覆盖率", "15", "coverage.service", "90", "无物业小区推行托管或自管"),
            formula("党组织覆盖率", "10", "coverage.party", "90", "推动小区党支部全覆盖"),
            formula("投诉按时办结率", "10", "casework.on-time-rate", "95", "督促责任主体在时限内办结"),
            formula("投诉满意率", "10", "casework.satisfaction-rate", "90", "回访不满意件并重办"),
            formula("应急维修按时审批率", "5", "fund.emergency-on-time-rate", "100", "应急维修 3 个工作日内审批"),
            formula("信息公示完整率", "5", "disclosure.complete-rate", "100", "督促企业补齐公示项"),
            formula("业委会成员培训", "5", "governance.training-held", "2", "每年至少组织两次培训"),
            formula("安全隐患整改率", "10", "hazard.removed-rate", "90", "隐患按期整改销号"),
            new Assessments.NewIndicator("日常工作及督查督办落实", new BigDecimal("15"), Kind.ENTERED, null, null, null,
                    "按时报送督查任务办理情况"));

    void record(County county, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 17 + 13);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        as("county", () -> {
            for (Assessments.NewIndicator i : SYSTEM) {
                assessments.addIndicator(year - 1, i);
            }
            assessments.compute(year - 1);
            enterAll(county, year - 1, county.townships().size(), random);
            assessments.approve(year - 1);
            assessments.publish(year - 1);
            assessments.copyPreviousYear(year);
            assessments.compute(year);
            enterAll(county, year, 2, random);
            return null;
        });
        List<Township> towns = county.townships();
        long reported = as("county", () -> tasks.assign(new NewAssignment(towns.get(0).id(), "电动车飞线充电专项整治",
                "排查辖区小区电动车飞线充电, 建立台账, 整改到位后报送", 10, null, "demo-task-1")).task().id());
        as("chengguan", () -> tasks.report(reported, "已排查 23 个小区, 发现飞线 41 处, 已全部整改, 新建充电桩 6 处", null));
        as("county", () -> tasks.assign(new NewAssignment(towns.get(1).id(), "无物业小区托管全覆盖",
                "对无物业服务的小区落实社区托管或业主自管", null, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30),
                "demo-task-2")));
        long overdue = as("county", () -> tasks.assign(new NewAssignment(towns.get(0).id(), "业委会换届工作督办",
                "任期届满的业委会按期换届, 报送换届计划", 5, null, "demo-task-3")).task().id());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        seeds.backdate(overdue, today.minusDays(20), today.minusDays(6));
        reports.generateNow(places.place(county.id()).orElseThrow(), ReportKind.MONTHLY,
                YearMonth.from(today).minusMonths(1).toString(), "county");
    }

    private void enterAll(County county, int year, int townships, SplittableRandom random) {
        List<Indicator> entered = assessments.overview(year).indicators().stream()
                .filter(i -> i.kind() == Kind.ENTERED).toList();
        for (Township t : county.townships().subList(0, Math.min(townships, county.townships().size()))) {
            for (Indicator i : entered) {
                BigDecimal points = BigDecimal.valueOf(9 + random.nextInt(7)).min(i.weight());
                assessments.enter(year, t.id(), i.id(), points.setScale(2), "查阅台账及督查任务办理情况, 现场抽查 3 个小区", null);
            }
        }
    }

    private static Assessments.NewIndicator formula(String name, String weight, String measure, String target,
                                                    String hint) {
        return new Assessments.NewIndicator(name, new BigDecimal(weight), Kind.FORMULA, measure, ScoreRule.AT_LEAST,
                new BigDecimal(target), hint);
    }

    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(accounts, username, work);
    }
}
