package org.anju.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.anju.casework.CaseClosed;
import org.anju.casework.Rating;
import org.anju.credit.CreditBook;
import org.anju.credit.CreditView.Event;
import org.anju.region.RegisterGenerator.County;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first county's credit: events from the demo's closed complaints (as their events would have made them), a
 * township's opinion and county-entered records, so that one company is on the red list (commendations) and one on
 * the black list (a court's dishonesty judgment, a one-vote veto); wuye's company has a penalty it objects to and a
 * contract breach. Events about a project land on the manager the project names, so the company pages list managers.
 */
@Component
class SampleCredit {

    private final CreditBook book;
    private final DemoSignIn session;
    private final JdbcClient jdbc;

    SampleCredit(CreditBook book, DemoSignIn session, JdbcClient jdbc) {
        this.book = book;
        this.session = session;
        this.jdbc = jdbc;
    }

    void record(County county, SampleMarket.Market market, long wuyeCompany) {
        jdbc.sql("""
                        select id, company_id, estate_id, category_code, rating, resolved_at <= due_at on_time, closed_at
                        from cas_case where status = 'CLOSED' and company_id is not null and region_path like ?""")
                .param(county.path() + "%")
                .query((rs, n) -> new CaseClosed(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("estate_id"),
                        rs.getString("category_code"), rs.getString("rating") == null ? null
                        : Rating.valueOf(rs.getString("rating")), rs.getBoolean("on_time"),
                        rs.getObject("closed_at", Timestamp.class).toInstant())).list()
                .forEach(book::recordComplaint);
        as("county", () -> book.recomputeAll("演示数据"));
        LocalDate today = book.today();
        List<Long> others = market.companies().stream().filter(c -> c != wuyeCompany).toList();
        long red = others.stream().max(Comparator.comparing(c -> book.standing(c).orElseThrow().score())).orElseThrow();
        long black = others.stream().filter(c -> c != red)
                .min(Comparator.comparing(c -> book.standing(c).orElseThrow().score())).orElseThrow();
        String[] titles = {"2025年度全县物业服务示范项目", "2025年度省级物业服务示范项目", "2026年度全县物业服务先进企业",
                "疫情防控先进集体", "老旧小区改造配合先进单位"};
        for (int i = 0; i < titles.length && book.standing(red).orElseThrow().score().intValue() < 92; i++) {
            String title = titles[i];
            int n = i;
            as("county", () -> book.enter(new CreditBook.Entry(red, "COMMENDATION", today.minusMonths(2 + n),
                    "台住建〔2026〕" + (11 + n) + "号", "县住建局表彰: " + title, null)));
        }
        as("county", () -> book.enter(new CreditBook.Entry(black, "COURT_DISHONEST", today.minusMonths(3),
                "(2026)豫0927执123号", "拒不履行生效判决, 被列入失信被执行人名单", null)));
        as("chengguan", () -> book.enter(new CreditBook.Entry(wuyeCompany, "TOWNSHIP_GOOD", today.minusDays(20),
                "城关镇2026年第三季度考评", "季度考评: 环境整洁, 配合社区治理积极", null)));
        Event penalty = as("county", () -> book.enter(new CreditBook.Entry(wuyeCompany, "ADMIN_PENALTY",
                today.minusDays(5), "台住建罚〔2026〕7号", "未按规定公示物业服务收费项目, 警告并罚款", "项目经理 赵磊")));
        // a contract breach the county found on one of wuye's projects; the event lands on that project's manager
        jdbc.sql("select id from mkt_project where company_id = ? and ended_on is null order by id limit 1")
                .param(wuyeCompany).query(Long.class).optional()
                .ifPresent(project -> as("county", () -> book.breach(new CreditBook.Breach(project,
                        today.minusDays(12), "未按合同约定配备秩序维护人员 (合同约定 6 人, 实际在岗 3 人)",
                        "台住建责改〔2026〕21号"))));
        as("wuye", () -> book.object(penalty.id(), "该处罚决定已于行政复议中撤销 (复议决定书 台政复〔2026〕3号), 请核实后撤销该信息。"));
    }

    private <T> T as(String username, Supplier<T> work) {
        return session.as(username, work);
    }
}
