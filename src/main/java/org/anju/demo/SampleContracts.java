package org.anju.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.anju.market.Companies;
import org.anju.market.ContractKind;
import org.anju.market.ContractStatus;
import org.anju.market.ContractView.Handover;
import org.anju.market.ContractView.ItemResult;
import org.anju.market.FeeRegime;
import org.anju.market.HandoverItem;
import org.anju.market.MarketSamples;
import org.anju.market.MarketSamples.SampleContract;
import org.anju.market.Projects;
import org.anju.market.TerminationKind;
import org.anju.region.RegisterGenerator.Community;
import org.anju.region.RegisterGenerator.County;
import org.anju.region.RegisterGenerator.Estate;
import org.anju.region.RegisterGenerator.Township;
import org.springframework.stereotype.Component;

/**
 * The county's market in detail (issue 6): companies' registration details and staff, each project's manager
 * and fee items, and contracts in every state: filed and accepted (some late, some expiring), pending review,
 * returned, terminated with a handover, and one company that did not leave after termination, barred from new
 * projects. wuye's company has one contract of each filing state.
 */
@Component
class SampleContracts {

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
    static final List<String> POSITIONS = List.of("项目经理", "客服主管", "工程主管", "电工", "水暖工", "保洁员",
            "秩序维护员", "绿化工");
    static final List<String> STREETS = List.of("人民路", "建设路", "金堤路", "将军路", "黄河路", "迎宾大道", "文化路",
            "城关大街");
    static final List<String> RETURN_REASONS = List.of("合同未载明物业服务标准和收费项目, 请补充后重新提交",
            "缺少业主大会决定或业主委员会签章", "合同约定的收费标准与公示收费标准不一致");
    /** The company barred in the demo (濮阳市恒信物业服务有限公司), unless it is wuye's. */
    static final int BARRED = 5;

    private final MarketSamples samples;

    SampleContracts(MarketSamples samples) {
        this.samples = samples;
    }

    void record(County county, SampleMarket.Market market, long committeeEstate, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 131L + county.id());
        LocalDate today = samples.today();
        List<MarketSamples.Details> details = new ArrayList<>();
        List<MarketSamples.StaffMember> staff = new ArrayList<>();
        for (int c = 0; c < market.companies().size(); c++) {
            long id = market.companies().get(c);
            details.add(new MarketSamples.Details(id, county.name() + STREETS.get(c % STREETS.size())
                    + (10 + random.nextInt(180)) + "号", name(random), LocalDate.of(2003 + random.nextInt(18),
                    1 + random.nextInt(12), 1 + random.nextInt(28))));
            int count = 4 + random.nextInt(5);
            for (int s = 0; s < count; s++) {
                boolean certified = s < 3 || random.nextInt(3) == 0;
                Integer level = certified ? 1 + random.nextInt(5) : null;
                staff.add(new MarketSamples.StaffMember(id, name(random), POSITIONS.get(s % POSITIONS.size()), level,
                        certified ? "WY%s%06d".formatted(county.code().substring(0, 4), random.nextInt(1_000_000)) : null,
                        certified ? today.minusDays(200 + random.nextInt(2000)) : null));
            }
        }
        samples.details(details);
        samples.staff(staff);

        Map<Long, Estate> estates = new HashMap<>();
        for (Township t : county.townships()) {
            for (Community c : t.communities()) {
                c.estates().forEach(e -> estates.put(e.id(), e));
            }
        }
        List<MarketSamples.ProjectTerms> terms = new ArrayList<>();
        for (Companies.NewProject p : market.projects()) {
            Estate e = estates.get(p.estateId());
            List<Projects.Fee> fees = new ArrayList<>();
            fees.add(new Projects.Fee("物业服务费", cents(e.legacy() ? 30 + random.nextInt(7) * 5 : 60 + random.nextInt(19) * 5), null));
            if (!e.legacy() && random.nextInt(10) < 6) {
                fees.add(new Projects.Fee("电梯运行费", cents(15 + random.nextInt(6) * 5), null));
            }
            if (random.nextInt(10) < 3) {
                fees.add(new Projects.Fee("公共能耗分摊", cents(5 + random.nextInt(3) * 5), null));
            }
            terms.add(new MarketSamples.ProjectTerms(p.estateId(), name(random),
                    "139%08d".formatted(random.nextInt(100_000_000)),
                    random.nextInt(10) < 8 ? FeeRegime.LUMP_SUM : FeeRegime.COMMISSION, fees));
        }
        samples.projectTerms(terms);

