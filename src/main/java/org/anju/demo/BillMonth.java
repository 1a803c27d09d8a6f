package org.anju.demo;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anju.AnjuApplication;
import org.anju.billing.BillingLoads;
import org.anju.billing.Bills;
import org.anju.market.Companies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The billing benchmark ({@code bench/billing-benchmark.sh}): on a generated database, gives every estate
 * without a project one (so that every house is billed), a property fee per m² to every project without one,
 * then times the monthly batch over all estates ({@link Bills#runMonth}) and times it again to show that a
 * second run creates nothing.
 *
 * <pre>--url jdbc:postgresql://…, [--user postgres] [--password …] [--month 2026-12]</pre>
 */
public final class BillMonth {

    private static final Logger log = LoggerFactory.getLogger(BillMonth.class);

    private BillMonth() {
    }

    public static void main(String[] args) {
        YearMonth month = YearMonth.of(2026, 12);
        List<String> spring = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--month" -> month = YearMonth.parse(args[i + 1]);
                case "--url" -> spring.add("--spring.datasource.url=" + args[i + 1]);
                case "--user" -> spring.add("--spring.datasource.username=" + args[i + 1]);
                case "--password" -> spring.add("--spring.datasource.password=" + args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnjuApplication.class)
                .profiles("bench").run(spring.toArray(String[]::new));
        try {
            run(context, month);
        } finally {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static void run(ConfigurableApplicationContext context, YearMonth month) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<Long> companies = jdbc.sql("select id from mkt_company order by id").query(Long.class).list();
        List<Long> bare = jdbc.sql("""
                select e.id from reg_estate e
                where not exists (select 1 from mkt_project p where p.estate_id = e.id and p.ended_on is null)
                order by e.id""").query(Long.class).list();
        List<Companies.NewProject> projects = new ArrayList<>();
        for (int i = 0; i < bare.size(); i++) {
            projects.add(new Companies.NewProject(companies.get(i % companies.size()), bare.get(i),
                    month.minusYears(1).atDay(1)));
        }
        context.getBean(Companies.class).startProjects(projects);
        Map<Long, BigDecimal> prices = new HashMap<>();
        jdbc.sql("select estate_id from mkt_project where ended_on is null").query(Long.class).list()
                .forEach(e -> prices.put(e, BigDecimal.valueOf(40 + (e * 7) % 90, 2)));
        context.getBean(BillingLoads.class).propertyFees(prices, month.minusMonths(1));
        long houses = jdbc.sql("select count(*) from reg_house").query(Long.class).single();
        log.info("{} projects started for estates without one; {} estates with a fee; {} houses", projects.size(),
                prices.size(), houses);
        Bills bills = context.getBean(Bills.class);
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            int created = bills.runMonth(month, "bench-" + run);
            double seconds = (System.nanoTime() - started) / 1e9;
            log.info("BENCH run {} of {}: {} bills created in {} s ({} bills/s)", run, month, created,
                    String.format("%.1f", seconds), Math.round(created / seconds));
        }
        BigDecimal total = jdbc.sql("select sum(amount) from bil_bill where period = ?").param(month.atDay(1))
                .query(BigDecimal.class).single();
        long bills1 = jdbc.sql("select count(*) from bil_bill where period = ?").param(month.atDay(1))
                .query(Long.class).single();
        log.info("BENCH {} bills of {} in the database, {} yuan in all", bills1, month, total);
    }
}
