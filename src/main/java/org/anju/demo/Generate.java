package org.anju.demo;

import java.util.ArrayList;
import java.util.List;
import org.anju.AnjuApplication;
import org.anju.region.RegisterGenerator.Generated;
import org.anju.region.RegisterGenerator.Scale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark generator ({@code bench/generate.sh}): starts the application in the
 * {@code bench} profile against the given database (Flyway migrates it), writes a register of the
 * chosen scale with its market and the demo accounts, and stops. The register must be empty.
 *
 * <pre>--scale county|city|province | --houses N, --url jdbc:postgresql://…, [--user postgres] [--password …] [--seed N]</pre>
 */
public final class Generate {

    private static final Logger log = LoggerFactory.getLogger(Generate.class);

    private Generate() {
    }

    public static void main(String[] args) {
        Scale scale = Scale.county();
        long seed = SampleData.SEED;
        List<String> spring = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--scale" -> scale = Scale.named(value);
                case "--houses" -> scale = Scale.houses(Long.parseLong(value.replace("_", "")));
                case "--seed" -> seed = Long.parseLong(value);
                case "--url" -> spring.add("--spring.datasource.url=" + value);
                case "--user" -> spring.add("--spring.datasource.username=" + value);
                case "--password" -> spring.add("--spring.datasource.password=" + value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
            throw new IllegalArgumentException("--url jdbc:postgresql://host:port/database is required");
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnjuApplication.class)
                .profiles("bench").run(spring.toArray(String[]::new));
        int status = 0;
        try {
            SampleData sample = context.getBean(SampleData.class);
            if (!sample.registerIsEmpty()) {
                log.error("The register of that database is not empty: generate into a fresh database");
                status = 2;
            } else {
                long started = System.nanoTime();
                Generated g = sample.load(scale, seed);
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("Generated {} counties, {} houses, {} owners in {} s: {} houses/s", g.counties().size(),
                        g.houses(), g.owners(), Math.round(seconds), Math.round(g.houses() / seconds));
            }
        } finally {
            System.exit(SpringApplication.exit(context, () -> 0) + status);
        }
    }
}
