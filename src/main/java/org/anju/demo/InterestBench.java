package org.anju.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anju.AnjuApplication;
import org.anju.fund.FundSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The interest benchmark ({@code bench/fund-interest-benchmark.sh}, issue 8): on a generated database, a first
 * deposit for every house (set-based, as the demo), then one quarter's interest allocated to every estate through
 * the county's batch (one transaction, one balanced entry per estate with its shares, decision 0031), against the
 * baseline the issue names: a single SQL UPDATE adding the same interest to a stored balance of the same rows.
 *
 * <pre>--url jdbc:postgresql://…, [--user postgres] [--password …]</pre>
 */
public final class InterestBench {

    private static final Logger log = LoggerFactory.getLogger(InterestBench.class);

    private InterestBench() {
    }

    public static void main(String[] args) {
        List<String> spring = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> spring.add("--spring.datasource.url=" + args[i + 1]);
                case "--user" -> spring.add("--spring.datasource.username=" + args[i + 1]);
                case "--password" -> spring.add("--spring.datasource.password=" + args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnjuApplication.class)
                .profiles("bench").run(spring.toArray(String[]::new));
        try {
            run(context);
        } catch (RuntimeException e) {
            log.error("BENCH failed", e); // System.exit below would swallow it
        } finally {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private static void run(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        FundSeeds seeds = context.getBean(FundSeeds.class);
        List<Long> estates = jdbc.sql("select id from reg_estate order by id").query(Long.class).list();
        LocalDate paid = LocalDate.of(2024, 1, 15);
        long t0 = System.nanoTime();
        seeds.analyzeRegister();
        seeds.openingDeposits(estates.stream().map(e -> new FundSeeds.EstatePlan(e, paid, Integer.MAX_VALUE))
                .toList());
        seeds.analyzeLedger();
        // an old estate without a fund (plan §18: set up only where owners decide) has no account: nothing to allocate
        estates = jdbc.sql("select distinct estate_id from fnd_account where kind = 'HOUSE' order by 1")
                .query(Long.class).list();
        long accounts = jdbc.sql("select count(*) from fnd_account where kind = 'HOUSE'").query(Long.class).single();
        log.info("BENCH deposits: {} accounts in {} estates, {} s", accounts, estates.size(), secs(t0));
        // the quarter after the last one allocated, so that a second run times a whole allocation again
        LocalDate start = jdbc.sql("select max(period_end) + 1 from fnd_income").query(LocalDate.class).optional()
                .orElse(LocalDate.of(2025, 1, 1));
        LocalDate end = start.plusMonths(3).minusDays(1);
        checkpoint(jdbc);
        long t1 = System.nanoTime();
        var batch = seeds.interestBatch("/", "bench", start, end, "bench", false);
        double allocation = secs(t1);
        long lines = jdbc.sql("select count(*) + coalesce(sum(cardinality(s.account_ids)), 0) from fnd_income i"
                + " join fnd_line l on l.entry_id = i.entry_id left join fnd_share s on s.entry_id = i.entry_id"
                + " where i.period_start = ?").param(start).query(Long.class).single();
        log.info("BENCH allocation: one batch, {} estates, {} accounts, {} postings (bank lines and shares),"
                        + " total {} yuan, {} s ({} accounts/s)",
                batch.estates(), batch.accounts(), lines, batch.total(), allocation,
                Math.round(batch.accounts() / allocation));
        // the baseline: the same rows' balances stored in a column, one UPDATE adding a quarter's interest
        jdbc.sql("drop table if exists bench_balance").update();
        jdbc.sql("""
                create table bench_balance as
                select a.id, coalesce(-sum(p.amount), 0) balance from fnd_account a
                left join fnd_estate_posting p on p.account_id = a.id where a.kind = 'HOUSE' group by a.id""").update();
        jdbc.sql("alter table bench_balance add primary key (id)").update();
        jdbc.sql("analyze bench_balance").update();
        checkpoint(jdbc);
        long t2 = System.nanoTime();
        int updated = jdbc.sql("update bench_balance set balance = balance + round(balance * 0.0035 * 90 / 360, 2)")
                .update();
        double baseline = secs(t2);
        log.info("BENCH baseline: one UPDATE of {} rows, {} s; allocation / baseline = {}", updated, baseline,
                String.format("%.1f", allocation / baseline));
        long t3 = System.nanoTime();
        boolean ok = seeds.check();
        log.info("BENCH check: {} over every estate, {} s", ok ? "ok" : "FAILED", secs(t3));
        jdbc.sql("drop table bench_balance").update();
    }

    /**
     * Both timed writes start from a clean checkpoint, so that neither pays for flushing the other's pages (a
     * checkpoint spread over the baseline once made it look 40 % faster or slower from run to run).
     */
    private static void checkpoint(JdbcClient jdbc) {
        try {
            jdbc.sql("checkpoint").update();
        } catch (RuntimeException e) {
            log.info("BENCH no checkpoint (needs a superuser or pg_checkpoint): {}", e.getMessage());
        }
    }

    private static double secs(long from) {
        return Math.round((System.nanoTime() - from) / 1e7) / 100.0;
    }
}
