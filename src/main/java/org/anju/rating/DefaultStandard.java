package org.anju.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The star standard Anju ships until the county saves its own: six sections worth 100 points, three veto items,
 * the township weighted 40 and the experts 60, and thresholds of 60, 70, 80, 88 and 95 for one to five stars.
 * These are Anju's defaults for the county to adjust (decision 0018), not an official Henan or Puyang figure:
 * rules.md §4 records that no star-level thresholds were found.
 */
public final class DefaultStandard {

    /** Default thresholds for one to five stars. */
    public static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("60"), new BigDecimal("70"),
            new BigDecimal("80"), new BigDecimal("88"), new BigDecimal("95"));

    /** Default weight of the township's on-site score; the experts' mean weighs the rest. */
    public static final int TOWNSHIP_WEIGHT = 40;

    private static final String[][] ITEMS = {
            {"综合管理", "管理制度与人员资质", "8", "制度健全、上墙公示; 项目负责人和主要岗位持证, 每缺一项扣1分"},
            {"综合管理", "档案与信息公开", "6", "查验公示栏和服务档案, 公示缺一项扣1分"},
            {"综合管理", "物业服务合同履行", "6", "对照合同约定抽查, 每发现一处未履行扣2分"},
            {"公共区域秩序维护", "出入口管理与巡查", "10", "24小时值守, 巡查记录完整; 缺一次记录扣1分"},
            {"公共区域秩序维护", "车辆停放秩序", "5", "现场查看车辆停放和消防通道, 每处乱停扣1分"},
            {"公共区域秩序维护", "消防安全管理", "5", "消防设施完好、通道畅通、演练记录; 每项不合格扣2分"},
            {"保洁", "公共区域清洁", "10", "随机抽查楼道、道路和公共场所, 每处不洁扣1分"},
            {"保洁", "垃圾分类与清运", "5", "日产日清、分类投放点整洁, 不合格一次扣1分"},
            {"绿化", "绿地养护", "10", "修剪、浇灌、病虫害防治记录; 黄土裸露或死株每处扣1分"},
            {"共用设施设备维护", "电梯与二次供水", "10", "维保记录和年检合格证, 缺一项扣2分"},
            {"共用设施设备维护", "房屋本体与共用设施", "10", "巡检维修记录, 报修超时一次扣1分"},
            {"客户服务", "报修与投诉处理", "8", "按时办结、回访; 参照投诉办结和满意度证据"},
            {"客户服务", "业主满意度", "7", "抽样调查, 满意率每低于90%五个百分点扣1分"},
            {"一票否决", "发生重大安全责任事故", "0", "评定期内发生因物业服务企业责任造成的重大安全事故"},
            {"一票否决", "收取公示收费项目以外的费用", "0", "查实收取公示栏以外的费用 (规划第11条)"},
            {"一票否决", "弄虚作假或拒不配合评定", "0", "自评材料弄虚作假或拒不配合现场评定"},
    };

    private DefaultStandard() {
    }

    /** The default, unsaved (id 0, version 0). */
    public static RatingStandard standard() {
        List<RatingStandard.Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            String[] row = ITEMS[i];
            BigDecimal max = new BigDecimal(row[2]);
            items.add(new RatingStandard.Item(0, i + 1, row[0], row[1], max, row[3], max.signum() == 0));
        }
        return new RatingStandard(0, 0, "住宅物业服务星级标准 (安居默认, 待县住建局调整)", true, TOWNSHIP_WEIGHT,
                THRESHOLDS, items, null, null);
    }
}
