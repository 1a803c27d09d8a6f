package org.anju.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.anju.portal.NoticeCategory;
import org.anju.portal.PortalSeeds;
import org.anju.region.RegisterGenerator.County;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The county's notices and policies on the portal (the 2022 three-year plan itself among them, one draft not yet
 * published) and one complaint filed by the public, whose lookup code is {@link #LOOKUP_CODE}.
 */
@Component
class SamplePortal {

    /** The demo public complaint's lookup code (a real filing gets a random one). */
    static final String LOOKUP_CODE = "ANJU2026";

    private static final Logger log = LoggerFactory.getLogger(SamplePortal.class);
    private static final String AUTHORITY = "台前县住房和城乡建设局";

    private final PortalSeeds seeds;
    private final Clock clock;

    SamplePortal(PortalSeeds seeds, Clock clock) {
        this.seeds = seeds;
        this.clock = clock;
    }

    void record(County county, long estateId) {
        LocalDate today = LocalDate.now(clock);
        seeds.notice(county.path(), NoticeCategory.POLICY, "台前县县城区物业提升工作三年行动方案", plan(),
                "台前县人民政府办公室", null, LocalDate.of(2022, 7, 13));
        seeds.notice(county.path(), NoticeCategory.POLICY, "住宅专项维修资金应急使用办事指南", """
                一、适用情形: 电梯故障、屋面或外墙渗漏、消防设施失效、排水设施堵塞或损坏等危及房屋安全或人身财产安全的紧急情况。
                二、申请人: 业主委员会; 未成立业主委员会的, 由所在乡镇(街道)或社区组织申请。
                三、办理流程: 申请人提交应急维修申请和现场照片、维修方案及预算; 县住房和城乡建设局在受理后的时限内审核; 审核通过后可先行拨付, 维修完成后按实际费用分摊并公示。
                四、公示: 维修资金的使用情况在小区内和本门户 维修资金使用公示 栏目中公示, 不公布分摊到户的明细。""",
                AUTHORITY, null, today.minusDays(60));
        seeds.notice(county.path(), NoticeCategory.NOTICE, "关于开展2026年度住宅物业服务星级评定工作的通知", """
                各乡镇人民政府、街道办事处, 各物业服务企业:
                根据《台前县县城区物业提升工作三年行动方案》第8项, 县住房和城乡建设局将会同各乡镇办、社区居委会组织专家, 按住宅物业服务星级标准对县城区物业项目开展年度星级评定。
                请各物业服务企业于本通知发布之日起30日内, 通过物业监管平台提交自评材料; 评定结果将在本门户 星级评定 栏目公示。""",
                AUTHORITY, "台建〔2026〕12号", today.minusDays(20));
        seeds.notice(county.path(), NoticeCategory.NOTICE, "关于公布物业服务投诉渠道的公告", """
                居民群众对物业服务、业主委员会(物业管理委员会)履职、违章搭建、消防通道占用等问题, 可通过以下渠道反映:
                一、登录本门户 我要投诉 栏目, 无需注册, 提交后凭投诉编号和查询码查询办理进度;
                二、拨打12345政务服务便民热线;
                三、到所在社区或乡镇(街道)物业管理办公室当面反映。
                投诉按县权责清单派给承办单位, 在规定时限内办理并回访。""",
                AUTHORITY, null, today.minusDays(10));
        seeds.notice(county.path(), NoticeCategory.NOTICE, "关于做好冬季住宅小区消防安全检查的通知", """
                各物业服务企业: 请于本月底前完成所服务小区消防设施、电动自行车集中充电设施和消防通道的全面检查, 建立问题台账并及时整改。
                县住房和城乡建设局将会同消防救援部门开展随机抽查, 抽查结果在本门户公示。""",
                AUTHORITY, null, null);
        String number = seeds.publicComplaint(estateId, "FIRE_LANE", "小区东门消防通道晚上常被私家车占用, 消防车进不来",
                "东门消防通道", "13912345678", LOOKUP_CODE);
        log.info("Demo public complaint {} (lookup code {}): /public/complaints/status", number, LOOKUP_CODE);
    }

    private static String plan() {
        try (InputStream in = SamplePortal.class.getResourceAsStream("/demo/taiqian-property-plan-2022.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
