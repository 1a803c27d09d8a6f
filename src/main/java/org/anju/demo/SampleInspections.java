package org.anju.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.anju.inspection.HazardKind;
import org.anju.inspection.Hazards;
import org.anju.inspection.InspectionView.Hazard;
import org.anju.inspection.InspectionView.Inspection;
import org.anju.inspection.InspectionView.Inspector;
import org.anju.inspection.InspectionView.Matter;
import org.anju.inspection.InspectionView.Target;
import org.anju.inspection.Inspections;
import org.anju.inspection.Severity;
import org.anju.market.Projects;
import org.anju.region.RegisterGenerator.County;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first county's double-random inspections: the matter list, every project in the directory of targets, four
 * inspectors of two units (bumen, 孙伟 of 县城市管理局, is the only one of his unit, so he is drawn for every target
 * and the demo can record findings as him; one inspector of 县住建局 is conflicted with wuye's company); a finished
 * plan drawn, inspected and mostly published; an open plan committed and ready to draw; and hazards from findings
 * and from complaints, one overdue and one closed after its re-check. Afterwards the county edits the checklist,
 * retires the maintenance-fund matter and deactivates an inspector and a target, which the open plan will withdraw.
 */
@Component
class SampleInspections {

    private static final String CHECKLIST = """
            物业服务收费项目和标准在公示栏公示
            消防通道畅通, 消防设施完好有效
            无电动车飞线充电和楼道停放充电
            电梯维保记录完整, 年检合格证在有效期内
            二次供水设施定期清洗消毒""";

    private final Inspections inspections;
    private final Hazards hazards;
    private final Projects projects;
    private final DemoSignIn session;
    private final JdbcClient jdbc;

    SampleInspections(Inspections inspections, Hazards hazards, Projects projects, DemoSignIn session,
                      JdbcClient jdbc) {
        this.inspections = inspections;
        this.hazards = hazards;
        this.projects = projects;
        this.session = session;
        this.jdbc = jdbc;
    }

    void record(County county, SampleMarket.Market market, long wuyeCompany) {
        LocalDate today = inspections.today();
        long[] transferred = new long[1];
        Matter funds = as("county", () -> inspections.addMatter(new Inspections.NewMatter("WY-02",
                "住宅专项维修资金使用情况检查", "《住宅专项维修资金管理办法》", "维修资金使用经业主表决\n使用情况按季度公示")));
        Matter matter = as("county", () -> {
            return inspections.addMatter(new Inspections.NewMatter("WY-01", "物业服务企业服务质量和安全管理检查",
                    "《河南省物业管理条例》; 《优化营商环境条例》第五十四条", CHECKLIST));
        });
        as("county", () -> {
            market.projects().stream().map(p -> projects.serving(p.estateId())).flatMap(java.util.Optional::stream)
                    .forEach(d -> inspections.addTarget(d.project().id()));
            Inspector conflicted = inspections.addInspector(new Inspections.NewInspector("吴建国", "县住房和城乡建设局", null));
            inspections.addConflict(conflicted.id(), wuyeCompany, "配偶在该企业任项目经理");
            inspections.addInspector(new Inspections.NewInspector("郑丽华", "县住房和城乡建设局", null));
            long feng = inspections.addInspector(new Inspections.NewInspector("冯志远", "县住房和城乡建设局", null)).id();
            transferred[0] = feng;
            return inspections.addInspector(new Inspections.NewInspector("孙伟", "县城市管理局", "bumen"));
        });
        long finished = as("county", () -> inspections.commit(new Inspections.NewPlan("2026年第四季度物业服务企业双随机抽查",
                matter.id(), 5, 2, today, today.plusDays(30), null)).plan().id());
        List<Inspection> drawn = as("county", () -> inspections.draw(finished).inspections());
        for (int k = 0; k < drawn.size(); k++) {
            long id = drawn.get(k).id();
            int n = k;
            as("bumen", () -> {
                inspections.record(id, finding("物业服务收费项目和标准在公示栏公示", true, null, null, null, today), List.of());
                if (n % 3 == 1) {
                    inspections.record(id, finding("无电动车飞线充电和楼道停放充电", false, Severity.MINOR,
                            HazardKind.EBIKE_WIRING, "3号楼一单元有电动车从窗口飞线充电", today), List.of());
                } else if (n % 3 == 2) {
                    inspections.record(id, finding("消防通道畅通, 消防设施完好有效", false, Severity.SERIOUS,
                            HazardKind.FIRE_FACILITY, "地下车库两处消火栓无水, 灭火器过期", today), List.of());
                }
                return inspections.finish(id);
            });
            if (k < drawn.size() - 1 || drawn.size() == 1) {
                as("county", () -> inspections.publish(id));
            }
        }
        as("county", () -> inspections.commit(new Inspections.NewPlan("2027年第一季度物业服务企业双随机抽查",
                matter.id(), 10, 2, today.plusDays(7), today.plusDays(90), null)));
        // the county keeps the list and directories after that: a checklist item added (the plans keep theirs), the
        // maintenance-fund matter retired, an inspector transferred and a project left; the open plan's draw will
        // leave both out and publish them as withdrawn
        as("county", () -> {
            inspections.updateMatter(matter.id(), new Inspections.NewMatter(null, matter.name(), matter.basis(),
                    CHECKLIST + "\n小区公共收益收支情况按季度公示"));
            inspections.setActive(Inspections.Directory.MATTER, funds.id(), false, "并入住建领域综合抽查事项清单");
            inspections.setActive(Inspections.Directory.INSPECTOR, transferred[0], false,
                    "调离县住房和城乡建设局");
            List<Target> targets = inspections.targets();
            if (targets.size() > 2) {
                inspections.setActive(Inspections.Directory.TARGET, targets.get(targets.size() - 1).id(), false,
                        "物业服务合同到期, 企业已退出该项目");
            }
            return null;
        });
        complaintsToHazards(county, wuyeCompany, today);
    }

    private void complaintsToHazards(County county, long wuyeCompany, LocalDate today) {
        List<Long> cases = jdbc.sql("""
                        select id from cas_case where region_path like ? and company_id = ?
                        order by received_at desc limit 2""")
                .params(county.path() + county.townships().get(0).id() + "/%", wuyeCompany).query(Long.class).list();
        if (cases.size() < 2) {
            return;
        }
        Hazard overdue = as("chengguan", () -> hazards.fromComplaint(new Hazards.FromComplaint(cases.get(0),
                HazardKind.LIFT, today.plusDays(10), "电梯频繁停运困人, 需更换曳引机钢丝绳")));
        // time passes in the demo: the lift hazard was found three weeks ago and its deadline has passed
        jdbc.sql("update ins_hazard set found_on = ?, rectify_by = ? where id = ?")
                .params(today.minusDays(21), today.minusDays(4), overdue.id()).update();
        Hazard pipe = as("chengguan", () -> hazards.fromComplaint(new Hazards.FromComplaint(cases.get(1),
                HazardKind.OLD_PIPELINE, today.plusDays(20), "老旧供水管锈蚀渗漏")));
        as("wuye", () -> hazards.reportRectified(pipe.id(), "已更换锈蚀管段 12 米, 试压合格"));
        as("chengguan", () -> hazards.recheck(pipe.id(), true, "现场复查无渗漏, 销号"));
    }

    private static Inspections.NewFinding finding(String item, boolean passed, Severity severity, HazardKind kind,
                                                  String description, LocalDate today) {
        return new Inspections.NewFinding(item, passed, severity, kind, description,
                passed ? null : today.plusDays(15), new java.math.BigDecimal("35.996120"), new java.math.BigDecimal("115.873450"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return session.as(username, work);
    }
}