        long wuye = market.companyOf(committeeEstate);
        int barredIndex = market.companies().get(BARRED) == wuye ? BARRED + 1 : BARRED;
        long barred = market.companies().get(barredIndex);
        List<Companies.NewProject> wuyeOthers = market.projects().stream()
                .filter(p -> p.companyId() == wuye && p.estateId() != committeeEstate).toList();
        Companies.NewProject overstayed = market.projects().stream()
                .filter(p -> p.companyId() == barred && p.estateId() != committeeEstate).findFirst().orElse(null);
        Companies.NewProject handedOver = market.projects().stream()
                .filter(p -> p.companyId() != barred && p.companyId() != wuye && p.companyId() != market.companies().get(0))
                .findFirst().orElse(null);
        byte[] pdf = pdf();
        List<SampleContract> contracts = new ArrayList<>();
        for (Companies.NewProject p : market.projects()) {
            Estate e = estates.get(p.estateId());
            if (e.legacy() && p.companyId() == market.companies().get(0)) {
                continue; // the investment group's caretaking of old estates runs without a service contract
            }
            ContractKind kind = e.builtYear() >= 2018 ? ContractKind.PRELIMINARY : ContractKind.REGULAR;
            LocalDate starts = p.from();
            while (!starts.plusYears(3).isAfter(today)) {
                starts = starts.plusYears(3);
            }
            LocalDate signed = starts.minusDays(10 + random.nextInt(30));
            LocalDate submitted = signed.plusDays(2 + random.nextInt(random.nextInt(10) == 0 ? 40 : 14));
            int wuyeIndex = wuyeOthers.indexOf(p);
            if (p == overstayed) {
                contracts.add(terminated(p.estateId(), kind, today, pdf, TerminationKind.DISMISSAL, 100, 40, null, null));
            } else if (p == handedOver) {
                contracts.add(terminated(p.estateId(), kind, today, pdf, TerminationKind.DISMISSAL, 150, 80,
                        handover(today.minusDays(79), today.minusDays(78), market.nameOf(other(market, p, 1)),
                                List.of()), other(market, p, 1)));
            } else if (wuyeIndex == 0 || wuyeIndex < 0 && random.nextInt(100) < 5) {
                LocalDate recent = today.minusDays(1 + random.nextInt(12));
                contracts.add(contract(p.estateId(), kind, recent, recent.plusDays(10), recent.plusDays(10).plusYears(3)
                        .minusDays(1), recent.plusDays(1), ContractStatus.SUBMITTED, null, pdf));
            } else if (wuyeIndex == 1 || wuyeIndex < 0 && random.nextInt(100) < 4) {
                LocalDate recent = today.minusDays(15 + random.nextInt(20));
                contracts.add(contract(p.estateId(), kind, recent, recent.plusDays(15), recent.plusDays(15).plusYears(3)
                        .minusDays(1), recent.plusDays(3), ContractStatus.RETURNED,
                        RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size())), pdf));
            } else if (wuyeIndex == 2 || wuyeIndex < 0 && random.nextInt(100) < 5) {
                LocalDate ends = today.plusDays(10 + random.nextInt(75));
                LocalDate from = ends.minusYears(3).plusDays(1);
                contracts.add(contract(p.estateId(), kind, from.minusDays(20), from, ends, from.minusDays(12),
                        ContractStatus.ACCEPTED, null, pdf));
            } else if (wuyeIndex == 3) {
                contracts.add(terminated(p.estateId(), kind, today, pdf, TerminationKind.NON_RENEWAL, 120, 20,
                        handover(today.minusDays(16), today.minusDays(15), market.nameOf(other(market, p, 2)),
                                List.of(HandoverItem.RECORDS, HandoverItem.PREPAID_FEES)), other(market, p, 2)));
            } else {
                contracts.add(contract(p.estateId(), kind, signed, starts, starts.plusYears(3).minusDays(1), submitted,
                        ContractStatus.ACCEPTED, null, pdf));
            }
        }
        samples.contracts(contracts);
        if (overstayed != null) {
            samples.bar(barred, "合同解除后拒不退出" + estates.get(overstayed.estateId()).name()
                    + ", 经责令改正仍未撤场 (河南省物业管理条例第八十三条)", today.minusDays(10));
        }
    }

    /** The successor: the company at that index, or the next one if it is the outgoing company. */
    private static long other(SampleMarket.Market market, Companies.NewProject outgoing, int index) {
        long c = market.companies().get(index);
        return c == outgoing.companyId() ? market.companies().get(index + 1) : c;
    }

    private static SampleContract contract(long estate, ContractKind kind, LocalDate signed, LocalDate starts,
                                           LocalDate ends, LocalDate submitted, ContractStatus status, String reason,
                                           byte[] pdf) {
        return new SampleContract(estate, kind, signed, starts, ends, submitted, status, reason, pdf, null, null, null,
                null, null);
    }

    /** Noticed {@code noticeAgo} days ago, ending {@code endedAgo} days ago (the notice period kept). */
    private static SampleContract terminated(long estate, ContractKind kind, LocalDate today, byte[] pdf,
                                             TerminationKind how, int noticeAgo, int endedAgo, Handover handover,
                                             Long successor) {
        LocalDate ends = how == TerminationKind.NON_RENEWAL ? today.minusDays(endedAgo) : today.plusYears(1);
        LocalDate starts = ends.minusYears(3).plusDays(1);
        return new SampleContract(estate, kind, starts.minusDays(20), starts, ends, starts.minusDays(10),
                ContractStatus.TERMINATED, null, pdf, how, today.minusDays(noticeAgo), today.minusDays(endedAgo),
                handover, successor);
    }

    private static Handover handover(LocalDate inspected, LocalDate left, String successor, List<HandoverItem> failed) {
        List<ItemResult> items = new ArrayList<>();
        for (HandoverItem i : HandoverItem.values()) {
            items.add(new ItemResult(i, !failed.contains(i), failed.contains(i) ? "查验时缺失, 限期补交" : null));
        }
        return new Handover(inspected, left, successor, failed.isEmpty(), failed.isEmpty() ? null
                : "档案资料及预收费用未结清, 已责令限期整改", items);
    }

    private static String name(SplittableRandom random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private static BigDecimal cents(int value) {
        return BigDecimal.valueOf(value, 2);
    }

    /** A small valid one-page PDF standing in for a scanned contract. */
    static byte[] pdf() {
        return pdf("Sample property service contract (demo data)");
    }

    /** A small valid one-page PDF with one line of ASCII text, standing in for a scanned document. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append("%010d 00000 n \n".formatted(o)));
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
